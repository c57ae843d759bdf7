package satlab.learn;

import java.time.Instant;
import java.util.Optional;
import satlab.lesson.QuizInstance;
import satlab.lesson.Verdict;
import satlab.store.AttemptRecord;

/**
 * One learner taking one quiz, as every front end shows it: the question, which attempt
 * comes next, whether the hint was shown, and what the last answer got. Immutable:
 * {@link #answer} gives the next take and the record to save; front ends only draw it
 * and pass on what the learner typed.
 *
 * @param attempt   the number the next answer will have (1 for the first)
 * @param status    where the quiz stands
 * @param last      the verdict on the last answer given, null before any
 * @param hintShown the hint was shown for this quiz (recorded with later answers)
 * @param review    answers are review answers: they do not change the lesson's score
 * @param message   what the learner is told now ("Try again: attempt 2 of 2."), "" for nothing
 */
public record Take(Quiz quiz, Question question, int attempt, QuizProgress.Status status, Verdict last,
        boolean hintShown, boolean review, String message) {

    /** The quiz as the learner's standing has it: answered, partly tried, or fresh. */
    public static Take of(QuizProgress p) {
        Question q = p.question();
        Verdict last = p.last().map(r -> replay(q, r)).orElse(null);
        boolean hint = p.last().map(AttemptRecord::hint).orElse(false);
        Take t = new Take(p.quiz(), q, p.tries().size() + 1, p.status(), last, hint, false, "");
        return t.withMessage(t.statusMessage());
    }

    /** A missed quiz asked again with fresh numbers; these answers are marked as review. */
    public static Take review(QuizProgress p, Object who) {
        Question q = p.quiz().ask(p.quiz().reviewSeed(who, p.reviews().size()));
        QuizProgress.Status s = q instanceof Question.Broken ? QuizProgress.Status.BROKEN
                : QuizProgress.Status.UNANSWERED;
        return new Take(p.quiz(), q, 1, s, null, false, true, "");
    }

    /** The answer as the store had it, judged again for display ("you answered 2"). */
    private static Verdict replay(Question q, AttemptRecord r) {
        if (q instanceof Question.Ready ready) {
            Verdict v = ready.instance().check(r.answer());
            if (v.result() != Verdict.Result.INVALID && v.right() == r.correct()) return v;
        }
        return new Verdict(r.correct() ? Verdict.Result.RIGHT : Verdict.Result.WRONG, r.answer(),
                Verdict.judgement(r.correct()), "", r.expected(), r.answerValue());
    }

    public QuizInstance instance() {
        return Quiz.instance(question);
    }

    /** Whether the learner may answer now. */
    public boolean open() {
        return question instanceof Question.Ready
                && (status == QuizProgress.Status.UNANSWERED || status == QuizProgress.Status.TRYING);
    }

    public boolean finished() {
        return !open();
    }

    /** Show the right answer and the explanation: after a right answer or the last attempt. */
    public boolean showSolution() {
        return status == QuizProgress.Status.RIGHT || status == QuizProgress.Status.MISSED;
    }

    public Take withHint() {
        QuizInstance i = instance();
        String m = i == null || i.hint().isBlank() ? "This quiz has no hint." : message;
        return new Take(quiz, question, attempt, status, last, hintShown || (i != null && !i.hint().isBlank()), review,
                m);
    }

    public Take withMessage(String m) {
        return new Take(quiz, question, attempt, status, last, hintShown, review, m);
    }

    /** The outcome of an answer: the next take, and the record to save (absent when it was no answer). */
    public record Answered(Take take, Optional<AttemptRecord> record) {}

    /**
     * Judges what the learner typed. Input that is no answer ("maybe" to a yes/no, a
     * function the quiz does not allow) changes nothing but the message; an answer
     * makes a complete record and moves to the next attempt, or finishes the quiz.
     */
    public Answered answer(String typed, String learner, Instant now) {
        QuizInstance inst = instance();
        if (inst == null) return new Answered(withMessage(((Question.Broken) question).message()), Optional.empty());
        if (!open()) return new Answered(withMessage("This quiz is answered."), Optional.empty());
        Verdict v = inst.check(typed);
        if (v.result() == Verdict.Result.INVALID) return new Answered(withMessage(v.feedback()), Optional.empty());
        String text = typed.strip();
        AttemptRecord record = new AttemptRecord(learner, quiz.lesson().id(), quiz.lesson().version(), quiz.id(),
                quiz.version(), quiz.index(), inst.question(), inst.values(), inst.expected(), text, v.value(),
                v.right(), attempt, hintShown, review, inst.seed(), now, "");
        QuizProgress.Status next = v.right() ? QuizProgress.Status.RIGHT
                : attempt >= quiz.attempts() ? QuizProgress.Status.MISSED : QuizProgress.Status.TRYING;
        Take t = new Take(quiz, question, attempt + 1, next, v, hintShown, review, "");
        return new Answered(t.withMessage(t.statusMessage()), Optional.of(record));
    }

    /** What to tell the learner about where the quiz stands (after an answer, or on reopening it). */
    String statusMessage() {
        if (question instanceof Question.Broken b) return b.message();
        if (last == null) return "";
        return switch (status) {
            case RIGHT -> last.feedback();
            case MISSED -> last.feedback() + " The answer is " + last.correctAnswer() + ".";
            case TRYING -> last.feedback() + " Try again: attempt " + attempt + " of " + quiz.attempts() + "."
                    + (!hintShown && instance() != null && !instance().hint().isBlank() ? " ? shows a hint." : "");
            default -> "";
        };
    }

    /** "attempt 2 of 3" while the quiz is open and was tried; "" otherwise. */
    public String attemptsLeft() {
        return open() && attempt > 1 ? "attempt " + attempt + " of " + quiz.attempts() : "";
    }
}
