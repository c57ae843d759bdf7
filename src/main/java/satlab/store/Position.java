package satlab.store;

import java.time.Instant;

/**
 * Where a learner is in one lesson.
 *
 * @param lessonId the lesson
 * @param step the 0-based index of the step the learner is on (shown to people as {@code step + 1})
 * @param stepCount how many steps the lesson had when the position was saved
 * @param updatedAt when the position was last saved
 */
public record Position(String lessonId, int step, int stepCount, Instant updatedAt) {

    public Position {
        Names.requireLessonId(lessonId);
        if (stepCount < 1) throw new IllegalArgumentException("stepCount must be at least 1, got " + stepCount);
        if (step < 0 || step >= stepCount) {
            throw new IllegalArgumentException("step must be in 0.." + (stepCount - 1) + ", got " + step);
        }
        if (updatedAt == null) throw new IllegalArgumentException("updatedAt is required");
    }

    /** "3 of 7": the step as people count it. */
    public String describe() {
        return (step + 1) + " of " + stepCount;
    }
}
