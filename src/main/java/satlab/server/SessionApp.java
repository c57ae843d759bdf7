package satlab.server;

import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * What the lab server runs for each learner: the same full-screen code as the local tutor, on a
 * terminal that talks to the learner's SSH client.
 *
 * <p>The server calls {@link #run} on a thread of its own per session and ends the session when it
 * returns. When the session must stop (Ctrl-C, idle timeout, session time limit, server shutdown,
 * client gone) the terminal's {@code readInput()} returns a {@code KeyType.EOF} keystroke: the app
 * saves what it must and returns; {@link SessionContext#stopReason()} says why. Resize listeners
 * fire on a server thread, never the app's, so they must only record the new size or post an event.
 */
@FunctionalInterface
public interface SessionApp {

    void run(Terminal terminal, SessionContext context) throws IOException;
}
