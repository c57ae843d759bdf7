package satlab.engine;

/**
 * One neuron: weights, the previous layer's activations, a bias and a squashing
 * function. {@link #report()} says whether it is saturated and why.
 */
public record Neuron(double[] weights, double[] inputs, double bias, Activation activation, double threshold) {

    public Neuron {
        if (weights.length != inputs.length) {
            throw new IllegalArgumentException("weights and inputs differ in length: "
                    + weights.length + " weights, " + inputs.length + " inputs");
        }
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("the threshold must be 0 or more, got " + Format.number(threshold));
        }
        weights = weights.clone();
        inputs = inputs.clone();
    }

    public Neuron(double[] weights, double[] inputs, double bias, Activation activation) {
        this(weights, inputs, bias, activation, defaultThreshold(activation));
    }

    /** |z| > 5 for the sigmoid (the Q&A's rule), 2.5 for tanh (the same gradient fraction). */
    public static double defaultThreshold(Activation activation) {
        return activation.defaultThreshold();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] inputs() {
        return inputs.clone();
    }

    public double z() {
        double s = bias;
        for (int i = 0; i < weights.length; i++) s += weights[i] * inputs[i];
        return s;
    }

    public Report report() {
        double z = z();
        double gradient = activation.derivative(z);
        double percent = gradient / activation.peakGradient() * 100.0;
        boolean saturated = activation == Activation.RELU ? z <= 0 : Math.abs(z) > threshold;
        return new Report(z, activation.apply(z), gradient, percent, saturated, activation, threshold);
    }

    /** At or above this share of the peak slope (%) an unsaturated neuron is simply learning. */
    static final double WEAK_PERCENT = 50;
    /** Below this share (%) an unsaturated neuron is called slow in words: 10 % is |z| ≈ 3.64 for σ. */
    static final double FAINT_PERCENT = 10;

    /** What the explorer and `satlab neuron` show. */
    public record Report(double z, double output, double gradient, double gradientPercent, boolean saturated,
                         Activation activation, double threshold) {

        /** SATURATED or ACTIVE; a ReLU with z ≤ 0 is DEAD (no gradient at all). */
        public String verdict() {
            if (activation == Activation.RELU) return saturated ? "DEAD" : "ACTIVE";
            return saturated ? "SATURATED" : "ACTIVE";
        }

        /** One sentence saying why, in plain ASCII so every terminal can show it. */
        public String explanation() {
            String f = activation.displayName();
            String grad = f + "'(z) = " + Format.number(gradient);
            if (activation == Activation.RELU) {
                return saturated
                        ? "z = " + Format.number(z) + " is not above 0, so relu'(z) = 0: no gradient flows and the neuron cannot learn."
                        : "z = " + Format.number(z) + " is above 0, so relu'(z) = 1: the gradient passes through unchanged.";
            }
            String size = "|z| = " + Format.number(Math.abs(z));
            String pct = Format.number(gradientPercent) + " % of its peak " + Format.number(activation.peakGradient());
            if (saturated) {
                return size + " is above the threshold " + Format.number(threshold) + ", so " + grad + " is only " + pct
                        + ": updates through this neuron are tiny and learning nearly stops.";
            }
            String within = size + " is within the threshold " + Format.number(threshold) + ", so " + grad + " is "
                    + pct;
            if (gradientPercent >= WEAK_PERCENT) return within + ": the gradient flows and the neuron learns.";
            String smaller = within + ": not saturated by this rule, but updates are already "
                    + Format.number(100 / gradientPercent) + " times smaller than at z = 0";
            if (gradientPercent >= FAINT_PERCENT) return smaller + ".";
            return smaller + "; the threshold is a convention, and this close to it the neuron learns slowly.";
        }
    }
}
