package satlab.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import satlab.lesson.CourseLoader;
import satlab.store.SafeStore;
import satlab.store.Store;

/**
 * Drives the tutor the way the tests need: inputs go through {@link Tutor#step}
 * (update plus the real store), frames are drawn on Lanterna's virtual terminal and
 * read back as text. No threads, no blocking reads.
 */
final class Harness implements AutoCloseable {

    static final Path LESSONS = resource("lessons");

    final Store store;
    final Tutor tutor;
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    AppState state;

    Harness(Path dataDir, Theme theme, int columns, int rows) {
        this(SafeStore.open(dataDir.resolve("satlab.db")), theme, columns, rows, "ada");
    }

    Harness(Store store, Theme theme, int columns, int rows, String learner) {
        this(store, theme, columns, rows, learner, LESSONS);
    }

    Harness(Store store, Theme theme, int columns, int rows, String learner, Path lessonDir) {
        this(store, theme, columns, rows, learner, lessonDir, null);
    }

    /** @param labExecutor runs the network lab's heavy experiments; tests pass one they run by hand */
    Harness(Store store, Theme theme, int columns, int rows, String learner, Path lessonDir,
            java.util.concurrent.ExecutorService labExecutor) {
        this(store, theme, columns, rows, new Session(learner, OptionalLong.empty()), lessonDir, labExecutor);
    }

    /** As above with a whole session: a {@code --seed} draws the quizzes' numbers instead of the name. */
    Harness(Store store, Theme theme, int columns, int rows, Session session, Path lessonDir,
            java.util.concurrent.ExecutorService labExecutor) {
        this(store, theme, columns, rows, session, lessonDir, labExecutor, Role.LOCAL);
    }

    /**
     * @param role LOCAL for a tutor of its own; otherwise the tutor joins a lab serving the lessons
     *             as {@code satlab serve} joins it, before its first frame
     */
    Harness(Store store, Theme theme, int columns, int rows, Session session, Path lessonDir,
            java.util.concurrent.ExecutorService labExecutor, Role role) {
        this.store = store;
        Lessons lessons = Lessons.of(CourseLoader.load(lessonDir));
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        this.tutor = new Tutor(lessons, store, session, theme,
                () -> Lessons.of(CourseLoader.load(lessonDir)), clock, labExecutor);
        if (role != Role.LOCAL) {
            tutor.joinLab(new satlab.lab.Lab(clock, lessons.course(), () -> CourseLoader.load(lessonDir)), role,
                    Console.DEFAULT_STUCK_AFTER);
        }
        this.terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        try {
            this.screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.state = tutor.start(columns, rows);
        draw(RefreshType.COMPLETE);
    }

    static Path resource(String name) {
        try {
            return Path.of(Harness.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Harness send(Input input) {
        state = tutor.step(state, input);
        for (Input posted : tutor.posted()) state = tutor.step(state, posted);
        draw(RefreshType.DELTA);
        return this;
    }

    /** Takes what other threads (the lab's executor) posted, as the event loop would. */
    Harness deliver() {
        for (Input posted : tutor.posted()) state = tutor.step(state, posted);
        draw(RefreshType.DELTA);
        return this;
    }

    Harness press(Key.Type type) {
        return send(Key.of(type));
    }

    Harness press(Key.Type type, int times) {
        for (int i = 0; i < times; i++) press(type);
        return this;
    }

    /** Each character as a key press. */
    Harness type(String text) {
        for (char c : text.toCharArray()) send(Key.of(c));
        return this;
    }

    Harness resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        TerminalSize now = screen.doResizeIfNecessary();
        state = tutor.step(state, new Input.Resize(now.getColumns(), now.getRows()));
        draw(RefreshType.COMPLETE);
        return this;
    }

    private void draw(RefreshType type) {
        try {
            state = tutor.draw(screen, state, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lines() {
        return lines(terminal);
    }

    /** What a virtual terminal shows, a line a row, trailing blanks cut. */
    static List<String> lines(com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal terminal) {
        TerminalSize size = terminal.getTerminalSize();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                sb.append(ch == null ? " " : ch.getCharacterString());
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    String text() {
        return String.join("\n", lines());
    }

    List<TextCharacter> cells() {
        TerminalSize size = terminal.getTerminalSize();
        List<TextCharacter> out = new ArrayList<>();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) out.add(terminal.getCharacter(c, r));
        }
        return out;
    }

    @Override
    public void close() {
        store.close();
    }
}
