package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import satlab.store.SafeStore;

/**
 * Golden snapshots of whole screens, as ratatui's TestBackend asserts buffers: every
 * screen the tutor has, driven key by key on Lanterna's virtual terminal at 80×24 and
 * 60×18, in Unicode and ASCII, compared cell for cell with a text file a reviewer can
 * read in {@code src/test/resources/satlab/tui/snapshots/}.
 *
 * <p>When a change to a screen is intended, rewrite the files with
 * {@code mvn -o test -Dtest=ScreenSnapshotTest -Dsnapshots.update=true} and review the
 * diff. Every snapshot must also pass {@link #noSnapshotHasAWordCutByTheEdge}: the
 * painter reports any text cut inside a word, and no letter may touch the last column.
 */
class ScreenSnapshotTest {

    static final Path DIR = Path.of(System.getProperty("satlab.basedir", "."),
            "src/test/resources/satlab/tui/snapshots");
    static final Path LESSONS = DIR.resolve("lessons");
    static final boolean UPDATE = Boolean.getBoolean("snapshots.update");

    @TempDir Path data;

    record Size(int columns, int rows) {
        @Override
        public String toString() {
            return columns + "x" + rows;
        }
    }

    /** @param role whose tutor: LOCAL, or a learner of {@code satlab serve} */
    record Scene(String name, Consumer<Harness> keys, Path lessons, Role role) {
        Scene(String name, Consumer<Harness> keys) {
            this(name, keys, LESSONS);
        }

        Scene(String name, Consumer<Harness> keys, Path lessons) {
            this(name, keys, lessons, Role.LOCAL);
        }
    }

    /** A directory without lesson files (its README.md says why; the loader skips README.md). */
    static final Path NO_LESSONS = Path.of("src/test/resources/satlab/tui/snapshots/lessons-none");

    static final List<Size> SIZES = List.of(new Size(80, 24), new Size(60, 18));

    /** A step of the tour lesson: open it from the menu, then step right. */
    static Consumer<Harness> step(int rights) {
        return h -> h.press(Key.Type.ENTER).press(Key.Type.RIGHT, rights);
    }

    static Consumer<Harness> then(Consumer<Harness> first, Consumer<Harness> next) {
        return first.andThen(next);
    }

    static final String LONG = "1/(1+exp(-10)) + 0*(" + "1+2+3+4+5+6+7+8+9+".repeat(6) + "0) + 42";

    static final List<Scene> SCENES = List.of(
            new Scene("menu", h -> { }),
            // Relative, as an author types it: the problems name their files, and the snapshot must not name this machine's.
            new Scene("menu-problems", h -> { }, Path.of("src/test/resources/satlab/tui/snapshots/lessons-with-problems")),
            // A course index (course.md): its title in the bar, its description above the lessons.
            new Scene("menu-course", h -> { }, Path.of("src/test/resources/satlab/tui/snapshots/lessons-with-index")),
            // No lessons: a local author is told how to add or reload them; a learner of a lab server,
            // who can do neither (R is refused), to ask the instructor, and is not shown the server's problems.
            new Scene("menu-no-lessons", h -> { }, NO_LESSONS),
            new Scene("menu-no-lessons-served", h -> { }, NO_LESSONS, Role.LEARNER),
            new Scene("pager-prose", step(0)),
            new Scene("pager-plot", step(1)),
            new Scene("pager-neuron", then(step(2), h -> h.press(Key.Type.TAB))),
            new Scene("pager-labs", step(5)),
            new Scene("quiz-before", then(step(3), h -> h.press(Key.Type.TAB))),
            new Scene("quiz-hint", then(step(3), h -> h.press(Key.Type.TAB).type("?"))),
            // Choosing records nothing; Enter answers. A first wrong answer leaves a second attempt.
            new Scene("quiz-wrong", then(step(3), h -> h.press(Key.Type.TAB).type("n").press(Key.Type.ENTER)
                    .press(Key.Type.TAB).type("1").press(Key.Type.ENTER))),
            new Scene("quiz-missed", then(step(3), h -> h.press(Key.Type.TAB).type("n").press(Key.Type.ENTER)
                    .type("n").press(Key.Type.ENTER))),
            new Scene("quiz-right", then(step(3), h -> h.press(Key.Type.TAB).type("y").press(Key.Type.ENTER)
                    .press(Key.Type.TAB).type("2").press(Key.Type.ENTER))),
            new Scene("quiz-multi", then(step(4), h -> h.press(Key.Type.TAB).type("1"))),
            new Scene("quiz-number-typing", then(step(4), h -> h.press(Key.Type.TAB, 2).type("1/(1+exp(0)"))),
            new Scene("quiz-number-long", then(step(4), h -> h.press(Key.Type.TAB, 2).type(LONG))),
            new Scene("quiz-number-long-home", then(step(4), h -> h.press(Key.Type.TAB, 2).type(LONG)
                    .press(Key.Type.CTRL_A))),
            new Scene("quiz-number-invalid", then(step(4), h -> h.press(Key.Type.TAB, 2).type("abc")
                    .press(Key.Type.ENTER))),
            new Scene("quiz-number-after", then(step(4), h -> h.press(Key.Type.TAB, 2).type("0.25")
                    .press(Key.Type.ENTER))),
            new Scene("quit-confirm", then(step(4), h -> h.press(Key.Type.TAB, 2).type("0.2").press(Key.Type.CTRL_C))),
            new Scene("explorer-good", h -> h.type("e")),
            new Scene("explorer-bad", h -> h.type("e").type("1000, sqr(2)")),
            new Scene("explorer-two-errors", h -> h.type("e").type("1, 2, 3").press(Key.Type.TAB).type("1,,")),
            new Scene("explorer-tanh", h -> h.type("e").press(Key.Type.TAB, 3).press(Key.Type.CTRL_U).type("tanh")
                    .press(Key.Type.ESC)),
            new Scene("explorer-paste-past-the-limit", h -> h.type("e").type("1+".repeat(205))),
            new Scene("help", h -> h.type("?")),
            new Scene("help-end", h -> h.type("?").press(Key.Type.END)),
            new Scene("network-lab", then(step(5), h -> h.press(Key.Type.TAB).press(Key.Type.ENTER))),
            new Scene("race", then(step(5), h -> h.press(Key.Type.TAB, 2).press(Key.Type.ENTER).type("   "))),
            // A start picked on the curve: s, then down the slope to w = 0.5.
            new Scene("race-pick", then(step(5), h -> h.press(Key.Type.TAB, 2).press(Key.Type.ENTER).type("s")
                    .press(Key.Type.LEFT, 6))));

