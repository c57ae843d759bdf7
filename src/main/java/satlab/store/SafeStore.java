package satlab.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The store front ends use: it never stops a lesson because of the disk.
 *
 * <p>It works on the database file while it can. When the file cannot be opened (read-only
 * directory, damaged file, a newer satlab's file) or a later write fails (full disk), it carries on
 * in memory: progress saved so far is copied over when it can still be read, the failed call is
 * repeated there, and {@link #status()} says from then on "progress is not being saved: REASON".
 * A front end shows that message whenever {@link #isSaving()} is false, and says "saved" after an
 * answer only when it is true.
 *
 * <p>After a write failed, it tries the disk again at most every {@link #RETRY_NANOS} (on the next
 * call after that): it reopens the file and replays there, in order, the changes kept in memory
 * since, then goes back to saving. The optional {@link Faults} listener hears when saving failed
 * and when it came back, so a lab server can tell its instructor.
 */
public final class SafeStore implements Store {

    /** Hears about the disk: the lab server logs these. */
    public interface Faults {
        void savingFailed(String reason);

        void savingRecovered(int changesReplayed);
    }

    static final long RETRY_NANOS = 30_000_000_000L;
    /** Changes kept for a replay; a longer outage keeps the lesson going but cannot save those beyond it. */
    static final int MAX_REPLAY = 100_000;

    private final Path file;
    private final Faults faults;
    private final LongSupplier clock;
    private final Supplier<SqliteStore> reopen;
    private Store current;
    private final ArrayDeque<Consumer<Store>> unsaved = new ArrayDeque<>();
    private boolean retrying;
    private boolean replayIncomplete;
    private long nextRetryNanos;

    private SafeStore(Path file, Store current, Faults faults, LongSupplier clock, Supplier<SqliteStore> reopen) {
        this.file = file;
        this.current = current;
        this.faults = faults;
        this.clock = clock;
        this.reopen = reopen;
    }

    /** Opens the database at {@code file}, or an in-memory store saying why it could not. */
    public static SafeStore open(Path file) {
        return open(file, null);
    }

    /** As {@link #open(Path)}, telling {@code faults} (may be null) when saving fails and recovers. */
    public static SafeStore open(Path file, Faults faults) {
        Supplier<SqliteStore> reopen = () -> SqliteStore.open(file);
        try {
            return new SafeStore(file, SqliteStore.open(file), faults, System::nanoTime, reopen);
        } catch (StoreException e) {
            return new SafeStore(file, SqliteStore.inMemory(e.getMessage()), faults, System::nanoTime, reopen);
        }
    }

    /** Wraps a store already opened on {@code file}; tests use it with a store whose "disk" is small. */
    static SafeStore over(Path file, SqliteStore opened) {
        return new SafeStore(file, opened, null, System::nanoTime, () -> SqliteStore.open(file));
    }

    /** As above, with the clock that paces retries and how the disk is opened again. */
    static SafeStore over(Path file, SqliteStore opened, Faults faults, LongSupplier clock, Supplier<SqliteStore> reopen) {
        return new SafeStore(file, opened, faults, clock, reopen);
    }

    private synchronized <T> T call(Function<Store, T> operation) {
        if (retrying && clock.getAsLong() - nextRetryNanos >= 0) retry();
        try {
            return operation.apply(current);
        } catch (StoreException e) {
            if (!current.isSaving()) throw e; // already in memory: nothing left to fall back to
            fallBack(e);
            return operation.apply(current);
        }
    }

    /** A change: while in memory after a failed write, it is also kept for replaying on the disk. */
    private synchronized <T> T change(Function<Store, T> operation) {
        T result = call(operation);
        if (retrying) {
            if (unsaved.size() < MAX_REPLAY) {
                unsaved.add(operation::apply);
            } else {
                replayIncomplete = true;
            }
        }
        return result;
    }

    private void run(Consumer<Store> operation) {
        change(s -> {
            operation.accept(s);
            return null;
        });
    }

    private void retry() {
        nextRetryNanos = clock.getAsLong() + RETRY_NANOS;
        SqliteStore disk;
        try {
            disk = reopen.get();
        } catch (StoreException stillFailing) {
            return;
        }
        int replayed = 0;
        try {
            while (!unsaved.isEmpty()) {
                unsaved.peek().accept(disk);
                unsaved.poll(); // only once it is on disk: a later retry must not write it twice
                replayed++;
            }
        } catch (StoreException stillFailing) {
            disk.close();
            return;
        }
        if (replayIncomplete) {
            disk.close();
            return; // the memory holds changes the replay lost: staying in memory keeps them for this run
        }
        current.close();
        current = disk;
        retrying = false;
        if (faults != null) faults.savingRecovered(replayed);
    }

    private void fallBack(StoreException failure) {
        SqliteStore memory = SqliteStore.inMemory(failure.getMessage());
        try {
            memory.copyFrom(file);
        } catch (StoreException unreadable) {
            memory.close();
            memory = SqliteStore.inMemory(failure.getMessage() + "; earlier progress could not be read back either");
        }
        current.close();
        current = memory;
        retrying = true;
        nextRetryNanos = clock.getAsLong() + RETRY_NANOS;
        if (faults != null) faults.savingFailed(failure.getMessage());
    }

    @Override
    public synchronized StoreStatus status() {
        return current.status();
    }

    @Override
    public long changes() {
        return call(Store::changes);
    }

    @Override
    public void savePosition(String learner, String lessonId, int step, int stepCount) {
        run(s -> s.savePosition(learner, lessonId, step, stepCount));
    }

    @Override
    public Optional<Position> position(String learner, String lessonId) {
        return call(s -> s.position(learner, lessonId));
    }

    @Override
    public Optional<String> lastLesson(String learner) {
        return call(s -> s.lastLesson(learner));
    }

    @Override
    public Attempt recordAttempt(AttemptRecord attempt) {
        return change(s -> s.recordAttempt(attempt));
    }

    @Override
    public List<Attempt> attempts(String learner, String lessonId) {
        return call(s -> s.attempts(learner, lessonId));
    }

    @Override
    public void markCompleted(String learner, String lessonId) {
        run(s -> s.markCompleted(learner, lessonId));
    }

    @Override
    public Set<String> completedLessons(String learner) {
        return call(s -> s.completedLessons(learner));
    }

    @Override
    public void reset(String learner, Optional<String> lessonId) {
        run(s -> s.reset(learner, lessonId));
    }

    @Override
    public List<LessonProgress> progress(String learner) {
        return call(s -> s.progress(learner));
    }

    @Override
    public List<String> learners() {
        return call(Store::learners);
    }

    @Override
    public List<Attempt> history(Optional<String> lessonId) {
        return call(s -> s.history(lessonId));
    }

    @Override
    public synchronized void close() {
        current.close();
    }
}
