package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import satlab.lab.LabMessage;
import satlab.learn.CourseStanding;
import satlab.lesson.Course;
import satlab.lesson.Lesson;

/**
 * What the live lab does to a session's state ({@link Update} hands it every {@link LabInput}):
 * the console's readings go to the console; a broadcast covers the learner's screen; a reload
 * keeps every learner where they were (same lesson, step clamped); a reset starts the lesson
 * again on screen as it already has in the store.
 */
final class LabUpdate {

    private LabUpdate() {}

    static Update.Transition on(AppState s, LabInput input, Role role) {
        if (input instanceof LabInput.Message m) return message(s, m.message(), role);
        if (input instanceof LabInput.Tick) {
            if (!(s.top() instanceof Screen.ConsoleScreen c)) return Update.Transition.of(s);
            String following = c.console().mode() == Console.Mode.FOLLOW ? c.console().selected() : null;
            return new Update.Transition(s, List.of(new Effect.Console(new ConsoleAction.ReadRoster(following))));
        }
        // A reading for the console: wherever it is in the stack (the instructor may be in the tutor).
        List<Screen> stack = new ArrayList<>(s.stack());
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i) instanceof Screen.ConsoleScreen c) {
                Step<Console> step = c.console().on(input);
                stack.set(i, new Screen.ConsoleScreen(step.model()));
                AppState next = s.withCourse(s.course(), stack);
                if (i < stack.size() - 1 && input instanceof LabInput.Done d) next = next.withMessage(d.message());
                return new Update.Transition(next, step.effects());
            }
        }
        return Update.Transition.of(input instanceof LabInput.Done d ? s.withMessage(d.message()) : s);
    }

    private static Update.Transition message(AppState s, LabMessage m, Role role) {
        if (m instanceof LabMessage.Broadcast b) {
            Overlay o = s.overlay() instanceof Overlay.Broadcast shown ? shown.and(b.from(), b.text())
                    : new Overlay.Broadcast(b.from(), List.of(b.text()));
            return Update.Transition.of(s.withOverlay(o));
        }
        if (m instanceof LabMessage.CourseChanged cc) return courseChanged(s, cc.course(), role);
        if (m instanceof LabMessage.Reset r) return reset(s, r.lessonId());
        return Update.Transition.of(s); // Followed: the tutor publishes its frames; nothing changes on screen
    }

    /**
     * The lessons every session plays were reloaded: each screen keeps its lesson by id (at the
     * same step, or the last one if the lesson got shorter); a lesson that is gone takes the
     * learner back to the menu. The learner's standing is then read again for the new course.
     */
    static Update.Transition courseChanged(AppState s, Course next, Role role) {
        Course old = s.course();
        List<Screen> out = new ArrayList<>();
        String message = role == Role.INSTRUCTOR ? "the lessons were reloaded for everyone"
                : "your instructor updated the lessons";
        for (Screen screen : s.stack()) {
            if (screen instanceof Screen.Menu menu) {
                int at = menu.selected() < old.size() ? next.indexOf(old.lessons().get(menu.selected()).id()) : -1;
                int sel = Math.max(0, Math.min(at < 0 ? menu.selected() : at, Math.max(0, next.size() - 1)));
                out.add(new Screen.Menu(sel, menu.lint()));
                continue;
            }
            if (screen instanceof Screen.Pager p) {
                Lesson was = p.lesson() < old.size() ? old.lessons().get(p.lesson()) : null;
                int at = was == null ? -1 : next.indexOf(was.id());
                if (at < 0) {
                    message = "your instructor took away the lesson you were in; pick another from the menu";
                    break;
                }
                Lesson now = next.lessons().get(at);
                int step = Math.max(0, Math.min(p.step(), now.steps().size() - 1));
                boolean same = now.version().equals(was.version()) && step == p.step();
                out.add(new Screen.Pager(at, step, same ? p.scroll() : 0, same ? p.focus() : -1, p.quizzes()));
                continue;
            }
            // Missed quizzes asked again belong to the old lessons: the review ends, the menu shows.
            if (screen instanceof Screen.Review) break;
            out.add(screen);
        }
        return new Update.Transition(s.withCourse(next, out).withMessage(message), List.of(new Effect.Refresh()));
    }

    /** The instructor reset one of the learner's lessons: the store already has; the screen starts it again. */
    private static Update.Transition reset(AppState s, String lessonId) {
        int index = s.course().indexOf(lessonId);
        if (index < 0) return Update.Transition.of(s);
        Lesson lesson = s.course().lessons().get(index);
        List<Screen> out = new ArrayList<>();
        List<Effect> effects = new ArrayList<>();
        for (Screen screen : s.stack()) {
            if (screen instanceof Screen.Pager p && p.lesson() == index) {
                out.add(new Screen.Pager(index, 0, 0, -1, p.quizzes()));
                if (effects.isEmpty()) effects.add(new Effect.SavePosition(lessonId, 0, lesson.steps().size()));
            } else {
                out.add(screen);
            }
        }
        String message = "your instructor started " + CourseStanding.quoted(lesson.title()) + " afresh for you";
        return new Update.Transition(s.withCourse(s.course(), out).withMessage(message), effects);
    }

    /** Directories in a message (a server's paths) cut down to the file's name. */
    private static final Pattern DIRECTORIES = Pattern.compile("(?<![\\w.~-])(?:[A-Za-z]:)?(?:[/\\\\][^/\\\\\\s:'\"]+)+[/\\\\]");

    static String withoutPaths(String message) {
        return DIRECTORIES.matcher(message).replaceAll("");
    }
}
