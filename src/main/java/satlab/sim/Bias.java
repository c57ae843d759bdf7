package satlab.sim;

import satlab.engine.Format;
import satlab.engine.Rng;

/**
 * How biases are drawn: b ~ N(0, sd²), with sd = 0 meaning all biases are zero.
 * The bias adds Var(b) = sd² to every neuron's Var(z); Nielsen's chapter-3 example
 * keeps N(0, 1) biases while shrinking the weights, which is why his improved sd of
 * z is √1.5 = 1.22 and not √0.5. Zero is the default here, as in most libraries.
 */
public record Bias(double sd) {
    public static final Bias ZERO = new Bias(0);
    public static final Bias NIELSEN = new Bias(1);

    public Bias {
        if (!(sd >= 0 && sd <= 1e6)) {
            throw new IllegalArgumentException("bias sd must be from 0 to 1000000, got " + Format.number(sd));
        }
    }

    public double draw(Rng rng) {
        return sd == 0 ? 0.0 : sd * rng.nextGaussian();
    }

    public double variance() {
        return sd * sd;
    }

    public String spec() {
        return sd == 0 ? "zero" : "normal:" + Format.number(sd);
    }

    public String describe() {
        return sd == 0 ? "biases 0" : "biases ~ N(0, " + Format.number(sd) + "²)";
    }

    /** Parses "zero" (also "0", "none"), "normal" (sd 1) or "normal:SD". */
    public static Bias parse(String text) {
        String name = Specs.name(text);
        double[] a = Specs.numbers(text, "bias", "normal:1");
        return switch (name) {
            case "zero", "0", "none" -> {
                if (a.length > 0) throw new IllegalArgumentException("bias '" + text.trim() + "': zero takes no number");
                yield ZERO;
            }
            case "normal", "gaussian" -> {
                double sd = a.length == 0 ? 1.0 : Specs.expect(a, 1, 1, text, "bias", "normal:1")[0];
                if (sd < 0 || sd > 1e6) {
                    throw new IllegalArgumentException("bias '" + text.trim() + "': the sd must be from 0 to 1000000");
                }
                yield new Bias(sd);
            }
            default -> throw new IllegalArgumentException(
                    "unknown bias '" + text.trim() + "' (expected zero or normal[:SD])");
        };
    }
}
