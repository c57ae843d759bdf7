package satlab.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import satlab.server.SessionApp;
import satlab.store.Store;
import satlab.tui.Lessons;
import satlab.tui.Session;
import satlab.tui.Theme;
import satlab.tui.Tutor;

/**
 * The full-screen tutor as the lab server's per-session app: every SSH session gets
 * its own {@link Tutor} on its own terminal, for the SSH user, sharing one store and
 * one course. ASCII and colour follow what the client sent (LANG/LC_*, NO_COLOR).
 * The tutor returns when the learner quits or when the server makes the terminal
 * read EOF (idle timeout, shutdown, client gone).
 */
public final class TutorSessions {

    private TutorSessions() {}

    /**
     * @param store      shared by every session (the store is thread-safe)
     * @param lessonsDir lessons to play, or null for the bundled course; read once here,
     *                   and again only when a learner presses R in the menu
     */
    public static SessionApp app(Store store, Path lessonsDir) {
        Lessons lessons = TutorLauncher.load(lessonsDir);
        return (terminal, context) -> {
            Theme theme = Theme.detect(name -> context.clientEnvironment(name).orElse(null), false, false);
            Session session = new Session(context.learner(), OptionalLong.empty());
            new Tutor(lessons, store, session, theme, () -> TutorLauncher.load(lessonsDir), Clock.systemUTC())
                    .run(terminal);
        };
    }
}
