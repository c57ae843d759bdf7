package satlab.store;

import java.time.Instant;

/**
 * Where a learner is in one lesson.
 *
 * @param lessonId the lesson
 * @param step the 0-based index of the step the learner is on (shown to people as {@code step + 1})
 * @param stepCount how many steps the lesson had when the position was saved
 * @param updatedAt when the position was last saved
 * @param furthest the furthest step reached since the lesson was started (or reset)
 * @param startedAt when the learner first opened the lesson since then
 */
public record Position(String lessonId, int step, int stepCount, Instant updatedAt, int furthest, Instant startedAt) {

    /** Rows read back are taken as they are (a later lesson may have fewer steps); only nulls are replaced. */
    public Position {
        if (lessonId == null) lessonId = "";
        if (updatedAt == null) updatedAt = Instant.EPOCH;
        if (startedAt == null) startedAt = updatedAt;
    }

    public Position(String lessonId, int step, int stepCount, Instant updatedAt) {
        this(lessonId, step, stepCount, updatedAt, step, updatedAt);
    }

    /** "3 of 7": the step as people count it. */
    public String describe() {
        return (step + 1) + " of " + stepCount;
    }
}
