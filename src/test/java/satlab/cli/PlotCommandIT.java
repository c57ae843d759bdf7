package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * `satlab plot` as a user runs it: the jar in a child JVM with only the locale
 * set, so the charset choice is the JVM's own (no -Dstdout.encoding here).
 */
class PlotCommandIT {

    private static String plot(String lang, String columns, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JarRunner.jar().toString(), "plot"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LANG", lang);
        if (columns == null) pb.environment().remove("COLUMNS");
        else pb.environment().put("COLUMNS", columns);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void theCLocaleGetsSevenBitAsciiAtEightyColumns() throws Exception {
        String out = plot("C", null);
        assertThat(out.chars().allMatch(c -> c < 128)).as(out).isTrue();
        assertThat(out).contains("* sigmoid(z)   o dsigmoid(z)", "-10", "0.25");
        assertThat(out.lines()).hasSize(24).allMatch(l -> l.length() < 80);
    }

    @Test
    void aUtf8LocaleGetsBrailleAndTheColumnsWidth() throws Exception {
        String out = plot("C.UTF-8", "100", "--mark", "10");
        assertThat(out).contains("┌", "z=10").containsPattern("[\\u2801-\\u28FF]");
        assertThat(out.lines()).allMatch(l -> l.length() < 100).anyMatch(l -> l.length() > 90);
    }
}
