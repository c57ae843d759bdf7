package satlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import satlab.learn.QuizProgress;
import satlab.learn.Quiz;
import satlab.learn.Take;
import satlab.lesson.CourseLoader;
import satlab.lesson.Lesson;
import satlab.store.SqliteStore;

/**
 * A small class on a small course, for the reports' golden files: two lessons of the instructor's
 * own (--lessons), four learners who answered, made by the learning model as a front end would.
 *
 * <ul>
 *   <li>ada: alpha quiz 1 right first try, quiz 2 wrong then right with the hint; beta answered right;
 *       alpha read to its end (done).
 *   <li>bob: alpha quiz 1 wrong twice (0.5, then 1: out of attempts), quiz 2 wrong once (no).
 *   <li>cy: alpha quiz 1 wrong (0.5) with the hint, then right.
 *   <li>eve: beta answered wrong; she is on no roster.
 * </ul>
 */
abstract class ClassDatabase {

    @TempDir Path dir;
    String data;
    Path lessons;

    static final Instant T0 = Instant.parse("2026-02-02T10:00:00Z");

    static final String ALPHA = """
            ---
            id: alpha
            title: The peak of the slope
            attempts: 2
            ---
            ## One

            ```quiz
            id: peak
            kind: number
            ask: What is the largest value σ'(z) can take?
            answer: dsigmoid(0)
            hint: At z = 0.
            ```

            ## Two

            ```quiz
            id: flat
            kind: yesno
            ask: Is σ'(10) below 0.001?
            answer: dsigmoid(10) < 0.001
            hint: σ'(10) = σ(10)(1 − σ(10)).
            ```
            """;

    static final String BETA = """
            ---
            id: beta
            title: Drawn numbers
            ---
            ## Only

            ```quiz
            id: drawn
            kind: number
            let: x = round(sum(uniform(1, 2, 9)), 1)
            ask: What is σ({x}) to 3 places?
            answer: sigmoid(x)
            tolerance: 0.001
            ```
            """;

    @BeforeEach
    void fillClass() throws IOException {
        lessons = Files.createDirectory(dir.resolve("lessons"));
        Files.writeString(lessons.resolve("01-alpha.md"), ALPHA);
        Files.writeString(lessons.resolve("02-beta.md"), BETA);
        Path db = Files.createDirectory(dir.resolve("data"));
        data = db.toString();
        CourseLoader.LoadResult loaded = CourseLoader.load(lessons);
        if (loaded.hasErrors()) throw new AssertionError(loaded.diagnostics());
        Lesson alpha = loaded.course().lesson("alpha").orElseThrow();
        Lesson beta = loaded.course().lesson("beta").orElseThrow();
        try (SqliteStore store = SqliteStore.open(db.resolve("satlab.db"))) {
            answer(store, "ada", alpha, 0, false, "0.25");
            answer(store, "ada", alpha, 1, true, "no", "yes");
            answer(store, "ada", beta, 0, false, "right");
            store.savePosition("ada", "alpha", 1, 2);
            answer(store, "bob", alpha, 0, false, "0.5", "1");
            answer(store, "bob", alpha, 1, false, "no");
            answer(store, "cy", alpha, 0, true, "0.5", "0.25");
            answer(store, "eve", beta, 0, false, "-1");
        }
    }

    /** Answers one quiz as a learner would; "right" stands for the right answer to the learner's numbers. */
    private static void answer(SqliteStore store, String learner, Lesson lesson, int quiz, boolean hint,
            String... typed) {
        Quiz q = Quiz.of(lesson).get(quiz);
        Take take = Take.of(new QuizProgress(q, List.of(), List.of(), q.ask(q.seed(learner))));
        if (hint) take = take.withHint();
        int minute = 0;
        for (String t : typed) {
            String given = t.equals("right") ? take.instance().expected() : t;
            Take.Answered a = take.answer(given, learner, T0.plusSeconds(60L * minute++));
            store.recordAttempt(a.record().orElseThrow(() -> new AssertionError(learner + " " + given + ": "
                    + a.take().message())));
            take = a.take();
        }
        store.savePosition(learner, lesson.id(), q.step(), lesson.steps().size());
    }

    /** Compares with src/test/resources/results/NAME; -Dsatlab.updateGolden=true rewrites it (check by eye). */
    static void golden(String name, String actual) {
        if (Boolean.getBoolean("satlab.updateGolden")) {
            try {
                Path dir = Path.of(System.getProperty("satlab.basedir", "."), "src/test/resources/results");
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (InputStream in = ClassDatabase.class.getResourceAsStream("/results/" + name)) {
            if (in == null) throw new AssertionError("golden file results/" + name + " is missing; run with"
                    + " -Dsatlab.updateGolden=true and check it by eye. Actual:\n" + actual);
            org.assertj.core.api.Assertions.assertThat(actual).as("results/" + name)
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
