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
        assertThat(o.out()).isEqualTo("checked 8 lessons and the course index (course.md): 0 errors, 0 warnings\n");
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
                .contains("  answer 1: 40\n  Right.")
                .endsWith("score: 3/3\n");
        assertThat(o.exit()).isZero();
    }

    @Test
    void runWithWrongAnswersScoresLessAndExitsOne() {
        CommandRun.Result o = CommandRun.run("run", COURSE.resolve("02-saturation.md").toString(), "--answers",
                FIXTURES.resolve("answers/wrong-02-saturation.txt").toString(), "--seed", "1");
        assertThat(o.out()).contains("  answer 1: 25\n  Not quite. Try again: attempt 2 of 2.")
                .contains("  answer 2: 26\n  Not quite. The answer is 2.66.\n")
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

    @Test
    void checkReportsTwoQuizzesWithOneIdentityWithBothPositions(@TempDir Path tmp) throws IOException {
        String quiz = "```quiz\nkind: yesno\nask: Is z = 10 saturated?\nanswer: yes\n```\n";
        Path lesson = Files.writeString(tmp.resolve("twice.md"), "---\nid: twice\ntitle: Twice\n---\n" + quiz
                + "\n## Again\n\n" + quiz + "\n```quiz\nid: same\nkind: yesno\nask: A?\nanswer: yes\n```\n"
                + "\n```quiz\nid: same\nkind: yesno\nask: B?\nanswer: no\n```\n");
        CommandRun.Result o = CommandRun.run("check", lesson.toString());
        assertThat(o.err()).contains(lesson + ":13:1: error: this quiz asks the same question as the quiz on line 5")
                .contains("give each an 'id:'")
                .contains(lesson + ":26:1: error: quiz id 'same' is also the id of the quiz on line 19");
        assertThat(o.exit()).isEqualTo(1);
    }

    @Test
    void runForALearnerDrawsTheNumbersThatLearnerWasGiven(@TempDir Path tmp) throws IOException {
        Path lessonDir = Files.createDirectories(tmp.resolve("l"));
        Files.writeString(lessonDir.resolve("n.md"), "---\nid: n\ntitle: N\n---\n```quiz\nkind: number\n"
                + "let: z0 = round(uniform(1, 4), 2)\nask: What is σ'({z0})?\nanswer: dsigmoid(z0)\n```\n");
        satlab.lesson.Course course = satlab.lesson.CourseLoader.load(lessonDir).course();
        satlab.learn.Quiz quiz = satlab.learn.Quiz.of(course.lessons().get(0)).get(0);
        // What bob was asked in the tutor (or plain: the model draws it the same way).
        satlab.lesson.QuizInstance bobs = satlab.learn.Quiz.instance(quiz.ask(quiz.seed("bob")));
        Path answers = Files.writeString(tmp.resolve("a.txt"), bobs.expected() + "\n");
        CommandRun.Result o = CommandRun.run("run", lessonDir.toString(), "--answers", answers.toString(),
                "--learner", "bob");
        assertThat(o.out()).contains(bobs.question()).endsWith("score: 1/1\n");
        assertThat(o.exit()).isZero();
        CommandRun.Result both = CommandRun.run("run", lessonDir.toString(), "--answers", answers.toString(),
                "--learner", "bob", "--seed", "1");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--seed or --learner, not both");
    }
}
