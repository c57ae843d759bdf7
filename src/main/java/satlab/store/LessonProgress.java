package satlab.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One learner's standing in one lesson.
 *
 * <p>The score counts each quiz (by lesson and index) once, using the learner's most recent answer
 * to it that was not reset.
 *
 * @param lessonId the lesson
 * @param position where the learner is, if they opened the lesson since the last reset
 * @param completedAt when the learner finished the lesson, if they did
 * @param answered how many quizzes have an answer
 * @param right how many of those answers are right
 */
public record LessonProgress(
        String lessonId, Optional<Position> position, Optional<Instant> completedAt, int answered, int right) {

    public boolean completed() {
        return completedAt.isPresent();
    }
}
