package satlab.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Learners' progress and answers: what the full-screen tutor, the line mode and the lab server read
 * and write.
 *
 * <p>Learners are plain names: the OS user when satlab runs locally, the SSH user on the lab server.
 * A learner exists once something was saved for them; reads for an unknown learner return nothing.
 *
 * <p>Implementations are thread-safe: the lab server calls one store from many sessions at once.
 * Methods throw {@link StoreException} (unchecked) when the database cannot be used; the store a
 * front end gets from {@link SafeStore#open} never throws it and instead keeps the learner's
 * progress in memory, saying so in {@link #status()}. Arguments that break the documented rules
 * (blank names, negative indexes) are programming errors and get {@link IllegalArgumentException}.
 */
public interface Store extends AutoCloseable {

    /** Whether progress reaches the disk; show {@link StoreStatus#message()} when it does not. */
    StoreStatus status();

    /** Shorthand for {@code status().saving()}. */
    default boolean isSaving() {
        return status().saving();
    }

    /**
     * A number that changes whenever the stored data may have changed, through this store or by
     * another process on the same file (a reset from {@code satlab progress}). Front ends compare
     * it before drawing and read the learner's records again when it moved. Cheap: no table is read.
     */
    long changes();

    /**
     * Remembers that the learner is on {@code step} (0-based) of a lesson of {@code stepCount} steps,
     * and that this lesson is the one to continue with ({@link #lastLesson}); keeps the furthest step
     * reached and when the lesson was first opened.
     */
    void savePosition(String learner, String lessonId, int step, int stepCount);

    /** Where the learner is in the lesson, if they opened it since their last reset. */
    Optional<Position> position(String learner, String lessonId);

    /** The lesson whose position the learner saved most recently: "continue where I left off". */
    Optional<String> lastLesson(String learner);

    /**
     * Records an answer. When {@link #isSaving()} is true the answer has been durably committed to
     * the database file by the time this returns, so the UI may then say it is saved.
     *
     * @return the answer as stored, with its id
     */
    Attempt recordAttempt(AttemptRecord attempt);

    /**
     * Every answer the learner gave in the lesson since their last reset, in the order given. The
     * learning model decides which of them count for the lesson as it is now.
     */
    List<Attempt> attempts(String learner, String lessonId);

    /** Records that the learner finished the lesson; finishing it again keeps the first time. */
    void markCompleted(String learner, String lessonId);

    /** The lessons the learner finished since their last reset. */
    Set<String> completedLessons(String learner);

    /**
     * Starts one lesson ({@code lessonId} present) or all lessons afresh for the learner: forgets the
     * position and completion and stops counting earlier answers. The answers themselves are kept,
     * marked as reset, so instructors still see them in the results. If the reset lesson was the
     * {@link #lastLesson}, the most recently saved lesson left takes its place.
     */
    void reset(String learner, Optional<String> lessonId);

    /** Every lesson the learner has a position, a completion or an answer (not reset) in, by lesson id. */
    List<LessonProgress> progress(String learner);

    /** Every learner the store knows, by name. */
    List<String> learners();

    /**
     * Every answer of every learner, including reset ones, for instructors; optionally only one
     * lesson's. Ordered by learner, lesson, then the order they were given.
     */
    List<Attempt> history(Optional<String> lessonId);

    /** Releases the database; further calls fail. */
    @Override
    void close();
}
