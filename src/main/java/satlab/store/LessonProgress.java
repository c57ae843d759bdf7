package satlab.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What the store holds about one learner in one lesson besides answers; scores are the learning
 * model's ({@code satlab.learn}), which knows the lesson's quizzes.
 *
 * @param lessonId the lesson
 * @param position where the learner is, if they opened the lesson since the last reset
 * @param completedAt when the learner finished the lesson, if they did
 */
public record LessonProgress(String lessonId, Optional<Position> position, Optional<Instant> completedAt) {

    public boolean completed() {
        return completedAt.isPresent();
    }
}
