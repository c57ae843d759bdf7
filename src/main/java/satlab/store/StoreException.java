package satlab.store;

/**
 * The store could not do what was asked. The message is written for the person at the terminal:
 * what happened, to which file, and what they can do about it.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
