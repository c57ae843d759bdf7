package satlab.plot;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares text with a golden file under src/test/resources/plot/. A difference
 * fails with a line-by-line diff. Run with -Dsatlab.updateGolden=true to rewrite
 * the files instead (then read them by eye before committing).
 */
final class Golden {
    private Golden() {}

    static void check(String name, String actual) {
        if (Boolean.getBoolean("satlab.updateGolden")) {
            write(name, actual);
            return;
        }
        String expected = read(name);
        if (expected == null) {
            fail("golden file plot/" + name + " is missing; run the test with -Dsatlab.updateGolden=true to create it"
                    + " and check it by eye. Actual output:\n" + actual);
        }
        if (!expected.equals(actual)) {
            fail("output differs from golden file plot/" + name + " (- expected, + actual):\n" + diff(expected, actual));
        }
    }

    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String x = i < e.size() ? e.get(i) : null;
            String y = i < a.size() ? a.get(i) : null;
            if (x != null && x.equals(y)) {
                out.append(String.format("%3d   %s%n", i + 1, x));
                continue;
            }
            if (x != null) out.append(String.format("%3d - %s%n", i + 1, x));
            if (y != null) out.append(String.format("%3d + %s%n", i + 1, y));
        }
        if (!expected.endsWith("\n") || !actual.endsWith("\n")) out.append("(line endings differ at the end)\n");
        return out.toString();
    }

    private static String read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/plot/" + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String name, String text) {
        Path dir = Path.of(System.getProperty("satlab.basedir", "."), "src", "test", "resources", "plot");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
