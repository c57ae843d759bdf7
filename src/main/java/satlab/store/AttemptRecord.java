package satlab.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One answer a learner gave to one quiz, as the caller hands it to {@link Store#recordAttempt}.
 *
 * <p>A quiz is identified by {@code (lessonId, quizIndex, fingerprint)}: the fingerprint is computed
 * by the caller from the quiz text (see {@link Fingerprint#of}), so when a lesson author edits a quiz
 * its old answers no longer count for the new text.
 *
 * @param learner who answered (the OS user locally, the SSH user on the lab server)
 * @param lessonId the lesson holding the quiz
 * @param quizIndex the 0-based position of the quiz within its lesson
 * @param fingerprint a digest of the quiz text
 * @param seed the seed the quiz's numbers were drawn with, so an instructor can reproduce them
 * @param answer the answer exactly as the learner typed it
 * @param correct whether it was judged right
 * @param answeredAt when it was given; kept to the millisecond
 */
public record AttemptRecord(
        String learner,
        String lessonId,
        int quizIndex,
        String fingerprint,
        long seed,
        String answer,
        boolean correct,
        Instant answeredAt) {

    public AttemptRecord {
        Names.requireLearner(learner);
        Names.requireLessonId(lessonId);
        if (quizIndex < 0) throw new IllegalArgumentException("quizIndex must be >= 0, got " + quizIndex);
        if (fingerprint == null || fingerprint.isBlank()) throw new IllegalArgumentException("fingerprint is required");
        if (answer == null) throw new IllegalArgumentException("answer is required (use \"\" for an empty answer)");
        if (answeredAt == null) throw new IllegalArgumentException("answeredAt is required");
        answeredAt = answeredAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
