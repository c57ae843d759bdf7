package satlab.tui;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
public record QuizState(int quizIndex, QuizInstance instance, long seed, int choice, Set<Integer> picked,
        TextField field, boolean editing, boolean hint, Verdict verdict, String feedback) {

    public QuizState {
        picked = Set.copyOf(picked);
    }

    public static QuizState fresh(int quizIndex, QuizInstance instance, long seed) {
        return new QuizState(quizIndex, instance, seed, 0, Set.of(), TextField.of(""), false, false, null, "");
    }

    /** A choice quiz with more than one right option: the learner ticks options, then confirms. */
    public boolean multiple() {
        return kind() == QuizBlock.Kind.CHOICE && instance.options().stream().filter(QuizBlock.Option::right).count() > 1;
    }

    /** Ticks or unticks option {@code i} (0-based) of a multiple-answer quiz. */
    public QuizState toggle(int i) {
        Set<Integer> next = new TreeSet<>(picked);
        if (!next.remove(i)) next.add(i);
        return new QuizState(quizIndex, instance, seed, i, next, field, editing, hint, verdict, "");
    }

    /** The ticked options as the learner would type them: "1,3". */
    public String pickedAnswer() {
        return new TreeSet<>(picked).stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(","));
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
        return new QuizState(quizIndex, instance, seed, c, picked, field, editing, hint, verdict, feedback);
    }

    public QuizState withField(TextField f) {
        return new QuizState(quizIndex, instance, seed, choice, picked, f, editing, hint, verdict, "");
    }

    public QuizState withEditing(boolean e) {
        return new QuizState(quizIndex, instance, seed, choice, picked, field.deselect(), e, hint, verdict, feedback);
    }

    public QuizState toggleHint() {
        return new QuizState(quizIndex, instance, seed, choice, picked, field, editing, !hint, verdict, feedback);
    }

    public QuizState withVerdict(Verdict v) {
        return new QuizState(quizIndex, instance, seed, choice, picked, field, false, hint, v, "");
    }

    public QuizState withFeedback(String f) {
        return new QuizState(quizIndex, instance, seed, choice, picked, field, editing, hint, verdict, f);
    }
}
