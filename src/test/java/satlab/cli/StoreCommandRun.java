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

    static AttemptRecord answer(String learner, String lesson, int quiz, String given, boolean right, int minute) {
        return new AttemptRecord(learner, lesson, quiz, Fingerprint.of(lesson + quiz), 1000L + quiz, given, right,
                T0.plusSeconds(60L * minute));
    }

    /** ada: sigmoid in progress (step 3 of 7, 1 of 2 right after a retry), tanh done; bob: one wrong answer. */
    static void fill(Path dataDir) {
        try (SqliteStore store = SqliteStore.open(dataDir.resolve("satlab.db"))) {
            store.savePosition("ada", "tanh", 2, 3);
            store.markCompleted("ada", "tanh");
            store.recordAttempt(answer("ada", "tanh", 0, "2.5", true, 1));
            store.recordAttempt(answer("ada", "sigmoid", 0, "0.5", false, 2));
            store.recordAttempt(answer("ada", "sigmoid", 0, "0.99995", true, 3));
            store.recordAttempt(answer("ada", "sigmoid", 1, "yes, \"very\", saturated\nat z=10", false, 4));
            store.savePosition("ada", "sigmoid", 2, 7);
            store.recordAttempt(answer("bob", "sigmoid", 0, "1", false, 5));
        }
    }
}
