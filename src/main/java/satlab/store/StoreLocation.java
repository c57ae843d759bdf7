package satlab.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/** Where the progress database lives, and keeping it private to its owner. */
public final class StoreLocation {

    /** The database's file name inside the data directory. */
    public static final String FILE_NAME = "satlab.db";

    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

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

    /**
     * Creates {@code dir} and any missing parents with mode 0700 (as the XDG spec asks of state
     * directories): progress, host keys and password hashes are nobody else's business, and a
     * directory others can write lets them replace those files. Existing directories are left as
     * they are.
     */
    public static void createPrivateDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) missing.push(p);
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            try {
                if (posix(p)) {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PRIVATE_DIR));
                    Files.setPosixFilePermissions(p, PRIVATE_DIR); // the umask may have taken bits away, never added
                } else {
                    Files.createDirectory(p);
                }
            } catch (FileAlreadyExistsException raced) {
                // another process made it meanwhile
            }
        }
    }

    /**
     * Creates the database file empty with mode 0600 before SQLite first opens it (SQLite gives its
     * -wal and -shm files the database file's mode), and takes group and other access away from an
     * existing database and its -wal and -shm files that this account owns.
     */
    public static void makePrivate(Path databaseFile) throws IOException {
        if (!posix(databaseFile)) return;
        try {
            Files.createFile(databaseFile, PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
        } catch (FileAlreadyExistsException existing) {
            // tightened below
        }
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = Path.of(databaseFile + suffix);
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) continue;
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS);
            if (!perms.equals(PRIVATE_FILE) && perms.containsAll(PRIVATE_FILE)
                    && Files.getOwner(f).getName().equals(System.getProperty("user.name"))) {
                Files.setPosixFilePermissions(f, PRIVATE_FILE);
            }
        }
    }

    private static boolean posix(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) p = p.getParent();
        return p != null && Files.getFileStore(p).supportsFileAttributeView("posix");
    }

    /** Below this much room SQLite cannot map its shared memory or grow its log: the disk is full for it. */
    static final long FULL_BELOW_BYTES = 1L << 20;

    /**
     * The usable bytes on the disk that holds {@code file} (or its nearest existing directory),
     * or -1 when that cannot be told.
     */
    public static long usableSpace(Path file) {
        for (Path p = file.toAbsolutePath(); p != null; p = p.getParent()) {
            if (!Files.exists(p)) continue;
            try {
                return Files.getFileStore(p).getUsableSpace();
            } catch (IOException e) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the disk holding {@code file} is too full for SQLite to write (a full disk, not a failing one). */
    public static boolean diskFull(Path file) {
        long free = usableSpace(file);
        return free >= 0 && free < FULL_BELOW_BYTES;
    }
}
