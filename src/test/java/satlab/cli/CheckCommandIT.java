package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code satlab check} run from the jar in a directory that is not a satlab checkout. */
class CheckCommandIT {

    @TempDir Path elsewhere;

    private String[] check(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-jar",
                JarRunner.jar().toAbsolutePath().toString(), "check"));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String[] {String.valueOf(p.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8)};
    }

    @Test
    void withNoPathAndNoLessonsHereItChecksTheBundledCourseAndSaysSo() throws Exception {
        String[] r = check();
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[2]).contains("no lessons/ directory here, so checking the bundled course")
                .contains("satlab check my-lessons/").doesNotContain("no such file");
        assertThat(r[1]).matches("checked \\d+ lessons and the course index \\(course.md\\): 0 errors, 0 warnings\\n");
    }

    @Test
    void aFileNamedTwiceIsNotADuplicateOfItself() throws Exception {
        Files.writeString(elsewhere.resolve("a.md"), "---\nid: a\ntitle: A\n---\nText.\n");
        String[] r = check("a.md", "a.md", "./a.md");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).isEqualTo("checked 1 lesson: 0 errors, 0 warnings\n");
        assertThat(r[2]).isEmpty();
    }
}
