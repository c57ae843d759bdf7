package satlab.store;

import java.nio.file.Path;
import java.util.Optional;

/** Where the progress database lives. */
public final class StoreLocation {

    /** The database's file name inside the data directory. */
    public static final String FILE_NAME = "satlab.db";

    private StoreLocation() {}

    /**
     * The database file: {@code DIR/satlab.db} for {@code --data DIR}; otherwise
     * {@code $XDG_STATE_HOME/satlab/satlab.db}, or {@code ~/.local/state/satlab/satlab.db} when that
     * variable is unset, empty or relative (the XDG Base Directory spec says to ignore relative ones).
     *
     * @param dataDir the {@code --data} directory, if given
     * @param xdgStateHome the value of {@code XDG_STATE_HOME}, or null
     * @param userHome the user's home directory
     */
    public static Path databaseFile(Optional<Path> dataDir, String xdgStateHome, String userHome) {
        if (dataDir.isPresent()) return dataDir.get().resolve(FILE_NAME);
        Path state = xdgStateHome != null && !xdgStateHome.isEmpty() && Path.of(xdgStateHome).isAbsolute()
                ? Path.of(xdgStateHome)
                : Path.of(userHome, ".local", "state");
        return state.resolve("satlab").resolve(FILE_NAME);
    }
}