    @TestFactory
    Stream<DynamicTest> everyScreenMatchesItsSnapshot() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Scene scene : SCENES) {
            for (Size size : SIZES) {
                for (boolean ascii : new boolean[] {false, true}) {
                    String name = scene.name() + "-" + size + "-" + (ascii ? "ascii" : "unicode");
                    tests.add(DynamicTest.dynamicTest(name, () -> check(name, scene, size, ascii)));
                }
            }
        }
        for (boolean ascii : new boolean[] {false, true}) {
            String name = "too-small-59x17-" + (ascii ? "ascii" : "unicode");
            tests.add(DynamicTest.dynamicTest(name, () -> check(name, new Scene(name, h -> h.resize(59, 17)),
                    new Size(80, 24), ascii)));
        }
        return tests.stream();
    }

    private void check(String name, Scene scene, Size size, boolean ascii) throws IOException {
        Path dir = Files.createTempDirectory(data, name);
        try (Harness h = new Harness(SafeStore.open(dir.resolve("satlab.db")), new Theme(ascii, true), size.columns(),
                size.rows(), new Session("ada", java.util.OptionalLong.empty()), scene.lessons(), null, scene.role())) {
            scene.keys().accept(h);
            String shown = frame(name, h);
            assertThat(h.tutor.lastCutWords).as("text cut inside a word in " + name).isEmpty();
            Path file = DIR.resolve(name + ".txt");
            if (UPDATE || !Files.exists(file)) {
                Files.writeString(file, shown, StandardCharsets.UTF_8);
            }
            assertThat(shown).as(name + " (update with -Dsnapshots.update=true)")
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
        assertThat(dir).exists();
    }

    /** The screen in a frame, so the right edge shows, with where the cursor is. */
    static String frame(String name, Harness h) {
        List<String> lines = h.lines();
        int columns = h.terminal.getTerminalSize().getColumns();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(name).append(" (rewrite: mvn -o test -Dtest=ScreenSnapshotTest -Dsnapshots.update=true)\n");
        sb.append('+').append("-".repeat(columns)).append("+\n");
        for (String l : lines) {
            sb.append('|').append(l).append(" ".repeat(Math.max(0, columns - l.codePointCount(0, l.length()))))
                    .append("|\n");
        }
        sb.append('+').append("-".repeat(columns)).append("+\n");
        var cursor = h.screen.getCursorPosition();
        sb.append(cursor == null ? "cursor hidden\n"
                : "cursor at column " + cursor.getColumn() + ", row " + cursor.getRow() + "\n");
        return sb.toString();
    }

    @Test
    void noSnapshotHasAWordCutByTheEdge() throws IOException {
        List<String> cut = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    if (!l.startsWith("|") || !l.endsWith("|")) continue;
                    String row = l.substring(1, l.length() - 1);
                    int n = row.length();
                    if (n >= 2 && Character.isLetterOrDigit(row.charAt(n - 1))
                            && Character.isLetterOrDigit(row.charAt(n - 2))) {
                        cut.add(f.getFileName() + ":" + (i + 1) + ": " + row.strip());
                    }
                }
            }
        }
        assertThat(cut).as("lines whose last column is inside a word").isEmpty();
    }
}
