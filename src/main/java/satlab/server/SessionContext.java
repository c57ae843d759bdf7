package satlab.server;

import java.util.Optional;

/** What a session's app may ask the server about its learner and its session. */
public interface SessionContext {

    /** The learner: the SSH user name, already authenticated. */
    String learner();

    /** The client's address, for messages and logs. */
    String remoteAddress();

    /**
     * What the client said about its terminal: TERM from the pty request, and LANG, LC_ALL,
     * LC_CTYPE, NO_COLOR, COLORTERM if it sent them (OpenSSH sends LANG and LC_* by default).
     */
    Optional<String> clientEnvironment(String name);

    /** Present once the session has been asked to stop; the terminal then reads EOF. */
    Optional<StopReason> stopReason();

    /**
     * Asks to be told when the server cut a paste of this session's (it keeps the first
     * {@code keptBytes} and throws the rest away unread), so the app can say so to the learner.
     */
    default void onPasteCut(PasteCut listener) {}

    interface PasteCut {
        void cut(long keptBytes, long droppedBytes);
    }
}
