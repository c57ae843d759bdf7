package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker's warnings about random draws that make a quiz degenerate (the review's findings, one each). */
class DrawLintTest {

    private static List<String> warnings(String quizBody) {
        String text = "---\nid: t\ntitle: T\n---\n## Q\n\n```quiz\n" + quizBody + "\n```\n";
        CourseLoader.LoadResult r = CourseLoader.build(List.of(new CourseLoader.Source("t.md", text)), List.of(),
                LessonParser.Depth.FULL);
        assertThat(r.hasErrors()).as(r.diagnostics().toString()).isFalse();
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aMultiplierThatCanBeOneIsFlagged() {
        // The old review quiz: c drawn from round(uniform(1, 4)) can be 1.
        assertThat(warnings("""
                kind: yesno
                let: k = round(sum(rand(1)))
                let: c = (1 - k) * round(sum(uniform(1, 1, 4))) + k * round(sum(uniform(1, 8, 60)))
                ask: z = 0.87 · {c}. Saturated?
                answer: saturated(0.87 * c)"""))
                .singleElement().asString().contains("t.md:12:9: warning: the multiplier c = 1 in");
    }

    @Test
    void aSignIsNotAMultiplier() {
        assertThat(warnings("""
                kind: yesno
                let: k = round(sum(rand(1)))
                let: s = 2 * round(sum(rand(1))) - 1
                let: net = s * ((1 - k) * sum(uniform(1, 0, 3)) + k * sum(uniform(1, 8, 12)))
                ask: z = {net}. Saturated?
                answer: saturated(net)""")).isEmpty();
    }

    @Test
    void anAnswerTheSameForNearlyAllDrawsIsFlaggedAndSoIsADrawNextToTheThreshold() {
        // The old lesson 7 quiz: an unscaled neuron, z ~ N(0, 501): "yes" about 82 % of the time,
        // and now and then |z| lands within 0.5 of 5.
        assertThat(warnings("""
                kind: yesno
                let: a = round(rand(1000))
                let: w = randn(1000)
                let: b = sum(randn(1))
                let: net = round(dot(w, a) + b, 2)
                ask: z = {net}. Saturated?
                answer: saturated(net, threshold)""")).satisfiesExactly(
                w -> assertThat(w).contains("the answer is 'yes' in").contains("guessing it passes"),
                w -> assertThat(w).contains("within 10% of its bound, a near-tie"));
    }

    @Test
    void aComparisonAgainstANumberIsCheckedForNearTies() {
        assertThat(warnings("""
                kind: yesno
                let: sd = sum(uniform(1, 3, 7))
                ask: sd = {sd}. Above 5?
                answer: sd > 5""")).singleElement().asString().contains("near-tie");
        assertThat(warnings("""
                kind: yesno
                let: k = round(sum(rand(1)))
                let: sd = (1 - k) * sum(uniform(1, 1, 4)) + k * sum(uniform(1, 6, 9))
                ask: sd = {sd}. Above 5?
                answer: sd > 5""")).isEmpty();
    }

    @Test
    void aNumberAnswerThatCanBeZeroIsFlagged() {
        // The old knife-edge quiz: a2 drawn in [-1.1, -0.9] to three places makes z = 0 now and then.
        assertThat(warnings("""
                kind: number
                let: a2 = -round(sum(uniform(1, 0.99, 1.01)), 2)
                ask: z = 1000 + 1000 · {a2}?
                answer: 1000 + 1000 * a2
                tolerance: 0.01""")).singleElement().asString().contains("the answer is 0 in");
    }

    @Test
    void fixedAnswersAreTheAuthorsChoice() {
        assertThat(warnings("""
                kind: yesno
                ask: Is σ'(10) small?
                answer: dsigmoid(10) < 0.01""")).isEmpty();
    }
}
