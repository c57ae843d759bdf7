package satlab.engine;

import java.util.Locale;

/**
 * The squashing functions a neuron can use, with numerically stable values and
 * derivatives for every finite double (no NaN or Infinity from finite input).
 */
public enum Activation {
    SIGMOID(0.25, 5.0),
    TANH(1.0, 2.5),
    RELU(1.0, 0.0);

    private final double peakGradient;
    private final double defaultThreshold;

    Activation(double peakGradient, double defaultThreshold) {
        this.peakGradient = peakGradient;
        this.defaultThreshold = defaultThreshold;
    }

    /** The largest value the derivative takes (σ' peaks at 0.25, at z = 0). */
    public double peakGradient() {
        return peakGradient;
    }

    /**
     * The |z| beyond which a neuron counts as saturated: 5 for the sigmoid (the
     * Q&A's rule), 2.5 for tanh (tanh(z) = 2σ(2z) − 1, so the same gradient
     * fraction). ReLU has no saturation threshold: it is "dead" when z ≤ 0.
     */
    public double defaultThreshold() {
        return defaultThreshold;
    }

    public double apply(double z) {
        return switch (this) {
            case SIGMOID -> sigmoid(z);
            case TANH -> Math.tanh(z);
            case RELU -> relu(z);
        };
    }

    public double derivative(double z) {
        return switch (this) {
            case SIGMOID -> dsigmoid(z);
            case TANH -> dtanh(z);
            case RELU -> drelu(z);
        };
    }

    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Activation parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "sigmoid", "σ", "logistic" -> SIGMOID;
            case "tanh" -> TANH;
            case "relu" -> RELU;
            default -> throw new IllegalArgumentException(
                    "unknown activation '" + name.trim() + "' (expected sigmoid, tanh or relu)");
        };
    }

    /** σ(z), split by sign so e^(−z) never overflows. */
    public static double sigmoid(double z) {
        if (Double.isNaN(z)) return Double.NaN;
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /**
     * σ'(z) as e^(−|z|) / (1 + e^(−|z|))²: the textbook σ·(1 − σ) loses every digit
     * for |z| above about 15 because 1 − σ cancels.
     */
    public static double dsigmoid(double z) {
        if (Double.isNaN(z)) return Double.NaN;
        double e = Math.exp(-Math.abs(z));
        double d = 1.0 + e;
        return e / (d * d);
    }

    /** tanh'(z) = 4σ'(2z), which stays accurate where 1 − tanh²(z) cancels. */
    public static double dtanh(double z) {
        return 4.0 * dsigmoid(2.0 * z);
    }

    public static double relu(double z) {
        return z > 0 ? z : 0.0;
    }

    public static double drelu(double z) {
        return z > 0 ? 1.0 : 0.0;
    }
}
