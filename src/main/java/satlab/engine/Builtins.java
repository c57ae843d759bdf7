package satlab.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** The functions and constants every expression can use. The table is immutable. */
final class Builtins {

    /** What a call sees: its arguments, where they are, and the session's generator. */
    interface Call {
        Value arg(int i);

        int count();

        Rng rng();

        /** An error pointing at argument {@code i} (or at the call when i < 0). */
        EngineError error(int i, EngineError.Kind kind, String message);

        /** Charges {@code n} new vector elements against the per-run budget. */
        void allocate(long n, int argIndex);
    }

    interface Body {
        Value apply(Call call);
    }

    record Builtin(String name, int minArgs, int maxArgs, String usage, String summary, Body body) {}

    static final Map<String, Double> CONSTANTS = Map.of("e", Math.E, "pi", Math.PI, "π", Math.PI);

    static final Map<String, Builtin> FUNCTIONS;

    static {
        Map<String, Builtin> f = new LinkedHashMap<>();
        elementwise(f, "sigmoid", "the logistic sigmoid 1/(1+e^-z)", Activation::sigmoid);
        alias(f, "σ", "sigmoid");
        elementwise(f, "dsigmoid", "the sigmoid's derivative σ(z)(1-σ(z)), peak 0.25 at z = 0", Activation::dsigmoid);
        alias(f, "σ'", "dsigmoid");
        elementwise(f, "tanh", "the hyperbolic tangent, 2σ(2z) - 1", Math::tanh);
        elementwise(f, "dtanh", "tanh's derivative 1 - tanh²(z), peak 1 at z = 0", Activation::dtanh);
        elementwise(f, "relu", "max(0, z)", Activation::relu);
        elementwise(f, "drelu", "ReLU's derivative: 1 for z > 0, else 0", Activation::drelu);
        elementwise(f, "exp", "e to the power x", Math::exp);
        elementwise(f, "ln", "natural logarithm (x > 0)", Math::log);
        alias(f, "log", "ln");
        elementwise(f, "log10", "base-10 logarithm (x > 0)", Math::log10);
        elementwise(f, "sqrt", "square root (x >= 0)", Math::sqrt);
        elementwise(f, "abs", "absolute value", Math::abs);
        elementwise(f, "gradpct", "σ'(z) as a percentage of its 0.25 peak",
                z -> Activation.dsigmoid(z) / Activation.SIGMOID.peakGradient() * 100.0);
        f.put("round", new Builtin("round", 1, 2, "round(x) or round(x, digits)", "rounds to whole numbers or to digits after the point",
                Builtins::round));
        f.put("min", new Builtin("min", 1, Integer.MAX_VALUE, "min(v) or min(a, b, ...)", "the smallest value",
                c -> fold(c, Math::min)));
        f.put("max", new Builtin("max", 1, Integer.MAX_VALUE, "max(v) or max(a, b, ...)", "the largest value",
                c -> fold(c, Math::max)));
        f.put("sum", new Builtin("sum", 1, 1, "sum(v)", "the sum of a vector's elements",
                c -> real(c, "sum", sum(numbers(c, 0)))));
        f.put("mean", new Builtin("mean", 1, 1, "mean(v)", "the average of a vector's elements",
                c -> real(c, "mean", mean(nonEmpty(c, 0, "mean")))));
        f.put("std", new Builtin("std", 1, 1, "std(v)", "the standard deviation (divides by n)",
                c -> real(c, "std", std(nonEmpty(c, 0, "std")))));
        f.put("len", new Builtin("len", 1, 1, "len(v)", "the number of elements",
                c -> new Value.Num(numbers(c, 0).length)));
        f.put("dot", new Builtin("dot", 2, 2, "dot(w, a)", "the dot product Σ w_i a_i",
                c -> real(c, "dot", dot(c))));
        f.put("z", new Builtin("z", 3, 3, "z(w, a, b)", "a neuron's input w·a + b",
                c -> real(c, "z", dot(c) + number(c, 2))));
        f.put("saturated", new Builtin("saturated", 1, 2, "saturated(z) or saturated(z, threshold)",
                "true when |z| is above the threshold (default 5, the Q&A's rule)", Builtins::saturated));
        f.put("randn", new Builtin("randn", 0, 1, "randn() or randn(n)", "standard normal numbers, N(0, 1)",
                c -> random(c, 0, Rng::nextGaussian)));
        f.put("rand", new Builtin("rand", 0, 1, "rand() or rand(n)", "uniform numbers in [0, 1)",
                c -> random(c, 0, Rng::nextDouble)));
        f.put("uniform", new Builtin("uniform", 2, 3, "uniform(lo, hi) or uniform(n, lo, hi)", "uniform numbers in [lo, hi)",
                Builtins::uniform));
        FUNCTIONS = Collections.unmodifiableMap(f);
    }

