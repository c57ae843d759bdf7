package satlab.learn;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Rng;
import satlab.lesson.Block;
import satlab.lesson.Lesson;
import satlab.lesson.QuizBlock;
import satlab.lesson.QuizError;
import satlab.lesson.QuizInstance;
import satlab.lesson.Step;
import satlab.store.AttemptRecord;
import satlab.store.Fingerprint;

/**
 * A quiz of a lesson as a learner meets it: its identity and version, where it is,
 * how many attempts it allows, and how it is asked for a seed.
 *
 * @param index its position among the lesson's quizzes (0-based; "quiz 2" is index 1)
 * @param step  the 0-based step it is on
 */
public record Quiz(Lesson lesson, QuizBlock block, int index, int step) {

    /** Every quiz of the lesson in reading order. */
    public static List<Quiz> of(Lesson lesson) {
        List<Quiz> out = new ArrayList<>();
        List<Step> steps = lesson.steps();
        for (int s = 0; s < steps.size(); s++) {
            for (Block b : steps.get(s).blocks()) {
                if (b instanceof QuizBlock q) out.add(new Quiz(lesson, q, out.size(), s));
            }
        }
        return out;
    }

    public String id() {
        return block.id();
    }

    public String version() {
        return block.version();
    }

    public int attempts() {
        return block.attempts();
    }

    /** "quiz 2", as people count. */
    public int number() {
        return index + 1;
    }

    /** Whether the answer was given to this quiz (any version, or an old answer to its unchanged text). */
    public boolean owns(AttemptRecord r) {
        if (!r.lessonId().equals(lesson.id())) return false;
        if (!r.quizId().isEmpty()) return r.quizId().equals(id());
        return !r.fingerprint().isEmpty() && Fingerprint.legacy(block.sourceText()).contains(r.fingerprint());
    }

    /** Whether the answer counts for the quiz as it is now: given to this version (or to its unchanged text). */
    public boolean current(AttemptRecord r) {
        return owns(r) && (r.quizId().isEmpty() || r.quizVersion().equals(version()));
    }

    /**
     * The seed of a learner's numbers for this quiz: from who they are (their name, or
     * {@code --seed}), the lesson and the quiz's identity, so moving the quiz or
     * editing others keeps the numbers.
     */
    public long seed(Object who) {
        return Rng.seedOf(who, lesson.id(), id());
    }

    /** Fresh numbers for the {@code round}-th review of a missed quiz. */
    public long reviewSeed(Object who, int round) {
        return Rng.seedOf(who, lesson.id(), id(), "review", round);
    }

    /** The question for this seed, or why it cannot be asked; never throws. */
    public Question ask(long seed) {
        try {
            return new Question.Ready(block.instantiate(seed));
        } catch (QuizError e) {
            return broken(seed, e.getMessage());
        } catch (RuntimeException e) {
            // An engine limit or a bug in a lesson expression must not end a learner's session.
            return broken(seed, String.valueOf(e.getMessage()));
        }
    }

    private Question broken(long seed, String why) {
        return new Question.Broken("this quiz cannot be asked: " + why + " (" + lesson.source() + ":" + block.line()
                + "); tell your instructor", seed);
    }

    /** "cancel quiz 2 (sigma-prime-10)", for messages and test failures. */
    @Override
    public String toString() {
        return lesson.id() + " quiz " + number() + " (" + id() + ")";
    }

    /** For callers that need only the instance: null when broken. */
    public static QuizInstance instance(Question q) {
        return q instanceof Question.Ready r ? r.instance() : null;
    }
}
