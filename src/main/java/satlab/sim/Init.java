package satlab.sim;

import satlab.engine.Format;
import satlab.engine.Rng;

/**
 * How a layer's weights are drawn. Every scheme gives independent zero-mean
 * weights, so Var(z) = n_in · Var(w) · E[a²] + Var(b): the variance is what matters.
 * LeCun, Xavier and He draw from a normal distribution with their variance.
 */
public sealed interface Init {

    /** The variance of one weight of a layer with the given fan-in and fan-out. */
    double variance(int fanIn, int fanOut);

    /** The option text that parses back to this init ("normal:1", "xavier"). */
    String spec();

    /** One line for a table header: the scheme and its formula. */
    String describe();

    /** Draws one weight; LeCun, Xavier and He draw from a normal with their variance. */
    default double draw(Rng rng, int fanIn, int fanOut) {
        return Math.sqrt(variance(fanIn, fanOut)) * rng.nextGaussian();
    }

    /** N(0, sd²). */
    record Normal(double sd) implements Init {
        public Normal {
            if (!(sd >= 0 && sd <= MAX_SPREAD)) {
                throw new IllegalArgumentException("normal init needs an sd from 0 to " + Format.number(MAX_SPREAD)
                        + ", got " + Format.number(sd));
            }
        }

        public double variance(int fanIn, int fanOut) {
            return sd * sd;
        }

        public String spec() {
            return "normal:" + Format.number(sd);
        }

        public String describe() {
            return "weights ~ N(0, " + Format.number(sd) + "²)";
        }

        public double draw(Rng rng, int fanIn, int fanOut) {
            return sd * rng.nextGaussian();
        }
    }

    /** U(−r, r), variance r²/3. */
    record Uniform(double r) implements Init {
        public Uniform {
            if (!(r >= 0 && r <= MAX_SPREAD)) {
                throw new IllegalArgumentException("uniform init needs a radius from 0 to " + Format.number(MAX_SPREAD)
                        + ", got " + Format.number(r));
            }
        }

        public double variance(int fanIn, int fanOut) {
            return r * r / 3.0;
        }

        public String spec() {
            return "uniform:" + Format.number(r);
        }

        public String describe() {
            return "weights ~ U(-" + Format.number(r) + ", " + Format.number(r) + ")";
        }

        public double draw(Rng rng, int fanIn, int fanOut) {
            return rng.uniform(-r, r);
        }
    }

    /** LeCun et al. (1998): N(0, 1/n_in). */
    record LeCun() implements Init {
        public double variance(int fanIn, int fanOut) {
            return 1.0 / fanIn;
        }

        public String spec() {
            return "lecun";
        }

        public String describe() {
            return "LeCun: weights ~ N(0, 1/n_in)";
        }    }

    /** Glorot and Bengio (2010), "normalized": N(0, 2/(n_in + n_out)). */
    record Xavier() implements Init {
        public double variance(int fanIn, int fanOut) {
            return 2.0 / (fanIn + fanOut);
        }

        public String spec() {
            return "xavier";
        }

        public String describe() {
            return "Xavier: weights ~ N(0, 2/(n_in + n_out))";
        }    }

    /** He et al. (2015), for ReLU: N(0, 2/n_in). */
    record He() implements Init {
        public double variance(int fanIn, int fanOut) {
            return 2.0 / fanIn;
        }

        public String spec() {
            return "he";
        }

        public String describe() {
            return "He: weights ~ N(0, 2/n_in)";
        }    }

    /**
     * Glorot and Bengio's (2010) "standard" initialisation, the common heuristic of their day:
     * U(−1/√n_in, 1/√n_in), variance 1/(3·n_in).
     */
    record Standard() implements Init {
        public double variance(int fanIn, int fanOut) {
            return 1.0 / (3.0 * fanIn);
        }

        public String spec() {
            return "standard";
        }

        public String describe() {
            return "standard: weights ~ U(-1/sqrt(n_in), 1/sqrt(n_in))";
        }

        public double draw(Rng rng, int fanIn, int fanOut) {
            double r = 1.0 / Math.sqrt(fanIn);
            return rng.uniform(-r, r);
        }
    }

    String FORMS = "normal:SD, uniform:R, standard, lecun, xavier or he";

    /** Largest sd or radius: beyond it sums of 4096 terms can overflow and z is no longer a number. */
    double MAX_SPREAD = 1e6;

    /** Parses "normal:1", "normal" (sd 1), "uniform:0.5", "standard", "lecun", "xavier" ("glorot"), "he". */
    static Init parse(String text) {
        String what = "init";
        String name = Specs.name(text);
        double[] args = Specs.numbers(text, what, "normal:1");
        return switch (name) {
            case "normal", "gaussian" -> new Normal(args.length == 0 ? 1.0
                    : positive(Specs.expect(args, 1, 1, text, what, "normal:0.05")[0], text));
            case "uniform" -> new Uniform(positive(Specs.expect(args, 1, 1, text, what, "uniform:0.5")[0], text));
            case "lecun" -> noArgs(new LeCun(), args, text);
            case "xavier", "glorot" -> noArgs(new Xavier(), args, text);
            case "he", "kaiming" -> noArgs(new He(), args, text);
            case "standard" -> noArgs(new Standard(), args, text);
            default -> throw new IllegalArgumentException(
                    "unknown init '" + text.trim() + "' (expected " + FORMS + ")");
        };
    }

    private static double positive(double v, String text) {
        if (v < 0 || v > MAX_SPREAD) {
            throw new IllegalArgumentException("init '" + text.trim() + "': the spread must be from 0 to "
                    + Format.number(MAX_SPREAD));
        }
        return v;
    }

    private static Init noArgs(Init init, double[] args, String text) {
        if (args.length > 0) {
            throw new IllegalArgumentException("init '" + text.trim() + "': " + init.spec()
                    + " takes no number, its variance follows from the layer sizes");
        }
        return init;
    }
}
