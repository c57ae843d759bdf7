package satlab.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What every writer of a password file holds from reading the file to renaming the new one
 * into place: the lab server upgrading a hash at a login, and {@code satlab serve --passwd},
 * {@code --remove-user}, {@code --add-user} and {@code --add-users} run beside it. Without it
 * two of them reading the same file at once each write back their own change, and the
 * second rename undoes the first.
 *
 * <p>Between processes it is an operating-system lock ({@link FileChannel#lock}) on a file
 * beside the password file, {@code NAME.lock} (made 0600, never deleted: deleting it would
 * let a newcomer lock a fresh file while an older writer still holds the old one). Such a lock
 * belongs to the whole process, and on Linux closing any channel on the file drops it, even one
 * that never locked; so the writers inside one process first queue on a permit for the file.
 * Those permits are the one piece of static state here, because the lock they guard is the
 * process's too.
 */
final class PasswordFileLock implements AutoCloseable {

    /** How long a command-line writer waits for another to finish; a rewrite takes milliseconds. */
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final ConcurrentHashMap<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

    private final Semaphore permit;
    private final FileChannel channel;
    private final FileLock lock;

    private PasswordFileLock(Semaphore permit, FileChannel channel, FileLock lock) {
        this.permit = permit;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file beside {@code file}. */
    static Path lockFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Waits up to {@code wait} for the lock.
     *
     * @throws LabConfigException if another writer holds it all that time, or the lock file cannot be opened
     */
    static PasswordFileLock acquire(Path file, Duration wait) throws LabConfigException {
        long deadline = System.nanoTime() + wait.toNanos();
        PasswordFileLock held = take(file, wait, deadline);
        if (held == null) {
            throw new LabConfigException("the password file " + file + " is being changed by another satlab (it has held "
                    + lockFile(file) + " for " + wait.toSeconds() + "s); try again in a moment");
        }
        return held;
    }

    /** The lock if no other writer holds it now, else null: a login's hash upgrade waits for no one. */
    static PasswordFileLock tryAcquire(Path file) throws LabConfigException {
        return take(file, Duration.ZERO, System.nanoTime());
    }

    private static PasswordFileLock take(Path file, Duration wait, long deadline) throws LabConfigException {
        Path lockFile = lockFile(file);
        Semaphore permit = IN_PROCESS.computeIfAbsent(lockFile, k -> new Semaphore(1));
        try {
            if (!permit.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        FileChannel channel;
        try {
            channel = open(lockFile);
        } catch (IOException e) {
            permit.release();
            throw cannotLock(file, lockFile, e);
        }
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) return new PasswordFileLock(permit, channel, lock);
                if (System.nanoTime() >= deadline) break;
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException e) {
            closeQuietly(channel);
            permit.release();
            throw cannotLock(file, lockFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(channel);
        permit.release();
        return null;
    }

    private static LabConfigException cannotLock(Path file, Path lockFile, IOException e) {
        return new LabConfigException("cannot lock the password file " + file + " (through " + lockFile + "): "
                + PasswordFile.reason(e), e);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            // Cannot happen while the permit is held; treated as busy should it ever.
            return null;
        }
    }

    private static FileChannel open(Path lockFile) throws IOException {
        if (!Files.exists(lockFile) && Files.getFileStore(lockFile.getParent()).supportsFileAttributeView("posix")) {
            try {
                Files.createFile(lockFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another writer made it first: the same file
            }
        }
        return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            closeQuietly(channel);
            permit.release();
        }
    }
}
