package satlab.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The store front ends use: it never stops a lesson because of the disk.
 *
 * <p>It works on the database file while it can. When the file cannot be opened (read-only
 * directory, damaged file, a newer satlab's file) or a later write fails (full disk), it carries on
 * in memory: progress saved so far is copied over when it can still be read, the failed call is
 * repeated there, and {@link #status()} says from then on "progress is not being saved: REASON".
 * A front end shows that message whenever {@link #isSaving()} is false, and says "saved" after an
 * answer only when it is true.
 */
public final class SafeStore implements Store {

    private final Path file;
    private Store current;

    private SafeStore(Path file, Store current) {
        this.file = file;
        this.current = current;
    }

    /** Opens the database at {@code file}, or an in-memory store saying why it could not. */
    public static SafeStore open(Path file) {
        try {
            return new SafeStore(file, SqliteStore.open(file));
        } catch (StoreException e) {
            return new SafeStore(file, SqliteStore.inMemory(e.getMessage()));
        }
    }

    /** Wraps a store already opened on {@code file}; tests use it with a store whose "disk" is small. */
    static SafeStore over(Path file, SqliteStore opened) {
        return new SafeStore(file, opened);
    }

    private synchronized <T> T call(Function<Store, T> operation) {
        try {
            return operation.apply(current);
        } catch (StoreException e) {
            if (!current.isSaving()) throw e; // already in memory: nothing left to fall back to
            fallBack(e);
            return operation.apply(current);
        }
    }

    private void run(Consumer<Store> operation) {
        call(s -> {
            operation.accept(s);
            return null;
        });
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
        return call(s -> s.recordAttempt(attempt));
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
