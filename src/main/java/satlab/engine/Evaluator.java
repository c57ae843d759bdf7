package satlab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * Walks the tree. One evaluator serves one run: it owns the element budget that
 * stops a hostile expression from allocating without bound.
 */
final class Evaluator {
    private final String source;
    private final Map<String, Value> variables;
    private final Rng rng;
    private final Limits limits;
    private long elements;

    Evaluator(String source, Map<String, Value> variables, Rng rng, Limits limits) {
        this.source = source;
        this.variables = variables;
        this.rng = rng;
        this.limits = limits;
    }

    Value evaluate(Expr expr) {
        // Java 17 has no pattern switch; the sealed Expr keeps this list complete.
        if (expr instanceof Expr.Number n) return new Value.Num(n.value());
        if (expr instanceof Expr.Bool b) return Value.Bool.of(b.value());
        if (expr instanceof Expr.Vector v) return vector(v);
        if (expr instanceof Expr.Variable v) return variable(v);
        if (expr instanceof Expr.Assign a) return assign(a);
        if (expr instanceof Expr.Negate n) {
            return Arithmetic.combine(new Value.Num(0), evaluate(n.operand()), (x, y) -> -y,
                    at(n.span(), List.of(n.span())), 0);
        }
        if (expr instanceof Expr.Not n) return Value.Bool.of(!bool(evaluate(n.operand()), n.operand().span(), "not"));
        if (expr instanceof Expr.Logical l) return logical(l);
        if (expr instanceof Expr.Binary b) return binary(b);
        if (expr instanceof Expr.Call c) return call(c);
        throw new IllegalStateException("unknown node " + expr);
    }

