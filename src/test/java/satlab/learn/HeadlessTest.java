package satlab.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import satlab.lesson.Course;

class HeadlessTest {

    private static final Course COURSE = Lessons.course(Lessons.parse(
            "---", "id: two", "title: Two quizzes", "---",
            "```quiz", "kind: yesno", "ask: Is σ'(10) under 1 % of its peak?", "answer: gradpct(10) < 1",
            "hint: Compare with the peak.", "explain: It is {gradpct(10)} %.", "```",
            "```quiz", "kind: choice", "ask: Pick the flat region.", "- [ ] z near 0", "- [x] |z| > 5 // Yes, the tails.",
            "```"));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static Headless.Result play(List<String> answers, StringWriter out) {
        return Headless.run(COURSE, answers, 0L, "tester", CLOCK, new PrintWriter(out));
    }

    @Test
    void answerFilesSkipBlankLinesAndComments() {
        assertThat(Headless.answers("# header\n\nyes   # trailing comment\n  2  \n#only comment\n1/(1+exp(-10))\n"))
                .containsExactly("yes", "2", "1/(1+exp(-10))");
    }

    @Test
    void transcriptShowsQuestionAnswerVerdictAndExplanation() {
        StringWriter out = new StringWriter();
        Headless.Result score = play(List.of("y", "2"), out);
        String id1 = COURSE.lessons().get(0).quizzes().get(0).id();
        String id2 = COURSE.lessons().get(0).quizzes().get(1).id();
        assertThat(out.toString()).isEqualTo(String.join("\n",
                "== two: Two quizzes (2 quizzes)",
                "",
                "quiz 1 (yesno, test.md:5, id " + id1 + ")",
                "  Is σ'(10) under 1 % of its peak?",
                "  answer 1: y",
                "  Right.",
                "  explanation: It is 0.01816 %.",
                "",
                "quiz 2 (choice, test.md:12, id " + id2 + ")",
                "  Pick the flat region.",
                "    1. z near 0",
                "    2. |z| > 5",
                "  answer 1: 2",
                "  Right. Yes, the tails.",
                "",
                "score: 2/2",
                ""));
        assertThat(score.allRight()).isTrue();
        assertThat(score.records()).hasSize(2);
    }

    @Test
    void aWrongAnswerTakesTheNextLineAsTheRetryAndTheLastShowsTheAnswer() {
        StringWriter out = new StringWriter();
        Headless.Result score = play(List.of("n", "?", "n", "1", "2", "extra"), out);
        assertThat(out.toString())
                .contains("  answer 1: n\n  Not quite. Try again: attempt 2 of 2. ? shows a hint.\n")
                .contains("  hint: Compare with the peak.\n  answer 2: n\n  Not quite. The answer is yes.\n")
                .contains("  answer 1: 1\n  Not quite. Try again: attempt 2 of 2.\n  answer 2: 2\n  Right.")
                .contains("note: 1 answer was not used")
                .endsWith("score: 1/2\n");
        assertThat(score.records()).extracting(r -> r.attempt() + ":" + r.answer() + ":" + r.correct() + ":" + r.hint())
                .containsExactly("1:n:false:false", "2:n:false:true", "1:1:false:false", "2:2:true:false");
    }

    @Test
    void notAnAnswerIsAskedAgainWithoutUsingAnAttempt() {
        StringWriter out = new StringWriter();
        Headless.Result score = play(List.of("maybe", "yes", "2"), out);
        assertThat(out.toString()).contains("  not an answer: Answer yes or no (y/n).\n  answer 1: yes\n  Right.");
        assertThat(score.allRight()).isTrue();
    }

    @Test
    void aBrokenQuizSaysSoAndCountsAsNotRight() {
        Course broken = Lessons.course(Lessons.unchecked("---", "id: b", "title: B", "---",
                "```quiz", "kind: number", "let: x = uniform(-1, 1)", "ask: ln(-{x})?", "answer: ln(-x)", "```"));
        int brokenRuns = 0;
        for (long seed = 0; seed < 20; seed++) {
            StringWriter out = new StringWriter();
            Headless.Result r = Headless.run(broken, List.of("1"), seed, "t", CLOCK, new PrintWriter(out));
            if (out.toString().contains("error: this quiz cannot be asked:")) {
                brokenRuns++;
                assertThat(out.toString()).contains("tell your instructor");
                assertThat(r.right()).isZero();
            }
        }
        assertThat(brokenRuns).isPositive();
    }
}
