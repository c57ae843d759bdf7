package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import satlab.engine.Value;

/** The quiz runtime all players share; numeric oracles from the facts sheet. */
class QuizTest {

    private static final QuizBlock CANCEL = Fixtures.quiz(String.join("\n",
            "kind: yesno",
            "ask: Weights (1000, 1000), inputs (1, −0.99). Saturated?",
            "answer: saturated(z([1000, 1000], [1, -0.99], 0))",
            "explain: z = {z([1000, 1000], [1, -0.99], 0)} and σ'(z) = {dsigmoid(10)}."));

    private static final QuizBlock RANDOM = Fixtures.quiz(String.join("\n",
            "kind: number",
            "let: w = round(randn(2) * 10, 1)",
            "ask: z for weights {w} and inputs [1, 1]?",
            "answer: sum(w)",
            "tolerance: 0.001"));

    @Test
    void yesNoQuizFillsTemplatesWithTheProjectsNumberFormat() {
        QuizInstance q = CANCEL.instantiate(1);
        assertThat(q.answer()).isEqualTo(Value.Bool.TRUE);
        assertThat(q.correctAnswer()).isEqualTo("yes");
        assertThat(q.explanation()).isEqualTo("z = 10 and σ'(z) = 4.54e-5.");
        assertThat(q.check("yes").right()).isTrue();
        assertThat(q.check(" Y ").right()).isTrue();
        assertThat(q.check("no").result()).isEqualTo(Verdict.Result.WRONG);
        Verdict invalid = q.check("perhaps");
        assertThat(invalid.result()).isEqualTo(Verdict.Result.INVALID);
        assertThat(invalid.feedback()).isEqualTo("Answer yes or no (y/n).");
    }

    @Test
    void theVerdictCarriesExplanationAndCorrectAnswer() {
        Verdict v = CANCEL.instantiate(1).check("n");
        assertThat(v.given()).isEqualTo("no");
        assertThat(v.feedback()).isEqualTo("Not quite.");
        assertThat(v.correctAnswer()).isEqualTo("yes");
        assertThat(v.explanation()).startsWith("z = 10");
    }

    @Test
    void numberAnswersMayBeExpressionsWithinTheTolerance() {
        QuizInstance q = Fixtures.quiz("kind: number\nask: σ'(10)?\nanswer: dsigmoid(10)").instantiate(7);
        assertThat(q.correctAnswer()).isEqualTo("4.54e-5");
        assertThat(q.check("4.54e-5").right()).isTrue();
        assertThat(q.check("sigmoid(10) * (1 - sigmoid(10))").right()).isTrue();
        assertThat(q.check("1/(1+exp(-10)) * (1 - 1/(1+exp(-10)))").given()).endsWith("= 4.54e-5");
        // The default tolerance is 1 %: 4.5e-5 is 0.87 % off, 4.4e-5 is 3 % off.
        assertThat(q.check("4.5e-5").right()).isTrue();
        assertThat(q.check("4.4e-5").right()).isFalse();
        assertThat(q.check("sqrt(").result()).isEqualTo(Verdict.Result.INVALID);
        assertThat(q.check("[1, 2]").feedback()).isEqualTo("That is a vector; the answer is one number.");
    }

    @Test
    void absoluteTolerance() {
        QuizInstance q = Fixtures.quiz("kind: number\nask: σ(0)?\nanswer: sigmoid(0)\ntolerance: 0.01").instantiate(1);
        assertThat(q.check("0.509").right()).isTrue();
        assertThat(q.check("0.52").right()).isFalse();
        assertThat(q.quiz().tolerance().toString()).isEqualTo("0.01");
        assertThat(Tolerance.DEFAULT.toString()).isEqualTo("1%");
    }

