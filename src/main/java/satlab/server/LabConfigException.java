package satlab.server;

/** A setup problem the instructor must fix (bad file, bad option); the message says what and where. */
public final class LabConfigException extends Exception {
    public LabConfigException(String message) {
        super(message);
    }

    public LabConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