    private Builtins() {}

    private static void elementwise(Map<String, Builtin> f, String name, String summary, DoubleUnaryOperator op) {
        f.put(name, new Builtin(name, 1, 1, name + "(z)", summary, c -> map(c, real(c, name, op))));
    }

    /**
     * {@code op} under the engine's one rule: a result that is not a real number (NaN, ±inf)
     * is an error at the call, saying which input did it and why.
     */
    private static DoubleUnaryOperator real(Call c, String name, DoubleUnaryOperator op) {
        return x -> {
            double r = op.applyAsDouble(x);
            if (Double.isFinite(r)) return r;
            String call = name + "(" + Format.number(x) + ")";
            String why = switch (name) {
                case "ln", "log", "log10" -> x == 0 ? call + " is minus infinity: " + name + " needs a number above 0"
                        : call + " is not a real number: " + name + " needs a number above 0";
                case "sqrt" -> call + " is not a real number: sqrt needs a number of 0 or more";
                default -> Double.isNaN(r) ? call + " is not a real number" : Arithmetic.overflow(call);
            };
            throw c.error(-1, EngineError.Kind.NOT_REAL, why);
        };
    }

    private static Value real(Call c, String name, double r) {
        if (Double.isFinite(r)) return new Value.Num(r);
        throw c.error(-1, EngineError.Kind.NOT_REAL, Double.isNaN(r) ? name + " is not a real number here"
                : Arithmetic.overflow("the " + name));
    }

    private static void alias(Map<String, Builtin> f, String alias, String target) {
        Builtin b = f.get(target);
        f.put(alias, new Builtin(alias, b.minArgs(), b.maxArgs(), b.usage().replace(target, alias),
                "same as " + target, b.body()));
    }

    private static Value map(Call c, DoubleUnaryOperator op) {
        Value v = c.arg(0);
        if (v instanceof Value.Num n) return new Value.Num(op.applyAsDouble(n.value()));
        if (v instanceof Value.Vec vec) {
            double[] in = vec.raw();
            c.allocate(in.length, 0);
            double[] out = new double[in.length];
            for (int i = 0; i < in.length; i++) out[i] = op.applyAsDouble(in[i]);
            return Value.Vec.adopt(out);
        }
        throw c.error(0, EngineError.Kind.TYPE, "expected a number or a vector, got a " + v.typeName());
    }

    static double number(Call c, int i) {
        Value v = c.arg(i);
        if (v instanceof Value.Num n) return n.value();
        throw c.error(i, EngineError.Kind.TYPE, "expected a number here, got a " + v.typeName()
                + (v instanceof Value.Vec ? " (use sum(...), mean(...) or dot(...) to get a number)" : ""));
    }

    /** A vector argument; a single number counts as a vector of one. */
    static double[] numbers(Call c, int i) {
        Value v = c.arg(i);
        if (v instanceof Value.Vec vec) return vec.raw();
        if (v instanceof Value.Num n) return new double[] {n.value()};
        throw c.error(i, EngineError.Kind.TYPE, "expected a vector or a number, got a " + v.typeName());
    }

