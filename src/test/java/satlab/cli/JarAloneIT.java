package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * satlab handed out as one file: the jar copied into an empty directory, far from the
 * repository, run with java -jar. Every command works there and nothing is written
 * beside the jar (data goes to $XDG_STATE_HOME/satlab).
 */
class JarAloneIT {

    @TempDir static Path home;
    static Path dir;
    static Path state;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void copyTheJarAlone() throws IOException {
        dir = Files.createDirectories(home.resolve("handout"));
        state = home.resolve("state");
        Files.copy(JarRunner.jar(), dir.resolve("satlab.jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    static Run satlab(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-jar", "satlab.jar"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("XDG_STATE_HOME", state.toString());
        pb.environment().put("HOME", home.toString());
        pb.environment().put("TERM", "dumb");
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("satlab " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void checkWithNoPathChecksTheBundledCourseAndSaysSo() throws Exception {
        Run r = satlab(null, "check");
        assertThat(r.err()).doesNotContain("no such file or directory").contains("bundled course");
        assertThat(r.out()).contains("checked 8 lessons and the course index (course.md): 0 errors");
        assertThat(r.exit()).isZero();
    }

    @Test
    void everyCommandRunsFromTheJarAlone() throws Exception {
        assertThat(satlab(null, "eval", "dsigmoid(10)").out()).startsWith("4.54");
        assertThat(satlab(null, "neuron", "--weights", "1000,1000", "--inputs", "1,-0.99").out()).contains("SATURATED");
        assertThat(satlab(null, "plot", "--ascii", "--width", "40", "--height", "8").exit()).isZero();
        assertThat(satlab(null, "network", "--layers", "2", "--width", "10").out()).contains("layer");
        assertThat(satlab(null, "train", "--epochs", "2").exit()).isZero();
        assertThat(satlab(null, "progress").exit()).isZero();
        assertThat(satlab(null, "results").exit()).isZero();
        assertThat(satlab("1+2\n", "repl").out()).contains("3");
        assertThat(satlab("q\n", "plain").out()).contains("score");
        assertThat(satlab(null, "completion", "bash").out()).contains("complete -F _complete_satlab");
        assertThat(satlab(null, "man").out()).startsWith(".TH SATLAB 1");
        for (String cmd : List.of("eval", "check", "serve", "plain")) {
            assertThat(satlab(null, cmd, "--version").out()).as(cmd).startsWith("satlab ");
        }
        // Data went where the README says, nothing beside the jar.
        assertThat(Files.isRegularFile(state.resolve("satlab/satlab.db"))).isTrue();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("satlab.jar");
        }
    }
}
