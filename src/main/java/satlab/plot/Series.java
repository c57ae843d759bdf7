package satlab.plot;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import satlab.engine.Activation;
import satlab.engine.EngineError;
import satlab.engine.Interpreter;

/**
 * One curve to draw: the label shown in the legend and the function of z. The
 * function may return NaN or infinities (they leave a gap) but should not throw.
 */
public record Series(String label, DoubleUnaryOperator function) {

    public static final Series SIGMOID = new Series("sigmoid(z)", Activation::sigmoid);
    public static final Series DSIGMOID = new Series("dsigmoid(z)", Activation::dsigmoid);

    public Series {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(function, "function");
    }

    /** σ and σ', the pair every lesson starts from. */
    public static List<Series> defaults() {
        return List.of(SIGMOID, DSIGMOID);
    }

    /**
     * Compiles an engine expression of z, such as {@code sigmoid(z)}, labelled with
     * its text. An expression of x instead ({@code tanh(x)}) is accepted too.
     *
     * @throws EngineError with the position of the problem (unknown name, syntax)
     */
    public static Series compile(Interpreter interpreter, String expression) {
        String source = expression.strip();
        try {
            return new Series(source, interpreter.function(source, "z"));
        } catch (EngineError inZ) {
            if (inZ.kind() != EngineError.Kind.NAME) throw inZ;
            try {
                return new Series(source, interpreter.function(source, "x"));
            } catch (EngineError inX) {
                throw inZ;
            }
        }
    }

    /** f(z), with anything the function throws turned into a gap rather than a crash. */
    double at(double z) {
        try {
            return function.applyAsDouble(z);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
