package satlab.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * The engine's front door: a session of evaluations that share variables and a
 * seeded random generator. Not thread-safe; each learner session owns one.
 */
public final class Interpreter {
    private final Map<String, Value> variables = new LinkedHashMap<>();
    private final Rng rng;
    private final Limits limits;

    public Interpreter(Rng rng) {
        this(rng, Limits.DEFAULT);
    }

    public Interpreter(Rng rng, Limits limits) {
        this.rng = rng;
        this.limits = limits;
    }

    /** Parses and evaluates one input; an assignment keeps its value for later inputs. */
    public Value run(String source) {
        try {
            Expr expr = Parser.parse(source, limits);
            return new Evaluator(source, variables, rng, limits).evaluate(expr);
        } catch (StackOverflowError e) {
            throw tooDeep(source);
        }
    }

    /**
     * {@link Limits#maxDepth} keeps the recursive parser and evaluator within an ordinary
     * thread's stack; a thread with a small one (or deep callers) still gets an error, not a crash.
     */
    private static EngineError tooDeep(String source) {
        return new EngineError(EngineError.Kind.LIMIT, "the expression is nested too deeply for this thread;"
                + " use fewer brackets", source, 0, source.length());
    }

    /** Like {@link #run} but the result must be a number. */
    public double number(String source) {
        Value v = run(source);
        if (v instanceof Value.Num n) return n.value();
        throw new EngineError(EngineError.Kind.TYPE, "expected a number, got a " + v.typeName(), source, 0,
                source.length());
    }

    public void define(String name, Value value) {
        variables.put(name, value);
    }

    /** The variables defined so far, in the order they were first assigned. */
    public Map<String, Value> variables() {
        return Collections.unmodifiableMap(variables);
    }

    /** Every function name an expression may call (for completion and help). */
    public static Set<String> functionNames() {
        return Builtins.FUNCTIONS.keySet();
    }

    /** Every constant name (e, pi). */
    public static Set<String> constantNames() {
        return Builtins.CONSTANTS.keySet();
    }

    /** One line of help per function: "dsigmoid(z) — the sigmoid's derivative …". */
    public static List<String> functionHelp() {
        int width = Builtins.FUNCTIONS.values().stream().mapToInt(f -> f.usage().length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        Builtins.FUNCTIONS.values().forEach(f -> lines.add(String.format("%-" + width + "s  %s", f.usage(), f.summary())));
        return lines;
    }

    /**
     * Compiles an expression of one variable (such as {@code sigmoid(z)}) into a
     * function for plotting. Names are checked now, so a typo fails here with a
     * caret error; afterwards a point where the expression has no real value
     * (ln(z) for z ≤ 0) gives NaN, which plots skip, never an exception.
     */
    public DoubleUnaryOperator function(String source, String variable) {
        try {
            return compile(source, variable);
        } catch (StackOverflowError e) {
            throw tooDeep(source);
        }
    }

    private DoubleUnaryOperator compile(String source, String variable) {
        Expr expr = Parser.parse(source, limits);
        Map<String, Value> scope = new LinkedHashMap<>(variables);
        scope.put(variable, new Value.Num(0));
        // A trial run at 0 surfaces unknown names and type errors while the caret still helps;
        // a function may leave the real numbers at 0 (ln(z), 1/z) and still be plotted elsewhere.
        Value trial;
        try {
            trial = new Evaluator(source, new LinkedHashMap<>(scope), rng, limits).evaluate(expr);
        } catch (EngineError e) {
            if (e.kind() != EngineError.Kind.NOT_REAL) throw e;
            trial = new Value.Num(0);
        }
        if (!(trial instanceof Value.Num)) {
            throw new EngineError(EngineError.Kind.TYPE, "a plotted expression must give a number, got a "
                    + trial.typeName(), source, 0, source.length());
        }
        return z -> {
            Map<String, Value> local = new LinkedHashMap<>(scope);
            local.put(variable, new Value.Num(z));
            try {
                return new Evaluator(source, local, rng, limits).evaluate(expr) instanceof Value.Num n ? n.value() : Double.NaN;
            } catch (EngineError | StackOverflowError e) {
                return Double.NaN;
            }
        };
    }

    /**
     * A list as a learner types it into a field: {@code 1000, 1000} or
     * {@code 1000 1000}, each entry an expression ({@code 1/sqrt(2)}). Error
     * positions are within {@code text}.
     */
    public double[] numbers(String text) {
        List<Span> entries = ListSplitter.split(text);
        if (entries.isEmpty()) {
            throw new EngineError(EngineError.Kind.SYNTAX, "empty: type numbers such as 1000, 1000", text, 0, 1);
        }
        double[] out = new double[entries.size()];
        int i = 0;
        for (Span entry : entries) {
            String part = text.substring(entry.offset(), entry.offset() + entry.length());
            try {
                Value v = run(part);
                if (!(v instanceof Value.Num n)) {
                    throw new EngineError(EngineError.Kind.TYPE, "each entry must be a number, got a " + v.typeName(),
                            part, 0, part.length());
                }
                out[i++] = n.value();
            } catch (EngineError e) {
                throw new EngineError(e.kind(), e.getMessage(), text, entry.offset() + e.offset(), e.length());
            }
        }
        return out;
    }
}
