package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.lesson.Course;

/**
 * The whole tutor at one moment: the single immutable value {@link Update} maps to
 * the next one and {@link View} draws.
 *
 * @param role      whose tutor this is: a learner of a lab server cannot reload the lessons, so
 *                  what the screens suggest depends on it
 * @param stack     screens, the menu first and the visible one last
 * @param overlay   what covers the screen: nothing, the help, or "quit with a half-typed answer?"
 * @param viewport  what the last frame measured (scroll limits), so update never lays a page out
 * @param message   one line of feedback for the status bar ("answer saved"), "" for none
 * @param quit      the session should end
 */
public record AppState(int columns, int rows, Theme theme, Session session, Role role, Course course, Snapshot progress,
        List<Screen> stack, Overlay overlay, Viewport viewport, String message, boolean quit) {

    /** The design size is 80×24; below this the tutor asks for a bigger terminal. */
    public static final int MIN_COLUMNS = 60, MIN_ROWS = 18;

    public AppState {
        stack = List.copyOf(stack);
    }

    public static AppState start(int columns, int rows, Theme theme, Session session, Course course,
            Snapshot progress) {
        return start(columns, rows, theme, session, Role.LOCAL, course, progress);
    }

    public static AppState start(int columns, int rows, Theme theme, Session session, Role role, Course course,
            Snapshot progress) {
        return new AppState(columns, rows, theme, session, role, course, progress,
                List.of(new Screen.Menu(0, List.of())), Overlay.NONE, Viewport.UNKNOWN, "", false);
    }

    public Screen top() {
        return stack.get(stack.size() - 1);
    }

    public boolean tooSmall() {
        return columns < MIN_COLUMNS || rows < MIN_ROWS;
    }

    public AppState withSize(int c, int r) {
        return new AppState(c, r, theme, session, role, course, progress, stack, overlay, viewport, message, quit);
    }

    public AppState withTop(Screen screen) {
        List<Screen> s = new ArrayList<>(stack);
        s.set(s.size() - 1, screen);
        return new AppState(columns, rows, theme, session, role, course, progress, s, overlay, viewport, message, quit);
    }

    public AppState push(Screen screen) {
        List<Screen> s = new ArrayList<>(stack);
        s.add(screen);
        return new AppState(columns, rows, theme, session, role, course, progress, s, overlay, viewport, message, quit);
    }

    /** Back one screen; the menu never pops. */
    public AppState pop() {
        if (stack.size() <= 1) return this;
        return new AppState(columns, rows, theme, session, role, course, progress, stack.subList(0, stack.size() - 1),
                overlay, viewport, message, quit);
    }

    public AppState withOverlay(Overlay o) {
        return new AppState(columns, rows, theme, session, role, course, progress, stack, o, viewport, message, quit);
    }

    public AppState withViewport(Viewport v) {
        return new AppState(columns, rows, theme, session, role, course, progress, stack, overlay, v, message, quit);
    }

    public boolean help() {
        return overlay instanceof Overlay.Help;
    }

    public AppState withMessage(String m) {
        return new AppState(columns, rows, theme, session, role, course, progress, stack, overlay, viewport, m, quit);
    }

    public AppState withQuit() {
        return new AppState(columns, rows, theme, session, role, course, progress, stack, overlay, viewport, message, true);
    }

    public AppState withProgress(Snapshot p) {
        return new AppState(columns, rows, theme, session, role, course, p, stack, overlay, viewport, message, quit);
    }

    public AppState withCourse(Course c, List<Screen> s) {
        return new AppState(columns, rows, theme, session, role, c, progress, s, overlay, viewport, message, quit);
    }
}
