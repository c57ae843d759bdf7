package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadlessRunnerTest {

    private static final Course COURSE = new Course(List.of(Fixtures.lesson(String.join("\n",
            "---", "id: two", "title: Two quizzes", "---",
            "```quiz", "kind: yesno", "ask: Is σ'(10) under 1 % of its peak?", "answer: gradpct(10) < 1",
            "explain: It is {gradpct(10)} %.", "```",
            "```quiz", "kind: choice", "ask: Pick the flat region.", "- [ ] z near 0", "- [x] |z| > 5 // Yes, the tails.", "```",
            ""))));

    private static String play(List<String> answers, HeadlessRunner.Score[] score) {
        StringWriter out = new StringWriter();
        score[0] = HeadlessRunner.run(COURSE, answers, 0, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void answerFilesSkipBlankLinesAndComments() {
        assertThat(HeadlessRunner.answers("# header\n\nyes   # trailing comment\n  2  \n#only comment\n1/(1+exp(-10))\n"))
                .containsExactly("yes", "2", "1/(1+exp(-10))");
    }

    @Test
    void transcriptShowsQuestionAnswerVerdictAndExplanation() {
        HeadlessRunner.Score[] score = new HeadlessRunner.Score[1];
        String t = play(List.of("y", "2"), score);
        assertThat(t).isEqualTo(String.join("\n",
                "== two: Two quizzes (2 quizzes)",
                "",
                "quiz 1 (yesno, test.md:5)",
                "  Is σ'(10) under 1 % of its peak?",
                "  answer: y",
                "  right.",
                "  explanation: It is 0.01816 %.",
                "",
                "quiz 2 (choice, test.md:11)",
                "  Pick the flat region.",
                "    1. z near 0",
                "    2. |z| > 5",
                "  answer: 2",
                "  right. Yes, the tails.",
                "",
                "score: 2/2",
                ""));
        assertThat(score[0].allRight()).isTrue();
    }

    @Test
    void leftOverAnswersAreNotedAndDoNotCount() {
        HeadlessRunner.Score[] score = new HeadlessRunner.Score[1];
        String t = play(List.of("n", "2", "extra"), score);
        assertThat(t).contains("  answer: n\n  wrong; the answer is: yes\n")
                .contains("note: 1 answer was not used; the answer file has more lines than there are quizzes\n")
                .endsWith("score: 1/2\n");
        assertThat(score[0]).isEqualTo(new HeadlessRunner.Score(1, 2));
    }
}