    private Value vector(Expr.Vector v) {
        int n = v.elements().size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Expr e = v.elements().get(i);
            Value x = evaluate(e);
            if (!(x instanceof Value.Num num)) {
                throw error(EngineError.Kind.TYPE, e.span(),
                        "vector elements must be numbers, got a " + x.typeName());
            }
            out[i] = num.value();
        }
        return Value.Vec.adopt(out);
    }

    private Value variable(Expr.Variable v) {
        Value value = variables.get(v.name());
        if (value != null) return value;
        Double constant = Builtins.CONSTANTS.get(v.name());
        if (constant != null) return new Value.Num(constant);
        if (Builtins.FUNCTIONS.containsKey(v.name())) {
            throw error(EngineError.Kind.NAME, v.span(),
                    "'" + Names.shown(v.name()) + "' is a function; call it like " + Builtins.FUNCTIONS.get(v.name()).usage());
        }
        throw error(EngineError.Kind.NAME, v.span(), "unknown name '" + Names.shown(v.name()) + "'" + Names.suggestion(v.name(), knownNames()));
    }

    private Value assign(Expr.Assign a) {
        if (Builtins.CONSTANTS.containsKey(a.name())) {
            throw error(EngineError.Kind.NAME, new Span(a.span().offset(), a.name().length()),
                    "'" + a.name() + "' is a constant and can't be assigned; pick another name");
        }
        if (Builtins.FUNCTIONS.containsKey(a.name())) {
            throw error(EngineError.Kind.NAME, new Span(a.span().offset(), a.name().length()),
                    "'" + a.name() + "' is a function name; pick another name for the variable");
        }
        Value value = evaluate(a.value());
        long stored = size(value);
        for (Map.Entry<String, Value> v : variables.entrySet()) {
            if (!v.getKey().equals(a.name())) stored += size(v.getValue());
        }
        if (stored > limits.maxStoredElements()) {
            throw error(EngineError.Kind.LIMIT, a.span(), "the variables would hold " + stored
                    + " numbers, over this session's limit of " + limits.maxStoredElements()
                    + "; reuse a name or use smaller vectors");
        }
        variables.put(a.name(), value);
        return value;
    }

    private static long size(Value v) {
        return v instanceof Value.Vec vec ? vec.length() : 1;
    }

    private Value logical(Expr.Logical l) {
        String op = l.isAnd() ? "and" : "or";
        boolean left = bool(evaluate(l.left()), l.left().span(), op);
        if (l.isAnd() ? !left : left) return Value.Bool.of(left);
        return Value.Bool.of(bool(evaluate(l.right()), l.right().span(), op));
    }

    private boolean bool(Value v, Span span, String op) {
        if (v instanceof Value.Bool b) return b.value();
        throw error(EngineError.Kind.TYPE, span, "'" + op + "' needs true or false here, got a " + v.typeName()
                + " (compare it first, e.g. x > 5)");
    }

    private Value binary(Expr.Binary b) {
        Value left = evaluate(b.left());
        Value right = evaluate(b.right());
        if (b.op().isComparison()) return compare(b, left, right);
        Span opSpan = b.opSpan();
        DoubleBinaryOperator raw = switch (b.op()) {
            case ADD -> Double::sum;
            case SUBTRACT -> (x, y) -> x - y;
            case MULTIPLY -> (x, y) -> x * y;
            case DIVIDE -> (x, y) -> x / y;
            case POWER -> Math::pow;
            default -> throw new IllegalStateException(b.op().name());
        };
        // The one rule for leaving the real numbers: an error at the operator that did it.
        DoubleBinaryOperator op = (x, y) -> {
            double r = raw.applyAsDouble(x, y);
            if (Double.isFinite(r)) return r;
            throw error(EngineError.Kind.NOT_REAL, opSpan, notReal(b.op(), x, y, r));
        };
        if (left instanceof Value.Bool || right instanceof Value.Bool) {
            Span where = left instanceof Value.Bool ? b.left().span() : b.right().span();
            throw error(EngineError.Kind.TYPE, where, "'" + b.op().symbol + "' needs numbers or vectors, got a boolean");
        }
        return Arithmetic.combine(left, right, op, at(opSpan, List.of(opSpan)), 0);
    }

    /** Why {@code x op y} gave {@code r}, which is not a real number, in words. */
    private static String notReal(Expr.BinaryOp op, double x, double y, double r) {
        String expr = Format.number(x) + " " + op.symbol + " " + Format.number(y);
        if (op == Expr.BinaryOp.DIVIDE && y == 0) return "division by zero (" + expr + ")";
        if (op == Expr.BinaryOp.POWER && Double.isNaN(r) && x < 0) {
            return "(" + Format.number(x) + ")^" + Format.number(y) + " is not a real number: a negative number"
                    + " to a power that is not whole";
        }
        if (op == Expr.BinaryOp.POWER && x == 0 && y < 0) return "0 to a negative power is a division by zero";
        return Double.isNaN(r) ? expr + " is not a real number" : Arithmetic.overflow(expr);
    }

    private Value compare(Expr.Binary b, Value left, Value right) {
        if (b.op() == Expr.BinaryOp.EQUAL || b.op() == Expr.BinaryOp.NOT_EQUAL) {
            boolean want = b.op() == Expr.BinaryOp.EQUAL;
            if (left instanceof Value.Vec x && right instanceof Value.Vec y) return Value.Bool.of(equal(x, y) == want);
            if (left instanceof Value.Bool x && right instanceof Value.Bool y) {
                return Value.Bool.of((x.value() == y.value()) == want);
            }
        }
        if (left instanceof Value.Num x && right instanceof Value.Num y) {
            double l = x.value();
            double r = y.value();
            return Value.Bool.of(switch (b.op()) {
                case LESS -> l < r;
                case LESS_EQUAL -> l <= r;
                case GREATER -> l > r;
                case GREATER_EQUAL -> l >= r;
                case EQUAL -> l == r;
                case NOT_EQUAL -> l != r;
                default -> throw new IllegalStateException(b.op().name());
            });
        }
        Value odd = left instanceof Value.Num ? right : left;
        Span where = left instanceof Value.Num ? b.right().span() : b.left().span();
        throw error(EngineError.Kind.TYPE, where, "'" + b.op().symbol + "' compares numbers, got a " + odd.typeName()
                + (odd instanceof Value.Vec ? " (reduce it first, e.g. max(abs(v)) > 5)" : ""));
    }

    /** IEEE equality element by element (0 == -0); vectors of different lengths are not equal. */
    private static boolean equal(Value.Vec x, Value.Vec y) {
        if (x.length() != y.length()) return false;
        for (int i = 0; i < x.length(); i++) {
            if (x.get(i) != y.get(i)) return false;
        }
        return true;
    }

    private Value call(Expr.Call c) {
        Builtins.Builtin f = Builtins.FUNCTIONS.get(c.name());
        if (f == null) {
            String hint = variables.containsKey(c.name()) || Builtins.CONSTANTS.containsKey(c.name())
                    ? "'" + Names.shown(c.name()) + "' is a variable, not a function"
                    : "unknown function '" + Names.shown(c.name()) + "'" + Names.suggestion(c.name(), Builtins.FUNCTIONS.keySet());
            throw error(EngineError.Kind.NAME, c.nameSpan(), hint);
        }
        int n = c.arguments().size();
        if (n < f.minArgs() || n > f.maxArgs()) {
            throw error(EngineError.Kind.ARITY, c.nameSpan(), f.name() + " takes " + arity(f) + ", got " + n
                    + "; use " + f.usage());
        }
        List<Value> args = new ArrayList<>(n);
        List<Span> spans = new ArrayList<>(n);
        for (Expr e : c.arguments()) {
            args.add(evaluate(e));
            spans.add(e.span());
        }
        return f.body().apply(new CallSite(args, spans, c.nameSpan()));
    }

    private static String arity(Builtins.Builtin f) {
        if (f.minArgs() == f.maxArgs()) return f.minArgs() + (f.minArgs() == 1 ? " argument" : " arguments");
        if (f.maxArgs() == Integer.MAX_VALUE) return "at least " + f.minArgs() + (f.minArgs() == 1 ? " argument" : " arguments");
        return f.minArgs() + " to " + f.maxArgs() + " arguments";
    }

    private Builtins.Call at(Span callSpan, List<Span> spans) {
        return new CallSite(List.of(), spans, callSpan);
    }

    private Iterable<String> knownNames() {
        List<String> names = new ArrayList<>(variables.keySet());
        names.addAll(Builtins.CONSTANTS.keySet());
        names.addAll(Builtins.FUNCTIONS.keySet());
        return names;
    }

    private EngineError error(EngineError.Kind kind, Span span, String message) {
        return new EngineError(kind, message, source, span.offset(), span.length());
    }

    private void charge(long n, Span span) {
        if (n > limits.maxVectorLength()) {
            throw error(EngineError.Kind.LIMIT, span, "a vector of " + n + " elements is over the limit of "
                    + limits.maxVectorLength());
        }
        elements += n;
        if (elements > limits.maxElementsPerRun()) {
            throw error(EngineError.Kind.LIMIT, span, "this computes more than " + limits.maxElementsPerRun()
                    + " vector elements; use smaller vectors");
        }
    }

    /** A call's view of its arguments, with errors placed on the right argument. */
    private final class CallSite implements Builtins.Call {
        private final List<Value> args;
        private final List<Span> spans;
        private final Span callSpan;

        CallSite(List<Value> args, List<Span> spans, Span callSpan) {
            this.args = args;
            this.spans = spans;
            this.callSpan = callSpan;
        }

        @Override
        public Value arg(int i) {
            return args.get(i);
        }

        @Override
        public int count() {
            return args.size();
        }

        @Override
        public Rng rng() {
            return rng;
        }

        @Override
        public EngineError error(int i, EngineError.Kind kind, String message) {
            Span where = i >= 0 && i < spans.size() ? spans.get(i) : callSpan;
            return Evaluator.this.error(kind, where, message);
        }

        @Override
        public void allocate(long n, int argIndex) {
            charge(n, argIndex >= 0 && argIndex < spans.size() ? spans.get(argIndex) : callSpan);
        }
    }
}
