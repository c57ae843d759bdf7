package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** `satlab repl` and `satlab plain` run as a separate process with piped stdin, as in a script or a log. */
class LineModeIT {

    @Test
    void replReadsPipedLinesAndPrintsATranscript() throws Exception {
        JarRunner.Result r = JarRunner.run("w = [1000, 1000]\na = [1,\n-0.99]\n:neuron\ndsigmod(2)\n",
                Map.of("TERM", "dumb"), "repl", "--data", tempDir());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("satlab> w = [1000, 1000]\n[1000, 1000]\n")
                .contains("satlab> a = [1,\n   ...> -0.99]\n[1, -0.99]\n")
                .contains("sigmoid'(z) = 4.54e-5\n")
                .contains("satlab> dsigmod(2)\n        ^~~~~~~\nerror: unknown function 'dsigmod'");
        assertThat(r.out()).doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void plainPlaysALessonFromPipedAnswersAndEndsWithTheScore() throws Exception {
        String data = tempDir();
        String lessons = "src/test/resources/line/lessons";
        JarRunner.Result r = JarRunner.run("\n\n\nyes\n\n2\n\n", Map.of("TERM", "dumb"),
                "plain", "--seed", "1", "--data", data, "--lessons", lessons, "--learner", "it");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("menu> \n", "answer> yes\nRight.", "answer> 2\nRight. The peak, 0.25.\nSaved.",
                "You finished lesson 1, The flat tails: 2 of 3 quizzes right.");
        assertThat(r.out()).endsWith("score: 2/3 (2 of 3 quizzes answered)\n");
        assertThat(r.out()).doesNotContain("\r").doesNotContain("\u001b");
        assertThat(r.err()).doesNotContain("Exception");

        // A second run resumes from the same database and says so in the menu.
        JarRunner.Result again = JarRunner.run("q\n", Map.of(), "plain", "--seed", "1", "--data", data,
                "--lessons", lessons, "--learner", "it");
        assertThat(again.out()).contains("1. The flat tails - done, 2 of 3 quizzes right")
                .endsWith("score: 2/3 (2 of 3 quizzes answered)\n");
    }

    @Test
    void plainPlaysTheBundledCourseToTheEndOfInput() throws Exception {
        JarRunner.Result r = JarRunner.run("\n\n\n", Map.of(), "plain", "--seed", "1", "--data", tempDir());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Lesson 1 of ").containsPattern("score: 0/\\d+ \\(0 of \\d+ quizzes answered\\)\n$");
    }

    @Test
    void plainReportsLessonErrorsWithTheirPosition() throws Exception {
        JarRunner.Result r = JarRunner.run("", Map.of(), "plain", "--data", tempDir(), "--lessons",
                "src/test/resources/lessons/malformed");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).containsPattern("\\.md:\\d+:\\d+: error: ").contains("satlab plain: fix the errors above");
    }

    static String tempDir() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("satlab-line-it");
        dir.toFile().deleteOnExit();
        return dir.toString();
    }
}