    @Test
    void choiceNeedsExactlyTheRightSetAndGivesOptionFeedback() {
        QuizBlock quiz = Fixtures.quiz(String.join("\n",
                "kind: choice",
                "ask: Which saturate with weights of 1000?",
                "- [x] sigmoid // Its tails are flat.",
                "- [ ] relu // Not for z > 0.",
                "- [x] tanh {1 + 1}"));
        QuizInstance q = quiz.instantiate(3);
        assertThat(q.options()).extracting(QuizBlock.Option::text).containsExactly("sigmoid", "relu", "tanh 2");
        assertThat(q.answer()).isEqualTo(new Value.Vec(1, 3));
        assertThat(q.correctAnswer()).isEqualTo("1. sigmoid; 3. tanh 2");
        assertThat(q.expects()).isEqualTo("the numbers of all right options, such as 1,3");
        assertThat(q.check("1,3").right()).isTrue();
        assertThat(q.check("3 1").right()).isTrue();
        Verdict partial = q.check("1");
        assertThat(partial.right()).isFalse();
        assertThat(partial.feedback()).isEqualTo("Not quite. Its tails are flat.");
        assertThat(q.check("4").feedback()).isEqualTo("There is no option 4: answer with the numbers of all right options, such as 1,3.");
        assertThat(q.check("two").result()).isEqualTo(Verdict.Result.INVALID);
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndOthersDiffer() {
        assertThat(RANDOM.instantiate(42)).isEqualTo(RANDOM.instantiate(42));
        Set<String> questions = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) questions.add(RANDOM.instantiate(seed).question());
        assertThat(questions).hasSizeGreaterThan(15);
    }

    @Test
    void aRandomQuizIsAnsweredByItsOwnNumbers() {
        QuizInstance q = RANDOM.instantiate(satlab.engine.Rng.seedOf("ada", "lesson", RANDOM.id()));
        String w = q.question().replaceAll(".*weights \\[(.*)\\] and.*", "$1");
        String[] parts = w.split(", ");
        double z = Double.parseDouble(parts[0]) + Double.parseDouble(parts[1]);
        assertThat(q.check(Double.toString(z)).right()).isTrue();
        assertThat(q.check(Double.toString(z + 0.1)).right()).isFalse();
    }

    @Test
    void aQuizRecordsItsDrawnValuesAndExpectedAnswerInFullPrecision() {
        QuizBlock quiz = Fixtures.quiz("kind: number\nlet: w = [1000, -0.5]\nlet: net = dot(w, [1, 1])\n"
                + "ask: net = {net}, sigma'(net / 1000)?\nanswer: dsigmoid(net / 1000)");
        QuizInstance q = quiz.instantiate(3);
        assertThat(q.values()).containsExactly(java.util.Map.entry("w", "[1000, -0.5]"),
                java.util.Map.entry("net", "999.5"));
        assertThat(q.expected()).isEqualTo(Double.toString(satlab.engine.Activation.SIGMOID.derivative(0.9995)));
        Verdict v = q.check("0.2");
        assertThat(v.value()).isEqualTo("0.2");
    }

    @Test
    void answerUsesArithmeticRefusesTheFunctionThatWouldDoTheWork() {
        QuizBlock quiz = Fixtures.quiz("kind: number\nask: Compute σ'(1.2).\nanswer: dsigmoid(1.2)\n"
                + "answer-uses: arithmetic");
        QuizInstance q = quiz.instantiate(0);
        Verdict refused = q.check("dsigmoid(1.2)");
        assertThat(refused.result()).isEqualTo(Verdict.Result.INVALID);
        assertThat(refused.feedback()).contains("worked out").contains("not dsigmoid");
        assertThat(q.check("exp(-1.2)/(1+exp(-1.2))^2").right()).isTrue();
        assertThat(q.check("0.1779").right()).isTrue();
        QuizBlock plain = Fixtures.quiz("kind: number\nask: sd?\nanswer: sqrt(501)\nanswer-uses: number");
        assertThat(plain.instantiate(0).check("sqrt(501)").result()).isEqualTo(Verdict.Result.INVALID);
        assertThat(plain.instantiate(0).check("22.38").right()).isTrue();
    }

