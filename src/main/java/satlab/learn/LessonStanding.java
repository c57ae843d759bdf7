package satlab.learn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import satlab.lesson.Lesson;
import satlab.store.AttemptRecord;
import satlab.store.Position;

/**
 * One learner in one lesson as it is now: every quiz's standing, where they are, and
 * whether the lesson is done. Scores are out of all the lesson's quizzes.
 *
 * @param completedAt when the learner first went past the last step (a lesson is done
 *                    only when, besides, every quiz is finished: see {@link #done()})
 */
public record LessonStanding(Lesson lesson, List<QuizProgress> quizzes, Optional<Position> position,
        Optional<Instant> completedAt) {

    public LessonStanding {
        quizzes = List.copyOf(quizzes);
    }

    /** The standing from the store's records of this learner in this lesson. */
    public static LessonStanding of(Lesson lesson, List<AttemptRecord> answers, Optional<Position> position,
            Optional<Instant> completedAt, Object who) {
        List<QuizProgress> qs = Quiz.of(lesson).stream().map(q -> QuizProgress.of(q, answers, who)).toList();
        return new LessonStanding(lesson, qs, position, completedAt);
    }

    /** Reads one lesson's records of the learner from the store. */
    public static LessonStanding read(satlab.store.Store store, String learner, Object who, Lesson lesson) {
        List<AttemptRecord> answers = store.attempts(learner, lesson.id()).stream().map(satlab.store.Attempt::record)
                .toList();
        Optional<Instant> done = store.progress(learner).stream().filter(p -> p.lessonId().equals(lesson.id()))
                .findFirst().flatMap(satlab.store.LessonProgress::completedAt);
        return of(lesson, answers, store.position(learner, lesson.id()), done, who);
    }

    /** The standing of the quiz at this position. */
    public QuizProgress quiz(int index) {
        return quizzes.get(index);
    }

    public int total() {
        return quizzes.size();
    }

    public int right() {
        return (int) quizzes.stream().filter(QuizProgress::right).count();
    }

    public int finished() {
        return (int) quizzes.stream().filter(QuizProgress::finished).count();
    }

    public List<QuizProgress> missed() {
        return quizzes.stream().filter(q -> q.status() == QuizProgress.Status.MISSED).toList();
    }

    public boolean started() {
        return position.isPresent() || completedAt.isPresent() || quizzes.stream().anyMatch(q -> !q.tries().isEmpty());
    }

    /** The learner got to the last step (or past it) since the lesson was started. */
    public boolean reachedEnd() {
        int last = lesson.steps().size() - 1;
        return completedAt.isPresent() || position.map(p -> p.furthest() >= last).orElse(false);
    }

    /** Every quiz is finished (right or out of attempts) and the last step was reached. */
    public boolean done() {
        return reachedEnd() && finished() == total();
    }

    /** The first quiz still open, in reading order. */
    public Optional<QuizProgress> firstOpen() {
        return quizzes.stream().filter(q -> !q.finished()).findFirst();
    }

    /** The step the learner saved, within the lesson as it is now; 0 before any. */
    public int savedStep() {
        return position.map(p -> Math.max(0, Math.min(p.step(), lesson.steps().size() - 1))).orElse(0);
    }

    /**
     * Where to continue: the saved step, unless a quiz on an earlier step is still open
     * (then that step), or the quizzes are all finished but the end was never reached
     * (then the saved step, so the learner reads on).
     */
    public int continueStep() {
        int step = savedStep();
        Optional<QuizProgress> open = firstOpen();
        if (open.isPresent() && open.get().quiz().step() < step) step = open.get().quiz().step();
        return step;
    }

    /** From the first opening to the last thing saved; zero before any. */
    public Duration timeSpent() {
        if (position.isEmpty()) return Duration.ZERO;
        Instant start = position.get().startedAt();
        Instant end = position.get().updatedAt();
        for (QuizProgress q : quizzes) {
            for (AttemptRecord r : q.tries()) if (r.answeredAt().isAfter(end)) end = r.answeredAt();
        }
        if (completedAt.isPresent() && completedAt.get().isAfter(end)) end = completedAt.get();
        return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
    }

    /** "2 of 3 right" (out of every quiz of the lesson). */
    public String score() {
        return right() + " of " + total() + " right";
    }
}
