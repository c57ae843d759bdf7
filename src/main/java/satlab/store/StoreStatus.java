package satlab.store;

import java.nio.file.Path;

/**
 * Whether progress is being written to disk, in words a learner can be shown as is.
 *
 * @param saving true when every answer is committed to the database file before the store returns
 * @param message "progress is saved in FILE" or "progress is not being saved: REASON"
 */
public record StoreStatus(boolean saving, String message) {

    static StoreStatus savingTo(Path file) {
        return new StoreStatus(true, "progress is saved in " + file);
    }

    static StoreStatus notSaving(String reason) {
        return new StoreStatus(false, "progress is not being saved: " + reason);
    }
}