    @Test
    void attemptsComeFromTheQuizElseTheLessonElseTwo() {
        Lesson lesson = Fixtures.lesson("---\nid: t\ntitle: T\nattempts: 3\n---\n```quiz\nkind: yesno\nask: A?\n"
                + "answer: yes\n```\n\n```quiz\nkind: yesno\nask: B?\nanswer: yes\nattempts: 1\n```\n");
        assertThat(lesson.quizzes()).extracting(QuizBlock::attempts).containsExactly(3, 1);
        assertThat(Fixtures.quiz("kind: yesno\nask: A?\nanswer: yes").attempts()).isEqualTo(QuizBlock.DEFAULT_ATTEMPTS);
        LessonParser.Result bad = LessonParser.parse("t.md", "---\nid: t\ntitle: T\n---\n```quiz\nkind: yesno\n"
                + "ask: A?\nanswer: yes\nattempts: 0\nanswer-uses: arithmetic\nid: bad id\n```\n");
        assertThat(bad.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "t.md:9:11: error: 'attempts' must be a whole number from 1 to 9, got '0'",
                "t.md:10:1: error: 'answer-uses' applies only to number quizzes",
                "t.md:11:5: error: a quiz 'id' is up to 64 letters, digits, '-', '_' or '.', starting with a letter or"
                        + " digit (such as 'sigma-prime-10')");
    }

    @Test
    void identityIsTheAuthorsIdElseDerivedFromTheQuestionNotItsLayoutOrPosition() {
        QuizBlock a = Fixtures.quiz("kind: yesno\nask: A?\nanswer: yes");
        QuizBlock spaced = Fixtures.quiz("kind:   yesno\nask:  A?\n\nanswer: yes\n");
        QuizBlock named = Fixtures.quiz("id: first\nkind: yesno\nask: A?\nanswer: yes");
        assertThat(spaced.id()).isEqualTo(a.id()).startsWith("q-");
        assertThat(spaced.version()).isEqualTo(a.version());
        assertThat(named.id()).isEqualTo("first");
        assertThat(named.version()).isEqualTo(a.version());
    }

    @Test
    void thresholdIsAVariableQuizzesCanUse() {
        QuizBlock quiz = Fixtures.lesson("---\nid: t\ntitle: T\nthreshold: 4\n---\n```quiz\nkind: yesno\n"
                + "ask: Is z = 4.5 saturated with threshold {threshold}?\nanswer: saturated(4.5, threshold)\n```\n")
                .quizzes().get(0);
        QuizInstance q = quiz.instantiate(0);
        assertThat(q.question()).isEqualTo("Is z = 4.5 saturated with threshold 4?");
        assertThat(q.correctAnswer()).isEqualTo("yes");
    }

    @Test
    void versionFollowsWhatIsAskedAndAcceptedButNotTheHint() {
        QuizBlock a = Fixtures.quiz("kind: yesno\nask: A?\nanswer: yes\nhint: h");
        QuizBlock hint = Fixtures.quiz("kind: yesno\nask: A?\nanswer: yes\nhint: another hint");
        QuizBlock edited = Fixtures.quiz("kind: yesno\nask: A?\nanswer: no");
        assertThat(a.version()).isEqualTo(hint.version()).hasSize(16).matches("[0-9a-f]+");
        assertThat(edited.version()).isNotEqualTo(a.version());
        assertThat(edited.id()).isEqualTo(a.id());
    }

    @Test
    void aQuizThatCannotBeInstantiatedSaysWhichPart() {
        assertThatThrownBy(() -> quiz(List.of("x = nope"), "x").instantiate(1)).isInstanceOfSatisfying(QuizError.class,
                e -> assertThat(e.part()).isEqualTo(QuizError.Part.LET));
        assertThatThrownBy(() -> quiz(List.of("x = sqrt(-1)"), "x").instantiate(1)).isInstanceOfSatisfying(QuizError.class,
                e -> assertThat(e.getMessage()).isEqualTo("sqrt(-1) is not a real number: sqrt needs a number of 0 or more"));
    }

    private static QuizBlock quiz(List<String> lets, String answer) {
        return new QuizBlock("x", QuizBlock.Kind.NUMBER, lets, "x?", List.of(), answer, Tolerance.DEFAULT, "", "", 5, 2,
                AnswerUses.ANY, "", 1);
    }
}
