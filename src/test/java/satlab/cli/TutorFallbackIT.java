package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `satlab` with no command where full screen cannot work plays the course line by line. */
class TutorFallbackIT {

    @TempDir Path data;

    @Test
    void withoutATerminalTheCoursePlaysLineByLineAndSavesProgress() throws Exception {
        // Enter opens lesson 1 step 1, Enter goes to step 2, then quit.
        JarRunner.Result r = JarRunner.run("\n\nq\n", Map.of("TERM", "xterm"), "--data", data.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("input or output is not a terminal; playing the course line by line");
        assertThat(r.out()).contains("Lessons", "1. The sigmoid and its gradient", "Step 2 of", "score: ");
        assertThat(r.out()).doesNotContain("\u001b[");
        assertThat(Files.exists(data.resolve("satlab.db"))).isTrue();

        // The second run resumes where the first left off.
        JarRunner.Result again = JarRunner.run("q\n", Map.of("TERM", "xterm"), "--data", data.toString());
        assertThat(again.out()).contains("1. The sigmoid and its gradient - at step 2 of");
    }

    @Test
    void plainIsAlsoAnOption() throws Exception {
        JarRunner.Result r = JarRunner.run("q\n", Map.of(), "--plain", "--data", data.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).doesNotContain("not a terminal");
        assertThat(r.out()).contains("satlab, line by line");
    }
}
