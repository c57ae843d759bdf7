package satlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import satlab.store.SafeStore;
import satlab.store.SqliteStore;
import satlab.store.Store;
import satlab.store.StoreLocation;

/**
 * {@code --data DIR}: where the progress database lives. Every command that touches progress mixes
 * this in ({@code @Mixin DataOption data;}) and opens its store through it.
 */
public final class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the progress database satlab.db"
                    + " (default: $XDG_STATE_HOME/satlab, or ~/.local/state/satlab).")
    private Path dir;

    /** The database file this command uses. */
    public Path databaseFile() {
        return StoreLocation.databaseFile(
                Optional.ofNullable(dir), System.getenv("XDG_STATE_HOME"), System.getProperty("user.home"));
    }

    /**
     * For lessons (tutor, line mode, lab server): never fails. When the database cannot be used the
     * store keeps progress in memory and its status says why; show that to the learner.
     */
    public Store openForLessons() {
        return SafeStore.open(databaseFile());
    }

    /**
     * For reports and resets: the database, or {@link satlab.store.StoreException} with a message to
     * print. A database that does not exist yet is not created (an empty store stands in for it); one
     * this user cannot write, such as the lab server's, is opened read-only.
     */
    public Store openForReports() {
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new satlab.store.StoreException("--data " + dir + " is a file, not a directory: give the directory"
                    + " that holds satlab.db (the lab's --data)");
        }
        Path file = databaseFile();
        if (!Files.exists(file)) return SqliteStore.inMemory("there is no database at " + file + " yet");
        boolean writable = Files.isWritable(file) && Files.isWritable(file.toAbsolutePath().getParent());
        if (!writable) return SqliteStore.openReadOnly(file);
        try {
            return SqliteStore.open(file);
        } catch (satlab.store.StoreException e) {
            // A full disk has no room for SQLite's shared memory: read the file as it is instead.
            if (!StoreLocation.diskFull(file)) throw e;
            return SqliteStore.openReadOnly(file);
        }
    }
}
