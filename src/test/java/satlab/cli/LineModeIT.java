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
    void plainReadsPipedInputAsAnAnswerScriptAndExitsOneWhenAQuizIsMissed() throws Exception {
        String data = tempDir();
        String lessons = "src/test/resources/line/lessons";
        JarRunner.Result r = JarRunner.run("# answers\nyes\n0\n0\n2\n", Map.of("TERM", "dumb"),
                "plain", "--seed", "1", "--data", data, "--lessons", lessons, "--learner", "it");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("answer> yes\nRight.", "attempt 2> 0\nNot quite. The answer is",
                "answer> 2\nRight. The peak, 0.25.\nSaved.", "The flat tails: 2 of 3 right");
        assertThat(r.out()).doesNotContain("menu>").endsWith("score: 2/3 (3 of 3 quizzes answered)\n");
        assertThat(r.out()).doesNotContain("\r").doesNotContain("\u001b");
        assertThat(r.err()).doesNotContain("Exception");

        // A second run continues from the same database; nothing is left to answer, nothing missed now.
        JarRunner.Result again = JarRunner.run("", Map.of(), "plain", "--seed", "1", "--data", data,
                "--lessons", lessons, "--learner", "it");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).endsWith("score: 2/3 (3 of 3 quizzes answered)\n");
    }

    @Test
    void theReadmesExampleThePlainTutorWithTheRunAnswerFilesScoresFullMarksLikeRun() throws Exception {
        StringBuilder all = new StringBuilder();
        java.nio.file.Path answers = java.nio.file.Path.of("src/test/resources/lessons/answers");
        try (var files = java.nio.file.Files.list(answers)) {
            for (java.nio.file.Path f : files.filter(p -> p.getFileName().toString().matches("0\\d.*\\.txt")).sorted()
                    .toList()) {
                all.append(java.nio.file.Files.readString(f)).append('\n');
            }
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("satlab-answers", ".txt");
        java.nio.file.Files.writeString(file, all);
        JarRunner.Result plain = JarRunner.run(all.toString(), Map.of(), "plain", "--seed", "1", "--data", tempDir());
        JarRunner.Result run = JarRunner.run("", Map.of(), "run", "lessons", "--answers", file.toString(), "--seed", "1");
        String score = run.out().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(score).matches("score: (\\d+)/\\1");
        assertThat(plain.out()).contains(score + " (");
        assertThat(plain.exitCode()).isZero();
        assertThat(run.exitCode()).isZero();
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
