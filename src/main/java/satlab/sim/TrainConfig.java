package satlab.sim;

import satlab.engine.Format;

/**
 * Gradient descent on one sigmoid neuron with one input, Nielsen's learning-slowdown
 * example (ch. 3): x = 1, y = 0, η = 0.15.
 *
 * @param w starting weight
 * @param b starting bias
 * @param x the input
 * @param y the target output
 * @param eta learning rate η
 * @param cost quadratic or cross-entropy
 * @param epochs gradient steps to take (each epoch is one step on the one example)
 */
public record TrainConfig(double w, double b, double x, double y, double eta, Cost cost, int epochs) {
    public static final int MAX_EPOCHS = 1_000_000;

    public TrainConfig {
        finite("w", w);
        finite("b", b);
        finite("x", x);
        finite("y", y);
        finite("eta", eta);
        if (y < 0 || y > 1) throw new IllegalArgumentException("target y must be in [0, 1], got " + Format.number(y));
        if (eta <= 0) throw new IllegalArgumentException("learning rate eta must be > 0, got " + Format.number(eta));
        if (cost == null) throw new IllegalArgumentException("cost must be given");
        if (epochs < 0 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be between 0 and " + MAX_EPOCHS + ", got " + epochs);
        }
    }

    /** Nielsen's setting from start (w, b): x = 1, y = 0, η = 0.15, 300 epochs. */
    public static TrainConfig nielsen(double w, double b, Cost cost) {
        return new TrainConfig(w, b, 1, 0, 0.15, cost, 300);
    }

    public TrainConfig withStart(double w, double b) {
        return new TrainConfig(w, b, x, y, eta, cost, epochs);
    }

    public TrainConfig withCost(Cost v) {
        return new TrainConfig(w, b, x, y, eta, v, epochs);
    }

    public TrainConfig withEta(double v) {
        return new TrainConfig(w, b, x, y, v, cost, epochs);
    }

    public TrainConfig withEpochs(int v) {
        return new TrainConfig(w, b, x, y, eta, cost, v);
    }

    /** "start (2, 2), quadratic" — names a curve in legends. */
    public String label() {
        return "start (" + Format.number(w) + ", " + Format.number(b) + "), " + cost.displayName();
    }

    public String summary() {
        return label() + "; x = " + Format.number(x) + ", y = " + Format.number(y) + ", eta = "
                + Format.number(eta) + ", " + epochs + " epochs";
    }

    private static void finite(String name, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException(name + " must be a finite number, got " + v);
    }
}
