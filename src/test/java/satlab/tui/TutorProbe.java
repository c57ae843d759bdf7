package satlab.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import satlab.lesson.CourseLoader;
import satlab.store.Store;

/**
 * Plays a course in the full-screen tutor on a virtual terminal, for the fuzz suite: every
 * step of every lesson is opened and drawn, quizzes are tabbed into and answered. The network
 * lab's heavy runs are never started (its executor drops them); its screens still draw.
 */
public final class TutorProbe {

    private TutorProbe() {}

    /** Drops what it is given: the probe checks screens, not the lab's long computations. */
    private static final class Dropping extends AbstractExecutorService {
        @Override public void shutdown() {}
        @Override public List<Runnable> shutdownNow() { return List.of(); }
        @Override public boolean isShutdown() { return false; }
        @Override public boolean isTerminated() { return false; }
        @Override public boolean awaitTermination(long t, TimeUnit u) { return true; }
        @Override public void execute(Runnable r) {}
    }

    /** Plays and returns the last screen's text; throws whatever the tutor throws. */
    public static String play(CourseLoader.LoadResult loaded, Store store, int columns, int rows, int steps)
            throws IOException {
        Lessons lessons = Lessons.of(loaded);
        Tutor tutor = new Tutor(lessons, store, new Session("fuzz", OptionalLong.of(1)), Theme.DEFAULT,
                () -> lessons, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), new Dropping());
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        AppState state = tutor.start(columns, rows);
        tutor.draw(screen, state, RefreshType.COMPLETE);
        Input[] keys = {Key.of(Key.Type.ENTER), Key.of(Key.Type.DOWN), Key.of(Key.Type.TAB), Key.of('1'),
            Key.of(Key.Type.ENTER), Key.of('y'), Key.of('?'), Key.of(Key.Type.ESC), Key.of(Key.Type.ESC),
            Key.of(Key.Type.RIGHT)};
        state = send(tutor, screen, state, Key.of(Key.Type.ESC));
        state = send(tutor, screen, state, Key.of(Key.Type.ENTER));
        for (int s = 0; s < steps; s++) {
            for (Input k : keys) {
                // Enter on a lab block would open it; the dropped executor keeps it idle.
                state = send(tutor, screen, state, k);
            }
        }
        terminal.setTerminalSize(new TerminalSize(37, 11));
        TerminalSize now = screen.doResizeIfNecessary();
        if (now != null) state = tutor.step(state, new Input.Resize(now.getColumns(), now.getRows()));
        tutor.draw(screen, state, RefreshType.COMPLETE);
        StringBuilder sb = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                sb.append(ch == null ? " " : ch.getCharacterString());
            }
            sb.append('\n');
        }
        screen.stopScreen();
        return sb.toString();
    }

    private static AppState send(Tutor tutor, TerminalScreen screen, AppState state, Input input) throws IOException {
        state = tutor.step(state, input);
        for (Input posted : tutor.posted()) state = tutor.step(state, posted);
        tutor.draw(screen, state, RefreshType.DELTA);
        return state;
    }
}
