package satlab.server;

import java.util.Optional;

/** What a session's app may ask the server about its learner and its session. */
public interface SessionContext {

    /** The learner: the SSH user name, already authenticated. */
    String learner();

    /** The client's address, for messages and logs. */
    String remoteAddress();

    /** The client's locale variables (LANG, LC_ALL, LC_CTYPE) or colour preference (NO_COLOR), if it sent them. */
    Optional<String> clientEnvironment(String name);

    /** Present once the session has been asked to stop; the terminal then reads EOF. */
    Optional<StopReason> stopReason();
}
