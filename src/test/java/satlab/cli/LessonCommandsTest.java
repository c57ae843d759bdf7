package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `satlab check` and `satlab run`, driven in-process with captured streams. */
class LessonCommandsTest {

    private static final Path BASE = Path.of(System.getProperty("satlab.basedir", "."));
    private static final Path COURSE = BASE.resolve("lessons");
    private static final Path FIXTURES = BASE.resolve("src/test/resources/lessons");


    @Test
    void checkPassesTheBundledCourse() {
        CommandRun.Result o = CommandRun.run("check", COURSE.toString());
        assertThat(o.err()).isEmpty();
        assertThat(o.out()).isEqualTo("checked 8 lessons: 0 errors, 0 warnings\n");
        assertThat(o.exit()).isZero();
    }

    @Test
    void checkPrintsEveryErrorGccStyleAndExitsOne() {
        Path bad = FIXTURES.resolve("malformed/front-matter.md");
        CommandRun.Result o = CommandRun.run("check", bad.toString());
        assertThat(o.err().lines()).hasSize(6).allMatch(l -> l.startsWith(bad + ":")).first().asString()
                .isEqualTo(bad + ":2:5: error: id 'Large_Weights' may use only lower-case letters, digits and '-' (such as 'large-weights')");
        assertThat(o.out()).isEqualTo("checked 1 lesson: 6 errors, 0 warnings\n");
        assertThat(o.exit()).isEqualTo(1);
    }

    @Test
    void warningsAloneExitZero() {
        CommandRun.Result o = CommandRun.run("check", FIXTURES.resolve("warnings/near-tie.md").toString());
        assertThat(o.err()).contains(": warning: ");
        assertThat(o.out()).isEqualTo("checked 1 lesson: 0 errors, 2 warnings\n");
        assertThat(o.exit()).isZero();
    }

    @Test
    void checkReportsAMissingPath() {
        CommandRun.Result o = CommandRun.run("check", "no/such/dir");
        assertThat(o.err()).isEqualTo("no/such/dir:1:1: error: no such file or directory\n");
        assertThat(o.exit()).isEqualTo(1);
    }

    @Test
    void runWithRightAnswersScoresFullMarksAndExitsZero() {
        CommandRun.Result o = CommandRun.run("run", COURSE.resolve("04-cancel.md").toString(), "--answers",
                FIXTURES.resolve("answers/04-cancel.txt").toString(), "--seed", "1");
        assertThat(o.out()).contains("Weights (1000, 1000), activations (0.91, -0.87), bias 0. What is z?")
                .contains("  answer 1: 40\n  right.")
                .endsWith("score: 3/3\n");
        assertThat(o.exit()).isZero();
    }

    @Test
    void runWithWrongAnswersScoresLessAndExitsOne() {
        CommandRun.Result o = CommandRun.run("run", COURSE.resolve("02-saturation.md").toString(), "--answers",
                FIXTURES.resolve("answers/wrong-02-saturation.txt").toString(), "--seed", "1");
        assertThat(o.out()).contains("  answer 1: 25\n  wrong. Not quite. Try again: attempt 2 of 2.")
                .contains("  answer 2: 26\n  wrong. Not quite. The answer is 2.66.\n")
                .contains("  answer 1: maybe\n  not an answer: Answer with an option number from 1 to 3.")
                .endsWith("score: 1/3\n");
        assertThat(o.exit()).isEqualTo(1);
    }

    @Test
    void aShortAnswerFileCountsTheRestWrong(@TempDir Path tmp) throws IOException {
        Path answers = Files.writeString(tmp.resolve("a.txt"), "# only one\n0.25\n");
        CommandRun.Result o = CommandRun.run("run", COURSE.resolve("01-sigmoid.md").toString(), "--answers", answers.toString(), "--seed", "1");
        assertThat(o.out()).contains("answer: (none: the answer file ran out)").endsWith("score: 1/3\n");
        assertThat(o.exit()).isEqualTo(1);
    }

    @Test
    void runRefusesALessonWithErrors(@TempDir Path tmp) throws IOException {
        Path answers = Files.writeString(tmp.resolve("a.txt"), "yes\n");
        CommandRun.Result o = CommandRun.run("run", FIXTURES.resolve("malformed/unclosed.md").toString(), "--answers", answers.toString());
        assertThat(o.err()).contains("unclosed.md:7:1: error: quiz block opened on line 7 is not closed")
                .contains("satlab run: fix the errors above first (satlab check lists them)");
        assertThat(o.exit()).isEqualTo(1);
    }

    @Test
    void runExplainsAMissingAnswerFile() {
        CommandRun.Result o = CommandRun.run("run", COURSE.toString(), "--answers", "nowhere.txt");
        assertThat(o.err()).isEqualTo("satlab run: cannot read the answer file nowhere.txt: no such file\n");
        assertThat(o.exit()).isEqualTo(2);
    }

    @Test
    void runWithoutAnswersIsAUsageError() {
        CommandRun.Result o = CommandRun.run("run", COURSE.toString());
        assertThat(o.err()).startsWith("satlab: Missing required option: '--answers=FILE'");
        assertThat(o.exit()).isEqualTo(2);
    }
}
