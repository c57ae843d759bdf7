package satlab.server;

/** Why the server ended a session; the text is what the learner reads after the tutor closes. */
public enum StopReason {
    INTERRUPTED("session ended (Ctrl-C)"),
    IDLE_TIMEOUT("session closed after being idle too long"),
    TIME_LIMIT("session reached the lab's time limit"),
    SERVER_SHUTDOWN("the lab server is shutting down"),
    OUTPUT_STALLED("the connection stopped reading the screen"),
    DISCONNECTED("client disconnected");

    private final String message;

    StopReason(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
