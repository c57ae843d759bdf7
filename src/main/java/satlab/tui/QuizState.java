package satlab.tui;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import satlab.learn.Take;
import satlab.lesson.QuizBlock;
import satlab.lesson.QuizInstance;
import satlab.store.AttemptRecord;

/**
 * The quiz sub-model of the full-screen tutor: the learning model's {@link Take} (what is
 * asked, which attempt, what the last answer got) plus what is on screen only: the
 * option under the pointer, the ticked options, the answer field.
 *
 * <p>{@link #key} is its update: while a quiz is focused, every printable key is the
 * quiz's (letters and digits choose or type, never navigate), and an answer is recorded
 * only by Enter on the focused quiz. Keys it does not use (arrows left/right, page keys,
 * Tab, Esc) come back unconsumed for the pager.
 *
 * @param quizIndex   the quiz's position in the lesson (for the pager's map and the view)
 * @param choice      the option under the pointer (0-based; yes/no: 0 yes, 1 no), -1 for none
 * @param hintVisible the hint is showing
 * @param submitted   the text last sent as an answer ("" for none), so a field left as it was is not half-typed
 */
public record QuizState(int quizIndex, Take take, int choice, Set<Integer> picked, TextField field, boolean editing,
        boolean hintVisible, String submitted) {

    public QuizState {
        picked = Set.copyOf(picked);
    }

    /**
     * The quiz as the learner left it: the last answer given is shown again (the ticks of
     * a multiple choice, the option or yes/no chosen, the number typed), so a lesson
     * reopened reads as it was answered.
     */
    public static QuizState of(int quizIndex, Take take) {
        String given = take.last() == null ? "" : take.last().given();
        int choice = -1;
        Set<Integer> picked = new TreeSet<>();
        String typed = "";
        if (!given.isEmpty() && take.instance() != null) {
            switch (take.instance().quiz().kind()) {
                case YESNO -> choice = given.equals("yes") ? 0 : given.equals("no") ? 1 : -1;
                case CHOICE -> {
                    for (String part : given.split(",")) {
                        try {
                            picked.add(Integer.parseInt(part.strip()) - 1);
                        } catch (NumberFormatException notAnOption) {
                            // an answer saved before options were numbers: nothing to tick
                        }
                    }
                    if (picked.size() == 1) choice = picked.iterator().next();
                }
                case NUMBER -> typed = given;
            }
        }
        return new QuizState(quizIndex, take, choice, picked, TextField.of(typed), false, false, "");
    }

    /** What a key did: the next state, whether the quiz used the key, and the answer to save, if any. */
    public record Result(QuizState quiz, boolean consumed, Optional<AttemptRecord> save) {
        static Result used(QuizState q) {
            return new Result(q, true, Optional.empty());
        }

        static Result unused(QuizState q) {
            return new Result(q, false, Optional.empty());
        }
    }

    public QuizInstance instance() {
        return take.instance();
    }

    public QuizBlock.Kind kind() {
        return take.quiz().block().kind();
    }

    /** A choice quiz with more than one right option: the learner ticks options, then confirms. */
    public boolean multiple() {
        return kind() == QuizBlock.Kind.CHOICE && instance() != null
                && instance().options().stream().filter(QuizBlock.Option::right).count() > 1;
    }

    public boolean answered() {
        return take.finished();
    }

    /** Typed but not yet submitted: quitting now would lose it, so q asks first. */
    public boolean halfTyped() {
        return take.open() && kind() == QuizBlock.Kind.NUMBER && !field.text().isBlank()
                && !field.text().strip().equals(submitted);
    }

    /** The ticked options as the learner would type them: "1,3". */
    public String pickedAnswer() {
        return new TreeSet<>(picked).stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(","));
    }

    private int optionCount() {
        return kind() == QuizBlock.Kind.YESNO ? 2 : instance().options().size();
    }

    /** The focused quiz's handling of one key; see the class comment. */
    public Result key(Key key, String learner, Instant now) {
        if (editing) return editingKey(key, learner, now);
        if (key.is('?')) return toggleHint();
        if (!take.open()) {
            if (key.isPrintable() || key.type() == Key.Type.ENTER) {
                return Result.used(withTake(take.withMessage(take.instance() == null ? take.message()
                        : "This quiz is finished: Tab or Esc leaves it, " + "\u2192 goes to the next step."),
                        hintVisible));
            }
            return Result.unused(this);
        }
        if (kind() == QuizBlock.Kind.NUMBER) {
            if (key.type() == Key.Type.ENTER) return Result.used(withEditing(true));
            if (key.isPrintable()) return Result.used(withEditing(true).withField(field.selectAll().insert(key.ch())));
            return Result.unused(this);
        }
        int n = optionCount();
        if (key.type() == Key.Type.UP || key.is('k')) return Result.used(withChoice(choice <= 0 ? n - 1 : choice - 1));
        if (key.type() == Key.Type.DOWN || key.is('j')) return Result.used(withChoice((choice + 1) % n));
        if (kind() == QuizBlock.Kind.YESNO) {
            if (key.is('y') || key.is('Y') || key.is('1')) return Result.used(withChoice(0));
            if (key.is('n') || key.is('N') || key.is('2')) return Result.used(withChoice(1));
            if (key.type() == Key.Type.ENTER) {
                if (choice < 0) return Result.used(message("Choose yes or no first (y, n or arrows), then Enter."));
                return submit(choice == 0 ? "yes" : "no", learner, now);
            }
            return key.isPrintable() ? Result.used(this) : Result.unused(this);
        }
        boolean digit = key.type() == Key.Type.CHAR && key.ch() >= '1' && key.ch() <= '9' && key.ch() - '1' < n;
        if (multiple()) {
            if (digit) return Result.used(toggle(key.ch() - '1'));
            if ((key.is(' ') || key.is('x')) && choice >= 0) return Result.used(toggle(choice));
            if (key.type() == Key.Type.ENTER) {
                if (picked.isEmpty()) return Result.used(message("Tick every right option (number keys or Space), then Enter."));
                return submit(pickedAnswer(), learner, now);
            }
            return key.isPrintable() ? Result.used(this) : Result.unused(this);
        }
        if (digit) return Result.used(withChoice(key.ch() - '1'));
        if (key.type() == Key.Type.ENTER) {
            if (choice < 0) return Result.used(message("Choose an option first (its number or arrows), then Enter."));
            return submit(Integer.toString(choice + 1), learner, now);
        }
        return key.isPrintable() ? Result.used(this) : Result.unused(this);
    }

    private Result editingKey(Key key, String learner, Instant now) {
        switch (key.type()) {
            case ESC -> {
                return Result.used(withEditing(false));
            }
            case ENTER -> {
                if (field.text().isBlank()) return Result.used(message("Type a number first."));
                return submit(field.text().strip(), learner, now);
            }
            case TAB, BACK_TAB, PAGE_UP, PAGE_DOWN, UP, DOWN -> {
                return Result.unused(withEditing(false));
            }
            default -> { }
        }
        // No number or expression contains '?': in a number field it shows the hint, as the status bar says.
        if (key.is('?')) return toggleHint();
        TextField edited = field.edit(key);
        return edited == null ? Result.used(this) : Result.used(withField(edited));
    }

    private Result toggleHint() {
        if (instance() != null && instance().hint().isBlank()) return Result.used(message("This quiz has no hint."));
        return Result.used(withTake(take.withHint(), !hintVisible));
    }

    private Result submit(String answer, String learner, Instant now) {
        Take.Answered a = take.answer(answer, learner, now);
        QuizState next = withTake(a.take(), hintVisible);
        if (a.record().isPresent()) {
            next = new QuizState(quizIndex, next.take, choice, picked, field, editing, hintVisible, answer);
        }
        if (a.record().isPresent() && !a.take().open()) next = next.withEditing(false);
        else if (a.record().isPresent()) next = next.withField(field.selectAll());
        return new Result(next, true, a.record());
    }

    private QuizState message(String m) {
        return withTake(take.withMessage(m), hintVisible);
    }

    QuizState withTake(Take t, boolean hint) {
        return new QuizState(quizIndex, t, choice, picked, field, editing, hint, submitted);
    }

    QuizState withChoice(int c) {
        return new QuizState(quizIndex, take.withMessage(""), c, picked, field, editing, hintVisible, submitted);
    }

    QuizState toggle(int i) {
        Set<Integer> next = new TreeSet<>(picked);
        if (!next.remove(i)) next.add(i);
        return new QuizState(quizIndex, take.withMessage(""), i, next, field, editing, hintVisible, submitted);
    }

    QuizState withField(TextField f) {
        return new QuizState(quizIndex, take, choice, picked, f, editing, hintVisible, submitted);
    }

    QuizState withEditing(boolean e) {
        return new QuizState(quizIndex, take, choice, picked, e ? field.selectAll() : field.deselect(), e, hintVisible,
                submitted);
    }
}
