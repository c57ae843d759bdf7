package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.lesson.Course;

/**
 * The whole tutor at one moment: the single immutable value {@link Update} maps to
 * the next one and {@link View} draws.
 *
 * @param stack     screens, the menu first and the visible one last
 * @param help      the help overlay is open
 * @param confirm   asking "quit with a half-typed answer?"
 * @param message   one line of feedback for the status bar ("answer saved"), "" for none
 * @param quit      the session should end
 */
public record AppState(int columns, int rows, Theme theme, Session session, Course course, Snapshot progress,
        List<Screen> stack, boolean help, boolean confirm, String message, boolean quit) {

    /** The design size is 80×24; below this the tutor asks for a bigger terminal. */
    public static final int MIN_COLUMNS = 60, MIN_ROWS = 18;

    public AppState {
        stack = List.copyOf(stack);
    }

    public static AppState start(int columns, int rows, Theme theme, Session session, Course course,
            Snapshot progress) {
        return new AppState(columns, rows, theme, session, course, progress,
                List.of(new Screen.Menu(0, List.of())), false, false, "", false);
    }

    public Screen top() {
        return stack.get(stack.size() - 1);
    }

    public boolean tooSmall() {
        return columns < MIN_COLUMNS || rows < MIN_ROWS;
    }

    public AppState withSize(int c, int r) {
        return new AppState(c, r, theme, session, course, progress, stack, help, confirm, message, quit);
    }

    public AppState withTop(Screen screen) {
        List<Screen> s = new ArrayList<>(stack);
        s.set(s.size() - 1, screen);
        return new AppState(columns, rows, theme, session, course, progress, s, help, confirm, message, quit);
    }

    public AppState push(Screen screen) {
        List<Screen> s = new ArrayList<>(stack);
        s.add(screen);
        return new AppState(columns, rows, theme, session, course, progress, s, help, confirm, message, quit);
    }

    /** Back one screen; the menu never pops. */
    public AppState pop() {
        if (stack.size() <= 1) return this;
        return new AppState(columns, rows, theme, session, course, progress, stack.subList(0, stack.size() - 1),
                help, confirm, message, quit);
    }

    public AppState withHelp(boolean h) {
        return new AppState(columns, rows, theme, session, course, progress, stack, h, confirm, message, quit);
    }

    public AppState withConfirm(boolean c) {
        return new AppState(columns, rows, theme, session, course, progress, stack, help, c, message, quit);
    }

    public AppState withMessage(String m) {
        return new AppState(columns, rows, theme, session, course, progress, stack, help, confirm, m, quit);
    }

    public AppState withQuit() {
        return new AppState(columns, rows, theme, session, course, progress, stack, help, false, message, true);
    }

    public AppState withProgress(Snapshot p) {
        return new AppState(columns, rows, theme, session, course, p, stack, help, confirm, message, quit);
    }

    public AppState withCourse(Course c, List<Screen> s) {
        return new AppState(columns, rows, theme, session, c, progress, s, help, confirm, message, quit);
    }
}
