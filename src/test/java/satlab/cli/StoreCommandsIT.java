package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, as a user runs it: progress and results against a real database, no terminal. */
class StoreCommandsIT {

    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    private Run satlab(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.sqlite.tmpdir=" + dir, "-jar", System.getProperty("satlab.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void progressAndResultsFromTheJar() throws Exception {
        StoreCommandRun.fill(dir);
        String data = dir.toString();

        Run progress = satlab("", "progress", "--data", data, "--learner", "ada");
        assertThat(progress.code()).isZero();
        // "2 of N lessons" once the course is bundled in the jar, "2 lessons" while it is not.
        assertThat(progress.out()).containsPattern("Progress of ada: 2 (of \\d+ )?lessons started, 1 done\\.");

        Run csv = satlab("", "results", "--csv", "--data", data);
        assertThat(csv.code()).isZero();
        assertThat(csv.out()).startsWith("learner,lesson,lessonVersion,quiz,").contains("\r\n");

        // stdin is a pipe, not a terminal: a typed "y" must not be taken as confirmation.
        Run refused = satlab("y\n", "progress", "--reset", "--data", data, "--learner", "ada");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("no terminal to ask on").doesNotContain("Exception");

        Run reset = satlab("", "progress", "--reset", "--yes", "--data", data, "--learner", "ada");
        assertThat(reset.code()).isZero();
        assertThat(satlab("", "progress", "--data", data, "--learner", "ada").out())
                .contains("ada has not started any lesson yet");
    }
}
