package satlab.sim;

import satlab.engine.Format;
import satlab.engine.Rng;

/** Where the network's input vectors come from. */
public sealed interface InputDistribution {

    /** Fills one input vector. */
    void fill(double[] row, Rng rng);

    /** E[x²] of one input, which sets the first layer's Var(z) = n · Var(w) · E[x²]. */
    double meanSquare();

    /** E[x]: with {@link #meanSquare()}, the two parts of E[x²] = Var(x) + E[x]². */
    double mean();

    String spec();

    String describe();

    /** Each input ~ U(lo, hi). */
    record Uniform(double lo, double hi) implements InputDistribution {
        public Uniform {
            bounded(lo, hi);
            if (!(lo < hi)) {
                throw new IllegalArgumentException("uniform inputs need lo < hi, got " + lo + ", " + hi);
            }
        }

        public void fill(double[] row, Rng rng) {
            for (int i = 0; i < row.length; i++) row[i] = rng.uniform(lo, hi);
        }

        public double meanSquare() {
            return (lo * lo + lo * hi + hi * hi) / 3.0;
        }

        @Override
        public double mean() {
            return (lo + hi) / 2.0;
        }

        public String spec() {
            return "uniform:" + Format.number(lo) + "," + Format.number(hi);
        }

        public String describe() {
            return "inputs ~ U(" + Format.number(lo) + ", " + Format.number(hi) + ")";
        }
    }

    /** Each input ~ N(mean, sd²). */
    record Normal(double mean, double sd) implements InputDistribution {
        public Normal {
            bounded(mean, sd);
            if (!(sd >= 0)) {
                throw new IllegalArgumentException("normal inputs need sd >= 0, got " + sd);
            }
        }

        public void fill(double[] row, Rng rng) {
            for (int i = 0; i < row.length; i++) row[i] = mean + sd * rng.nextGaussian();
        }

        public double meanSquare() {
            return mean * mean + sd * sd;
        }

        @Override
        public double mean() {
            return mean;
        }

        public String spec() {
            return "normal:" + Format.number(mean) + "," + Format.number(sd);
        }

        public String describe() {
            return "inputs ~ N(" + Format.number(mean) + ", " + Format.number(sd) + "²)";
        }
    }

    /**
     * Exactly round(on · n) inputs equal to 1, the rest 0, at random positions:
     * Nielsen's neuron with 1000 inputs, 500 of them 1, is {@code Binary(0.5)}.
     */
    record Binary(double on) implements InputDistribution {
        public Binary {
            if (!(on >= 0 && on <= 1)) {
                throw new IllegalArgumentException("binary inputs need an on-fraction in [0, 1], got " + on);
            }
        }

        public void fill(double[] row, Rng rng) {
            int n = row.length;
            int ones = (int) Math.round(on * n);
            java.util.Arrays.fill(row, 0.0);
            // Partial Fisher–Yates over positions: the first `ones` picks are the ones switched on.
            int[] pos = new int[n];
            for (int i = 0; i < n; i++) pos[i] = i;
            for (int i = 0; i < ones; i++) {
                int j = i + (int) (rng.nextDouble() * (n - i));
                int t = pos[i];
                pos[i] = pos[j];
                pos[j] = t;
                row[pos[i]] = 1.0;
            }
        }

        public double meanSquare() {
            return on;
        }

        @Override
        public double mean() {
            return on;
        }

        public String spec() {
            return "binary:" + Format.number(on);
        }

        public String describe() {
            return "inputs: " + Format.percent(100 * on) + " equal to 1, the rest 0";
        }
    }

    String FORMS = "uniform[:LO,HI], normal[:MEAN,SD] or binary[:FRACTION_ON]";

    /** Largest input magnitude accepted: larger ones can overflow z to infinity, and then to NaN. */
    double MAX_MAGNITUDE = 1e6;

    private static void bounded(double a, double b) {
        if (!(Math.abs(a) <= MAX_MAGNITUDE && Math.abs(b) <= MAX_MAGNITUDE)) {
            throw new IllegalArgumentException("input parameters must lie within +-" + Format.number(MAX_MAGNITUDE)
                    + ", got " + Format.number(a) + ", " + Format.number(b));
        }
    }

    /** Parses "uniform" (0..1), "uniform:-1,1", "normal" (0, 1), "normal:0.5,2", "binary" (half on), "binary:0.3". */
    static InputDistribution parse(String text) {
        String what = "input distribution";
        String name = Specs.name(text);
        double[] a = Specs.numbers(text, what, "uniform:0,1");
        return switch (name) {
            case "uniform" -> a.length == 0 ? new Uniform(0, 1)
                    : checked(() -> {
                        double[] b = Specs.expect(a, 2, 2, text, what, "uniform:-1,1");
                        return new Uniform(b[0], b[1]);
                    }, text);
            case "normal", "gaussian" -> a.length == 0 ? new Normal(0, 1)
                    : checked(() -> {
                        double[] b = Specs.expect(a, 2, 2, text, what, "normal:0,1");
                        return new Normal(b[0], b[1]);
                    }, text);
            case "binary", "half-on" -> a.length == 0 ? new Binary(0.5)
                    : checked(() -> new Binary(Specs.expect(a, 1, 1, text, what, "binary:0.5")[0]), text);
            default -> throw new IllegalArgumentException(
                    "unknown input distribution '" + text.trim() + "' (expected " + FORMS + ")");
        };
    }

    private static InputDistribution checked(java.util.function.Supplier<InputDistribution> make, String text) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new IllegalArgumentException(m.startsWith("input distribution") ? m
                    : "input distribution '" + text.trim() + "': " + m);
        }
    }
}
