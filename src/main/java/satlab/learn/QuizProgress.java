package satlab.learn;

import java.util.List;
import java.util.Optional;
import satlab.store.AttemptRecord;

/**
 * One learner's standing in one quiz: their answers to its current version since
 * their last reset (reviews apart), and the question they are asked.
 *
 * @param tries    answers to this version in the lesson, oldest first
 * @param reviews  answers given while reviewing it, oldest first
 * @param question the learner's question: the numbers of their first try, else their own
 */
public record QuizProgress(Quiz quiz, List<AttemptRecord> tries, List<AttemptRecord> reviews, Question question) {

    public enum Status {
        UNANSWERED,
        /** Answered wrong with attempts left. */
        TRYING,
        RIGHT,
        /** Wrong on the last attempt. */
        MISSED,
        /** Cannot be asked for this learner's seed; counts as finished, not right. */
        BROKEN
    }

    public QuizProgress {
        tries = List.copyOf(tries);
        reviews = List.copyOf(reviews);
    }

    /** The learner's standing from all their answers in the lesson (not reset), in the order given. */
    static QuizProgress of(Quiz quiz, List<AttemptRecord> lessonAnswers, Object who) {
        List<AttemptRecord> mine = lessonAnswers.stream().filter(quiz::current).toList();
        List<AttemptRecord> tries = mine.stream().filter(r -> !r.review()).toList();
        List<AttemptRecord> reviews = mine.stream().filter(AttemptRecord::review).toList();
        long seed = tries.isEmpty() ? quiz.seed(who) : tries.get(0).seed();
        return new QuizProgress(quiz, tries, reviews, quiz.ask(seed));
    }

    public Status status() {
        if (tries.isEmpty()) return question instanceof Question.Broken ? Status.BROKEN : Status.UNANSWERED;
        if (tries.stream().anyMatch(AttemptRecord::correct)) return Status.RIGHT;
        // Answers saved before retries existed were final.
        AttemptRecord last = tries.get(tries.size() - 1);
        if (last.quizId().isEmpty() || tries.size() >= quiz.attempts()) return Status.MISSED;
        return question instanceof Question.Broken ? Status.BROKEN : Status.TRYING;
    }

    public boolean right() {
        return status() == Status.RIGHT;
    }

    /** Nothing left to do: right, out of attempts, or not askable. */
    public boolean finished() {
        Status s = status();
        return s == Status.RIGHT || s == Status.MISSED || s == Status.BROKEN;
    }

    /** Missed in the lesson and not yet got right in a review. */
    public boolean toReview() {
        return status() == Status.MISSED && reviews.stream().noneMatch(AttemptRecord::correct);
    }

    public Optional<AttemptRecord> last() {
        return tries.isEmpty() ? Optional.empty() : Optional.of(tries.get(tries.size() - 1));
    }
}
