package satlab.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns SQLite's error codes into sentences a learner or instructor can act on. */
final class Problems {

    static final String OTHER_DIR_HINT = "use --data DIR to keep progress in another directory";

    private Problems() {}

    /** "ACTION: what is wrong with FILE; what to do (SQLite said: ...)". */
    static StoreException explain(SQLException e, Path file, String action) {
        int primary = e instanceof SQLiteException se ? se.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        // An I/O error on a disk with next to no room left is the disk being full, not failing.
        if (primary == 10 && StoreLocation.diskFull(file)) primary = 13;
        String what = switch (primary) {
            case 13 -> "the disk holding " + file + " is full (" + StoreLocation.usableSpace(file) / 1024
                    + " KiB free); free some space or " + OTHER_DIR_HINT;
            case 3, 8 -> file + " cannot be written (read-only file, directory or file system); " + OTHER_DIR_HINT;
            case 14 -> "cannot open " + file + "; check that its directory exists and is writable, or " + OTHER_DIR_HINT;
            case 11, 26 -> file + " is damaged or is not a database; it was left as it is. Move it aside to start afresh, or "
                    + OTHER_DIR_HINT;
            case 5, 6 -> file + " stayed locked by another program for over " + SqliteStore.BUSY_TIMEOUT_MS / 1000
                    + " s; close other satlab sessions using it and retry";
            case 10 -> "input/output error on " + file + "; the disk may be failing or was removed";
            default -> "cannot use " + file;
        };
        return new StoreException(action + ": " + what + " (SQLite said: " + e.getMessage() + ")", e);
    }

    static boolean isCorruption(SQLException e) {
        int primary = e instanceof SQLiteException se ? se.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        return primary == 11 || primary == 26;
    }
}
