package satlab.line;

import java.util.List;
import java.util.Optional;
import satlab.lesson.Course;
import satlab.lesson.Lesson;
import satlab.lesson.QuizBlock;
import satlab.store.Attempt;
import satlab.store.Store;

/**
 * A learner's standing answers as the plain tutor counts them: per quiz, the latest
 * answer given to the quiz's current text (an edited quiz starts unanswered).
 */
final class Answers {

    /** Right and answered quizzes out of a total. */
    record Tally(int right, int answered, int total) {
        Tally plus(Tally other) {
            return new Tally(right + other.right, answered + other.answered, total + other.total);
        }
    }

    private Answers() {}

    static Optional<Attempt> latest(List<Attempt> attempts, int index, String fingerprint) {
        return attempts.stream()
                .filter(a -> a.quizIndex() == index && a.record().fingerprint().equals(fingerprint))
                .reduce((x, y) -> x.id() >= y.id() ? x : y);
    }

    static Optional<Attempt> latest(Store store, String learner, Lesson lesson, int index) {
        QuizBlock quiz = lesson.quizzes().get(index);
        return latest(store.attempts(learner, lesson.id()), index, quiz.fingerprint());
    }

    static Tally tally(Store store, String learner, Lesson lesson) {
        List<QuizBlock> quizzes = lesson.quizzes();
        if (quizzes.isEmpty()) return new Tally(0, 0, 0);
        List<Attempt> attempts = store.attempts(learner, lesson.id());
        int right = 0;
        int answered = 0;
        for (int i = 0; i < quizzes.size(); i++) {
            Optional<Attempt> a = latest(attempts, i, quizzes.get(i).fingerprint());
            if (a.isPresent()) {
                answered++;
                if (a.get().correct()) right++;
            }
        }
        return new Tally(right, answered, quizzes.size());
    }

    static Tally tally(Store store, String learner, Course course) {
        Tally sum = new Tally(0, 0, 0);
        for (Lesson lesson : course.lessons()) sum = sum.plus(tally(store, learner, lesson));
        return sum;
    }
}
