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

    static String tempDir() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("satlab-line-it");
        dir.toFile().deleteOnExit();
        return dir.toString();
    }
}
