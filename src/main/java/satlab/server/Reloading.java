package satlab.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A parsed file, parsed again when its modification time changes. A changed file that others
 * could have written, or that does not parse, is refused and logged; the last good version stays.
 */
final class Reloading<T> {
    interface Loader<T> {
        T load(Path file) throws LabConfigException;
    }

    private final Path file;
    private final String what;
    private final Loader<T> loader;
    private final Consumer<T> onLoad;
    private final ServerLog log;
    private T value;
    private Object stamp;

    Reloading(Path file, String what, Loader<T> loader, Consumer<T> onLoad, ServerLog log) throws LabConfigException {
        this.file = file;
        this.what = what;
        this.loader = loader;
        this.onLoad = onLoad;
        this.log = log;
        this.stamp = modified();
        FileTrust.checkFile(file, what);
        this.value = loader.load(file);
        onLoad.accept(value);
    }

    synchronized T current() {
        Object now = modified();
        if (now != null && !now.equals(stamp)) {
            stamp = now;
            try {
                FileTrust.checkFile(file, what);
                value = loader.load(file);
                onLoad.accept(value);
                log.event("reloaded", file.toString());
            } catch (LabConfigException e) {
                log.event("warning", "not reloaded: " + e.getMessage() + " (still using the previous version)");
            }
        }
        return value;
    }

    /** Time, size and inode: a file swapped for another with the same time is still noticed. */
    private Object modified() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Arrays.asList(a.lastModifiedTime(), a.size(), a.fileKey());
        } catch (IOException e) {
            return null;
        }
    }
}
