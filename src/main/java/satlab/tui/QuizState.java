package satlab.tui;

import satlab.lesson.QuizBlock;
import satlab.lesson.QuizInstance;
import satlab.lesson.Verdict;

/**
 * One quiz as this learner sees it: the instance with their numbers, what they have
 * chosen or typed so far, whether the hint shows, and the verdict once answered.
 *
 * @param quizIndex the quiz's position in the lesson (for seeds and the store)
 * @param feedback  why the last input was not an answer ("type a number"), "" for none
 */
public record QuizState(int quizIndex, QuizInstance instance, long seed, int choice, TextField field,
        boolean editing, boolean hint, Verdict verdict, String feedback) {

    public static QuizState fresh(int quizIndex, QuizInstance instance, long seed) {
        return new QuizState(quizIndex, instance, seed, 0, TextField.of(""), false, false, null, "");
    }

    public QuizBlock.Kind kind() {
        return instance.quiz().kind();
    }

    public boolean answered() {
        return verdict != null;
    }

    /** Typed but not yet submitted: quitting now would lose it, so q asks first. */
    public boolean halfTyped() {
        return !answered() && kind() == QuizBlock.Kind.NUMBER && !field.text().isBlank();
    }

    public QuizState withChoice(int c) {
        return new QuizState(quizIndex, instance, seed, c, field, editing, hint, verdict, feedback);
    }

    public QuizState withField(TextField f) {
        return new QuizState(quizIndex, instance, seed, choice, f, editing, hint, verdict, "");
    }

    public QuizState withEditing(boolean e) {
        return new QuizState(quizIndex, instance, seed, choice, field.deselect(), e, hint, verdict, feedback);
    }

    public QuizState toggleHint() {
        return new QuizState(quizIndex, instance, seed, choice, field, editing, !hint, verdict, feedback);
    }

    public QuizState withVerdict(Verdict v) {
        return new QuizState(quizIndex, instance, seed, choice, field, false, hint, v, "");
    }

    public QuizState withFeedback(String f) {
        return new QuizState(quizIndex, instance, seed, choice, field, editing, hint, verdict, f);
    }
}
