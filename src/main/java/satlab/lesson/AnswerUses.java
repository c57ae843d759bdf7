package satlab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import satlab.engine.EngineError;
import satlab.engine.Expr;
import satlab.engine.Interpreter;
import satlab.engine.Parser;

/**
 * What a number quiz's answer may be written with ({@code answer-uses:}): anything
 * (the default), only {@code arithmetic} (numbers, {@code + - * / ^}, brackets,
 * {@code exp}, {@code ln}, {@code log10}, {@code sqrt}, {@code abs}, {@code e},
 * {@code pi}), only a {@code number}, or arithmetic plus named functions
 * ({@code arithmetic, tanh}). A "compute σ'(1.2)" quiz says {@code arithmetic} so
 * that typing {@code dsigmoid(1.2)} is not an answer.
 *
 * @param any       no restriction
 * @param operators arithmetic operators are allowed
 * @param functions the functions (and constants) an answer may use
 * @param label     as the author wrote it, for messages
 */
public record AnswerUses(boolean any, boolean operators, Set<String> functions, String label) {

    public static final AnswerUses ANY = new AnswerUses(true, true, Set.of(), "any");

    static final List<String> ARITHMETIC_FUNCTIONS = List.of("exp", "ln", "log10", "sqrt", "abs", "e", "pi");

    public AnswerUses {
        functions = Set.copyOf(functions);
    }

    /**
     * Reads an {@code answer-uses:} value: {@code any}, {@code number}, {@code arithmetic},
     * optionally followed by function names ({@code arithmetic, tanh}).
     *
     * @throws IllegalArgumentException with a message for the author
     */
    public static AnswerUses parse(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[,\\s]+")) if (!w.isBlank()) words.add(w.toLowerCase(Locale.ROOT));
        if (words.isEmpty()) throw new IllegalArgumentException("'answer-uses' is empty: write any, number or arithmetic");
        if (words.equals(List.of("any"))) return ANY;
        boolean operators = false;
        Set<String> functions = new LinkedHashSet<>();
        for (String w : words) {
            switch (w) {
                case "number" -> { }
                case "arithmetic" -> {
                    operators = true;
                    functions.addAll(ARITHMETIC_FUNCTIONS);
                }
                default -> {
                    if (!Interpreter.functionNames().contains(w) && !Interpreter.constantNames().contains(w)) {
                        throw new IllegalArgumentException("'answer-uses' knows any, number, arithmetic and function"
                                + " names; '" + w + "' is none of them");
                    }
                    operators = true;
                    functions.add(w);
                }
            }
        }
        return new AnswerUses(false, operators, functions, String.join(", ", words));
    }

    /** Why this answer text may not be used, or null when it may (or does not parse: the engine says why then). */
    public String refusal(String answer) {
        if (any) return null;
        Expr e;
        try {
            e = Parser.parse(answer);
        } catch (EngineError err) {
            return null;
        }
        Set<String> used = new TreeSet<>();
        boolean ok = allowed(e, used);
        if (ok) return null;
        String what = !operators ? "a number, such as 0.0066"
                : "numbers, + - * / ^ and brackets" + (functions.isEmpty() ? "" : ", " + String.join(", ",
                        new TreeSet<>(functions)));
        return "This quiz wants the value worked out: write " + what
                + (used.isEmpty() ? "" : " (not " + String.join(", ", used) + ")") + ".";
    }

    /** Whether the tree uses only what is allowed; collects the names it may not use. */
    private boolean allowed(Expr e, Set<String> refused) {
        if (e instanceof Expr.Number) return true;
        if (e instanceof Expr.Negate n) {
            return operators || n.operand() instanceof Expr.Number ? allowed(n.operand(), refused) : false;
        }
        if (e instanceof Expr.Variable v) {
            if (functions.contains(v.name())) return true;
            refused.add(v.name());
            return false;
        }
        if (e instanceof Expr.Call c) {
            boolean ok = functions.contains(c.name());
            if (!ok) refused.add(c.name());
            for (Expr a : c.arguments()) ok &= allowed(a, refused);
            return ok;
        }
        if (e instanceof Expr.Binary b) {
            boolean ok = operators && !isComparison(b.op());
            return allowed(b.left(), refused) & allowed(b.right(), refused) & ok;
        }
        return false;
    }

    private static boolean isComparison(Expr.BinaryOp op) {
        return switch (op) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, POWER -> false;
            default -> true;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
