package satlab.engine;

import java.util.function.DoubleBinaryOperator;

/** Element-wise arithmetic: numbers with numbers, vectors with vectors of the same length, scalars broadcast. */
final class Arithmetic {
    private Arithmetic() {}

    /** The message for a result past the largest double. */
    static String overflow(String what) {
        return what + " is too large for a number (beyond ±1.8e308)";
    }

    /**
     * Combines two values element-wise. {@code argIndex} is the right operand's
     * position for error messages.
     */
    static Value combine(Value left, Value right, DoubleBinaryOperator op, Builtins.Call at, int argIndex) {
        if (left instanceof Value.Num a && right instanceof Value.Num b) {
            return new Value.Num(op.applyAsDouble(a.value(), b.value()));
        }
        if (left instanceof Value.Bool || right instanceof Value.Bool) {
            throw at.error(argIndex, EngineError.Kind.TYPE, "expected numbers or vectors, got a boolean");
        }
        if (left instanceof Value.Vec a && right instanceof Value.Vec b) {
            double[] x = a.raw();
            double[] y = b.raw();
            if (x.length != y.length) {
                throw at.error(argIndex, EngineError.Kind.TYPE,
                        "vector lengths differ: " + x.length + " and " + y.length);
            }
            at.allocate(x.length, argIndex);
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) out[i] = op.applyAsDouble(x[i], y[i]);
            return Value.Vec.adopt(out);
        }
        if (left instanceof Value.Vec a && right instanceof Value.Num b) {
            double[] x = a.raw();
            at.allocate(x.length, argIndex);
            double[] out = new double[x.length];
            double s = b.value();
            for (int i = 0; i < x.length; i++) out[i] = op.applyAsDouble(x[i], s);
            return Value.Vec.adopt(out);
        }
        Value.Num a = (Value.Num) left;
        double[] y = ((Value.Vec) right).raw();
        at.allocate(y.length, argIndex);
        double[] out = new double[y.length];
        double s = a.value();
        for (int i = 0; i < y.length; i++) out[i] = op.applyAsDouble(s, y[i]);
        return Value.Vec.adopt(out);
    }
}