    /** A vector argument that must have elements (the mean of nothing is not a number). */
    private static double[] nonEmpty(Call c, int i, String name) {
        double[] xs = numbers(c, i);
        if (xs.length == 0) {
            throw c.error(i, EngineError.Kind.DOMAIN, "the vector is empty: the " + name + " of no numbers has no value");
        }
        return xs;
    }

    private static Value fold(Call c, DoubleBinaryOperator op) {
        if (c.count() == 1) {
            double[] xs = numbers(c, 0);
            if (xs.length == 0) throw c.error(0, EngineError.Kind.DOMAIN, "the vector is empty");
            double acc = xs[0];
            for (double x : xs) acc = op.applyAsDouble(acc, x);
            return new Value.Num(acc);
        }
        Value acc = c.arg(0);
        for (int i = 1; i < c.count(); i++) {
            acc = Arithmetic.combine(acc, c.arg(i), op, c, i);
        }
        return acc;
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }

    private static double mean(double[] xs) {
        return sum(xs) / xs.length;
    }

    private static double std(double[] xs) {
        double m = mean(xs);
        double s = 0;
        for (double x : xs) s += (x - m) * (x - m);
        return Math.sqrt(s / xs.length);
    }

    private static double dot(Call c) {
        double[] w = numbers(c, 0);
        double[] a = numbers(c, 1);
        if (w.length != a.length) {
            throw c.error(1, EngineError.Kind.TYPE,
                    "dot needs vectors of the same length; got " + w.length + " and " + a.length);
        }
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * a[i];
        return s;
    }

    private static Value saturated(Call c) {
        double z = number(c, 0);
        double threshold = c.count() > 1 ? number(c, 1) : Activation.SIGMOID.defaultThreshold();
        if (!(threshold >= 0)) throw c.error(1, EngineError.Kind.DOMAIN, "the threshold must be 0 or more");
        return Value.Bool.of(Math.abs(z) > threshold);
    }

    /**
     * Rounds half away from zero, in decimal as written (round(0.285, 2) is 0.29), to any
     * magnitude: through {@code long} it would turn 1e20 into 9.22e18.
     */
    private static Value round(Call c) {
        int digits = c.count() > 1 ? count(c, 1, 0, 15) : 0;
        return map(c, x -> {
            if (Math.abs(x) >= 0x1p52) return x; // already a whole number, and exactly so
            double r = BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_UP).doubleValue();
            return r == 0 ? 0.0 : r;
        });
    }

    interface Draw {
        double next(Rng rng);
    }

    private static Value random(Call c, int countArg, Draw draw) {
        if (c.count() <= countArg) return new Value.Num(draw.next(c.rng()));
        int n = count(c, countArg, 1, Integer.MAX_VALUE);
        c.allocate(n, countArg);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = draw.next(c.rng());
        return Value.Vec.adopt(out);
    }

    private static Value uniform(Call c) {
        boolean sized = c.count() == 3;
        double lo = number(c, sized ? 1 : 0);
        double hi = number(c, sized ? 2 : 1);
        if (!(lo <= hi)) throw c.error(sized ? 1 : 0, EngineError.Kind.DOMAIN, "needs lo <= hi; got " + Format.number(lo) + " and " + Format.number(hi));
        if (!Double.isFinite(hi - lo)) throw c.error(-1, EngineError.Kind.NOT_REAL, Arithmetic.overflow("the range hi - lo"));
        return sized ? random(c, 0, r -> r.uniform(lo, hi)) : new Value.Num(c.rng().uniform(lo, hi));
    }

    /** A whole-number argument within [min, max]. */
    private static int count(Call c, int i, int min, int max) {
        double x = number(c, i);
        if (x != Math.rint(x) || x < min || x > max) {
            throw c.error(i, EngineError.Kind.DOMAIN, "expected a whole number"
                    + (max == Integer.MAX_VALUE ? " of at least " + min : " from " + min + " to " + max)
                    + ", got " + Format.number(x));
        }
        return (int) x;
    }

    static List<String> names() {
        return List.copyOf(FUNCTIONS.keySet());
    }
}
