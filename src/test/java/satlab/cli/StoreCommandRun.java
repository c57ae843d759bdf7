package satlab.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine;
import satlab.lesson.Course;
import satlab.store.AttemptRecord;
import satlab.store.Fingerprint;
import satlab.store.SqliteStore;

/** Runs satlab commands with captured output, on a database the test fills. */
final class StoreCommandRun {

    record Result(int exitCode, String out, String err) {}

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    private StoreCommandRun() {}

    /** Runs {@code satlab args...}; {@code typed} is what the user types at the confirmation, or null for no terminal. */
    static Result run(String typed, String... args) {
        return runWith(Course.empty(), typed, args);
    }

    /** As {@link #run(String, String...)}, with {@code course} as the course {@code progress} shows. */
    static Result runWith(Course course, String typed, String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ProgressCommand progress = cl.getSubcommands().get("progress").getCommand();
        progress.course = () -> course;
        progress.confirmations = typed == null ? null : new BufferedReader(new StringReader(typed));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** An answer to a lesson satlab does not have (an instructor's own, say). */
    static AttemptRecord answer(String learner, String lesson, int quiz, String given, boolean right, int minute) {
        return satlab.store.TestRecords.answer(learner, lesson, "q" + quiz, quiz, 1000L + quiz, given, right,
                T0.plusSeconds(60L * minute));
    }

    /** An answer to the bundled sigmoid lesson's quiz, made by the learning model as a front end would. */
    static AttemptRecord bundled(String learner, int quiz, int attempt, String given, int minute) {
        satlab.lesson.Lesson sigmoid = satlab.lesson.CourseLoader.bundled().course().lesson("sigmoid").orElseThrow();
        satlab.learn.Quiz q = satlab.learn.Quiz.of(sigmoid).get(quiz);
        satlab.learn.Take take = satlab.learn.Take.of(new satlab.learn.QuizProgress(q, java.util.List.of(),
                java.util.List.of(), q.ask(q.seed(learner))));
        for (int i = 1; i < attempt; i++) take = take.answer("-1", learner, T0).take();
        AttemptRecord r = take.answer(given, learner, T0.plusSeconds(60L * minute)).record().orElseThrow();
        return r;
    }

    /**
     * ada: the bundled sigmoid lesson in progress at step 3 of 6 (quiz 1 right on the second attempt, quiz 2
     * wrong once; 1 of 3 right), and tanh (not in the course) done; bob: one wrong answer in sigmoid, typed as -2+3.
     */
    static void fill(Path dataDir) {
        try (SqliteStore store = SqliteStore.open(dataDir.resolve("satlab.db"))) {
            store.savePosition("ada", "tanh", 2, 3);
            store.markCompleted("ada", "tanh");
            store.recordAttempt(answer("ada", "tanh", 0, "yes, \"very\", saturated\nat z=10", true, 1));
            store.recordAttempt(bundled("ada", 0, 1, "0.5", 2));
            store.recordAttempt(bundled("ada", 0, 2, "0.25", 3));
            store.recordAttempt(bundled("ada", 1, 1, "no", 4));
            store.savePosition("ada", "sigmoid", 2, 6);
            store.recordAttempt(bundled("bob", 0, 1, "-2+3", 5));
        }
    }
}
