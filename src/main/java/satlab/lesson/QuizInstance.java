package satlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.engine.Value;

/**
 * The concrete question one learner sees: templates filled in with their numbers,
 * and the right answer worked out. All players (full screen, line mode, headless)
 * ask it and {@link #check} answers the same way.
 *
 * @param question      the filled-in {@code ask:} text (inline Markdown; see
 *                      {@link Markdown#inline})
 * @param options       filled-in options of a choice quiz, else empty
 * @param hint          filled in; "" when the quiz has none
 * @param explanation   filled in; "" when the quiz has none
 * @param answer        {@code Bool} for yes/no, {@code Num} for number, and for
 *                      choice a {@code Vec} of the right option numbers (1-based)
 * @param correctAnswer the right answer as shown to people
 * @param values        the {@code let:} values drawn for this seed, by name, in full precision
 * @param expected      the right answer's value in full precision ("4.5397868702434395E-5",
 *                      "yes", or a choice quiz's right options "1,3")
 */
public record QuizInstance(QuizBlock quiz, long seed, String question, List<QuizBlock.Option> options, String hint,
        String explanation, Value answer, String correctAnswer, java.util.Map<String, String> values,
        String expected) {

    public QuizInstance {
        options = List.copyOf(options);
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /**
     * Judges an answer as typed: {@code yes}/{@code no} (or {@code y}/{@code n}) for
     * yes/no; option numbers for choice ({@code 2}, or {@code 1,3} when several are
     * right); a number or expression for number quizzes ({@code 1/(1+exp(-10))}).
     * Input that is no answer at all gives {@link Verdict.Result#INVALID} and a message
     * saying what to type, so the player can ask again.
     */
    public Verdict check(String answerText) {
        String text = answerText == null ? "" : answerText.strip();
        if (text.isEmpty()) return invalid(text, "Type an answer: " + expects() + ".");
        return switch (quiz.kind()) {
            case YESNO -> checkYesNo(text);
            case CHOICE -> checkChoice(text);
            case NUMBER -> checkNumber(text);
        };
    }

    /** What kind of input this quiz takes, for prompts and messages. */
    public String expects() {
        return switch (quiz.kind()) {
            case YESNO -> "yes or no";
            case CHOICE -> options.stream().filter(QuizBlock.Option::right).count() > 1
                    ? "the numbers of all right options, such as 1,3"
                    : "an option number from 1 to " + options.size();
            case NUMBER -> "a number or an expression such as 1/(1+exp(-10))";
        };
    }

    private Verdict checkYesNo(String text) {
        Boolean yes = switch (text.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true" -> Boolean.TRUE;
            case "n", "no", "false" -> Boolean.FALSE;
            default -> null;
        };
        if (yes == null) return invalid(text, "Answer yes or no (y/n).");
        boolean right = yes == ((Value.Bool) answer).value();
        return verdict(right, yes ? "yes" : "no", yes ? "yes" : "no", "");
    }

    private Verdict checkChoice(String text) {
        TreeSet<Integer> chosen = new TreeSet<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isEmpty()) continue;
            int n;
            try {
                n = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return invalid(text, "Answer with " + expects() + ".");
            }
            if (n < 1 || n > options.size()) {
                return invalid(text, "There is no option " + n + ": answer with " + expects() + ".");
            }
            chosen.add(n);
        }
        TreeSet<Integer> right = new TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).right()) right.add(i + 1);
        }
        List<String> feedback = new ArrayList<>();
        for (int n : chosen) {
            String f = options.get(n - 1).feedback();
            if (!f.isEmpty()) feedback.add(f);
        }
        return verdict(chosen.equals(right), join(chosen), join(chosen), String.join(" ", feedback));
    }

    private Verdict checkNumber(String text) {
        String refused = quiz.answerUses().refusal(text);
        if (refused != null) return invalid(text, refused);
        Value v;
        try {
            v = new Interpreter(new Rng(seed)).run(text);
        } catch (EngineError e) {
            return invalid(text, "That is not a number: " + e.getMessage() + ".");
        }
        if (!(v instanceof Value.Num num)) {
            return invalid(text, "That is a " + v.typeName() + "; the answer is one number.");
        }
        double expected = ((Value.Num) answer).value();
        boolean right = quiz.tolerance().accepts(expected, num.value());
        String given = text.equals(Format.number(num.value())) ? text : text + " = " + Format.number(num.value());
        return verdict(right, given, QuizRuntime.exact(num.value()), "");
    }

    private Verdict verdict(boolean right, String given, String value, String optionFeedback) {
        String feedback = Verdict.judgement(right) + (optionFeedback.isEmpty() ? "" : " " + optionFeedback);
        return new Verdict(right ? Verdict.Result.RIGHT : Verdict.Result.WRONG, given, feedback, explanation,
                correctAnswer, value);
    }

    private Verdict invalid(String given, String message) {
        return new Verdict(Verdict.Result.INVALID, given, message, "", "", "");
    }

    private static String join(Iterable<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        for (int n : numbers) sb.append(sb.length() == 0 ? "" : ",").append(n);
        return sb.toString();
    }
}
