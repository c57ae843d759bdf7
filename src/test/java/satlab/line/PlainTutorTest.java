package satlab.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;
import satlab.lesson.QuizBlock;
import satlab.store.Attempt;
import satlab.store.SafeStore;
import satlab.store.Store;

/** The plain tutor played from piped answers on a dumb terminal, with a real store in a temp directory. */
class PlainTutorTest {

    private static final String LEARNER = "ada";

    @TempDir Path data;
    private Store store;
    private Course course;

    @BeforeEach
    void setUp() {
        CourseLoader.LoadResult loaded = CourseLoader.load(Path.of("src/test/resources/line/lessons"));
        assertThat(loaded.hasErrors()).as(loaded.diagnostics().toString()).isFalse();
        course = loaded.course();
        store = SafeStore.open(data.resolve("satlab.db"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private String play(String input) {
        return play(input, false);
    }

    private String play(String input, boolean color) {
        Terminals.Session s = Terminals.dumb(input, 80);
        PlainTutor.Settings settings = new PlainTutor.Settings(LEARNER, OptionalLong.of(1), color);
        int code = new PlainTutor(s.terminal(), course, store, settings, Clock.systemUTC()).run();
        assertThat(code).isZero();
        return s.transcript();
    }

    /** The number the seeded number quiz asks about, read back as a learner reads it. */
    private String askedZ(String transcript) {
        Matcher m = Pattern.compile("What is σ'\\(([-0-9.]+)\\)\\?").matcher(transcript);
        assertThat(m.find()).as("the number quiz was asked").isTrue();
        return m.group(1);
    }

    @Test
    void itOpensWithTheCoursesTitleAndDescription() {
        assertThat(play("q\n")).startsWith("satlab, line by line: why large weights saturate sigmoid neurons\n2 lessons for ada.\n");
        course = new Course(course.lessons(), new satlab.lesson.CourseInfo("Week 3", "Saturation, live."));
        assertThat(play("q\n")).startsWith("satlab, line by line: Week 3\nSaturation, live.\n2 lessons for ada.\n");
    }

    @Test
    void aWholeLessonFromPipedAnswersEndsWithTheScore() {
        // Menu: Enter starts lesson 1; two steps; three quizzes; Enter finishes the lesson.
        String firstPass = play("\n\n\nyes\n");
        String z = askedZ(firstPass);
        store.reset(LEARNER, java.util.Optional.empty());
        String t = play("\n\n\nyes\ndsigmoid(" + z + ")\n2\n\n");
        assertThat(t).contains("Lesson 1 of 2: The flat tails\nStep 1 of 3\n")
                .contains("Step 2 of 3: Where z lands")
                .contains("Plot of sigmoid(z) and dsigmoid(z) for z from -10 to 10, marked at z = 10:")
                .contains("* sigmoid(z)   o dsigmoid(z)")
                .contains("Neuron: weights [1000, 1000], inputs [1, -0.99], bias 0, sigmoid\nz           = 10\n")
                .contains("sigmoid'(z) = 4.54e-5\n")
                .contains("verdict     = SATURATED (threshold |z| > 5)");
        assertThat(t).contains("answer> yes\nRight.\nσ'(10) = 4.54e-5.\nSaved.\n");
        assertThat(t).contains("answer> 2\nRight. The peak, 0.25.\nSaved.\n");
        assertThat(t).containsSubsequence("Quiz 1 of 3", "Quiz 2 of 3", "Quiz 3 of 3",
                "End of lesson 1.", "The flat tails: 3 of 3 right", "Lesson 2 of 2: A second lesson");
        assertThat(t).endsWith("score: 3/3 (3 of 3 quizzes answered)\n");
    }

    @Test
    void answersPositionAndCompletionAreInTheStore() {
        play("\n\n\nno\n\n\n3\n\n\n");
        List<Attempt> attempts = store.attempts(LEARNER, "tails");
        assertThat(attempts).extracting(a -> a.record().answer()).containsExactly("no", "3");
        assertThat(attempts).extracting(Attempt::correct).containsExactly(false, false);
        assertThat(attempts.get(0).record().question()).isEqualTo("A neuron has z = 10. Is it saturated?");
        assertThat(attempts.get(0).record().expected()).isEqualTo("yes");
        assertThat(attempts.get(0).record().seed()).isEqualTo(satlab.engine.Rng.seedOf(1L, "tails", course.lessons().get(0).quizzes().get(0).id()));
        assertThat(store.completedLessons(LEARNER)).containsExactly("tails");
        assertThat(store.lastLesson(LEARNER)).contains("after");
    }

    @Test
    void aWrongAnswerShowsTheRightOneAndTheHintComesOnQuestionMark() {
        String t = play("\n\n\n?\nmaybe\nno\n");
        assertThat(t).contains("answer> ?\nHint: Compare |z| with 5.\n")
                .contains("answer> maybe\nAnswer yes or no (y/n).\n")
                .contains("answer> no\nNot quite. Try again: attempt 2 of 2.\nSaved.\n")
                .doesNotContain("The answer is");
        String again = play("1\nno\n");
        assertThat(again).contains("You answered no before. Not quite. Try again: attempt 2 of 2.")
                .contains("attempt 2> no\nNot quite. The answer is yes.\nσ'(10) = 4.54e-5.\nSaved.\n");
        assertThat(store.attempts(LEARNER, "tails")).extracting(a -> a.record().attempt() + ":" + a.record().hint())
                .containsExactly("1:true", "2:true");
    }

    @Test
    void comingBackResumesAtTheSameStepWithTheSameNumbers() {
        String first = play("\n\nq\n");
        assertThat(first).endsWith("score: 0/3 (0 of 3 quizzes answered)\n");
        String second = play("\n\n");
        assertThat(second).contains("1. The flat tails - at step 2 of 3, 0 of 3 quizzes right")
                .contains("Enter to continue with \"The flat tails\" at step 2 of 3");
        String third = play("1\nyes\n");
        String fourth = play("1\n\n");
        assertThat(fourth).contains("1. The flat tails - at step 3 of 3, 1 of 3 quizzes right");
        assertThat(askedZ(fourth)).isEqualTo(askedZ(third));
    }

    @Test
    void aFinishedQuizIsShownWithItsAnswerAndNotAskedAgain() {
        play("\n\n\nyes\n");
        String t = play("1\n\n\nq\n");
        assertThat(t).contains("You answered yes: Right.");
        assertThat(store.attempts(LEARNER, "tails")).hasSize(1);
    }

    @Test
    void missedQuizzesAreReviewedFromTheMenuWithFreshNumbersAndTheScoreStays() {
        play("\n\n\nno\nno\n");
        String t = play("r\nyes\nq\n");
        assertThat(t).contains("r to review 1 missed quiz").contains("Review: The flat tails, quiz 1")
                .contains("answer> yes\nRight.");
        List<Attempt> attempts = store.attempts(LEARNER, "tails");
        assertThat(attempts).extracting(a -> a.record().review()).containsExactly(false, false, true);
        assertThat(t).endsWith("score: 0/3 (1 of 3 quizzes answered)\n");
        assertThat(play("q\n")).doesNotContain("to review");
    }

    @Test
    void aScriptedRunTakesOnlyAnswersPlaysToTheEndAndFailsWhenAQuizIsMissed() {
        Terminals.Session s = Terminals.dumb("# answers\nyes\n0.1\n0.2\n2\n", 80);
        int code = new PlainTutor(s.terminal(), course, store,
                new PlainTutor.Settings(LEARNER, OptionalLong.of(1), false, true), Clock.systemUTC()).run();
        assertThat(code).isEqualTo(1);
        assertThat(s.transcript()).contains("answer> yes\nRight.").contains("attempt 2> 0.2\nNot quite. The answer is")
                .contains("answer> 2\nRight.").doesNotContain("menu>").doesNotContain(PlainTutor.STEP_PROMPT)
                .endsWith("score: 2/3 (3 of 3 quizzes answered)\n");
    }

    @Test
    void theExplorerAsksForEachValueAndReportsTheNeuron() {
        String t = play("\n\ne\n3 4\n1, 1/2\n-1\ntanh\n");
        assertThat(t).contains("weights [1000, 1000]> 3 4\ninputs [1, -0.99]> 1, 1/2\nbias [0]> -1\n"
                + "activation [sigmoid]> tanh\n"
                + "Neuron: weights [3, 4], inputs [1, 0.5], bias -1, tanh\nz           = 4\n");
        // tanh saturates at |z| > 2.5, half the sigmoid's 5 (facts sheet).
        assertThat(t).contains("verdict     = SATURATED (threshold |z| > 2.5)");
    }

    @Test
    void aBadExplorerEntryGetsACaretAndTheSamePromptAgain() {
        String t = play("\n\ne\n1000, bogus\n\n1, 2, 3\n\n\n\n");
        assertThat(t).contains("weights [1000, 1000]> 1000, bogus\n"
                + "                            ^~~~~\nerror: unknown name 'bogus'\nweights [1000, 1000]> \n");
        assertThat(t).contains("2 weights but 3 inputs: give one input per weight.\ninputs [1, -0.99]> ");
        assertThat(t).contains("Neuron: weights [1000, 1000], inputs [1, -0.99], bias 0, sigmoid");
    }

    @Test
    void backMenuAndUnknownKeys() {
        String t = play("\nb\nx\n\nb\nm\nq\n");
        assertThat(t).contains("This is the first step of the lesson; m shows the other lessons.")
                .contains("Keys: Enter next step, b back, e explorer, r repeat, m lessons, q quit.");
        assertThat(t).containsSubsequence("Step 2 of 3", "Step 1 of 3", "Lessons\n  1. The flat tails");
    }

    @Test
    void noEscapeCodesUnlessColourIsAskedFor() {
        String plain = play("\n\n\nyes\n");
        assertThat(plain).doesNotContain("\u001b").doesNotContain("\r");
        String colour = play("\n\n\nyes\n", true);
        assertThat(colour).contains("\u001b[");
    }

    @Test
    void theSameSeedAndAnswersGiveTheSameTranscript() {
        String input = "\n\n\nyes\n1.5\n1\n\n";
        String first = play(input);
        store.reset(LEARNER, java.util.Optional.empty());
        assertThat(play(input)).isEqualTo(first);
    }

    @Test
    void theStreamEntryPointPlaysTheSameCourse() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PlainTutor.run(new ByteArrayInputStream("\n\n\nyes\n".getBytes(StandardCharsets.UTF_8)), out,
                course, store, new PlainTutor.Settings(LEARNER, OptionalLong.of(1), false));
        String t = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(t).contains("answer> yes\nRight.").doesNotContain("\r").endsWith("quizzes answered)\n");
    }

    @Test
    void aStoreThatCannotSaveIsNamedAndTheLessonGoesOn() throws Exception {
        Path blocker = java.nio.file.Files.writeString(data.resolve("not-a-directory"), "x");
        store.close();
        store = SafeStore.open(blocker.resolve("satlab.db"));
        String t = play("\n\n\nyes\n");
        assertThat(t).contains("Progress is not being saved: ")
                .contains("answer> yes\nRight.\nσ'(10) = 4.54e-5.\nNot saved to disk: kept for this session only.\n")
                .contains("score: 1/3 (1 of 3 quizzes answered)\nProgress is not being saved");
    }

    @Test
    void linesStayWithinTheWidth() {
        String t = play("\n\n\nyes\n?\n");
        assertThat(t.split("\n")).allMatch(line -> line.length() < 80);
    }

    @Test
    void wideCharactersAreMeasuredAsTheTerminalDrawsThem() throws Exception {
        Path dir = java.nio.file.Files.createDirectory(data.resolve("wide"));
        java.nio.file.Files.writeString(dir.resolve("wide.md"), "---\nid: wide\ntitle: Wide\n---\n"
                + "饱和的神经元学得很慢。".repeat(12) + "\n");
        Course wide = CourseLoader.load(dir).course();
        Terminals.Session s = Terminals.dumb("\n\nq\n", 80);
        new PlainTutor(s.terminal(), wide, store, new PlainTutor.Settings(LEARNER, OptionalLong.of(1), false),
                Clock.systemUTC()).run();
        List<String> cjk = s.transcript().lines().filter(l -> l.contains("饱")).toList();
        assertThat(cjk).hasSizeGreaterThan(2)
                .allMatch(l -> l.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum() <= 80, "at most 80 cells");
    }
}
