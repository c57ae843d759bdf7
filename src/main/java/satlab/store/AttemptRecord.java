package satlab.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer a learner gave to one quiz, with everything needed to see later exactly what was asked
 * and answered. The learning model ({@code satlab.learn}) builds these; the store only keeps them.
 *
 * <p>A quiz is identified by {@code (lessonId, quizId)} and an answer counts only for the
 * {@code quizVersion} it was given to, so an edited quiz starts unanswered while its old answers stay
 * in the history. Answers saved before quizzes had identities have an empty {@code quizId} and the
 * old {@code fingerprint} (a hash of the quiz's text), by which the model matches them to unchanged
 * quizzes.
 *
 * @param learner who answered (the OS user locally, the SSH user on the lab server)
 * @param lessonId the lesson holding the quiz
 * @param lessonVersion a hash of the lesson's text when the answer was given
 * @param quizId the quiz's identity in the lesson
 * @param quizVersion a hash of what the quiz asks and accepts
 * @param quizIndex the 0-based position of the quiz in its lesson when answered (for people; not identity)
 * @param question the question exactly as shown, with the learner's numbers
 * @param values the drawn values by name, in full precision
 * @param expected the right answer's value
 * @param answer the answer exactly as the learner typed it
 * @param answerValue the typed answer's value ("0.0066", "yes", "1,3")
 * @param correct whether it was judged right
 * @param attempt 1 for the first answer to this quiz, 2 for the retry after a wrong one, ...
 * @param hint whether the hint was showing when the answer was given
 * @param review whether it was given while reviewing missed quizzes (reviews do not change scores)
 * @param seed the seed the quiz's numbers were drawn with
 * @param answeredAt when it was given; kept to the millisecond
 * @param fingerprint the pre-identity hash of the quiz text; "" for answers saved since
 */
public record AttemptRecord(
        String learner,
        String lessonId,
        String lessonVersion,
        String quizId,
        String quizVersion,
        int quizIndex,
        String question,
        Map<String, String> values,
        String expected,
        String answer,
        String answerValue,
        boolean correct,
        int attempt,
        boolean hint,
        boolean review,
        long seed,
        Instant answeredAt,
        String fingerprint) {

    /** Only nulls are replaced here: rows read back from a database are never refused, however odd. */
    public AttemptRecord {
        learner = nonNull(learner);
        lessonId = nonNull(lessonId);
        lessonVersion = nonNull(lessonVersion);
        quizId = nonNull(quizId);
        quizVersion = nonNull(quizVersion);
        question = nonNull(question);
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        expected = nonNull(expected);
        answer = nonNull(answer);
        answerValue = nonNull(answerValue);
        fingerprint = nonNull(fingerprint);
        answeredAt = answeredAt == null ? Instant.EPOCH : answeredAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The checks for a new answer; {@link Store#recordAttempt} refuses one that breaks them. */
    void validate() {
        Names.requireLearner(learner);
        Names.requireLessonId(lessonId);
        if (quizIndex < 0) throw new IllegalArgumentException("quizIndex must be >= 0, got " + quizIndex);
        if (quizId.isBlank() && fingerprint.isBlank()) throw new IllegalArgumentException("quizId is required");
        if (attempt < 1) throw new IllegalArgumentException("attempt must be >= 1, got " + attempt);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
