package satlab.sim;

import satlab.engine.Activation;
import satlab.engine.Format;

/**
 * One run of the training playground, immutable: a multilayer perceptron of
 * {@code layers} hidden layers of {@code width} neurons and one sigmoid output,
 * trained by mini-batch gradient descent on a generated two-class problem.
 *
 * @param data       which problem
 * @param points     training points; a quarter as many more are drawn for the test set
 * @param noise      sd of the noise added to every coordinate
 * @param layers     hidden layers
 * @param width      neurons per hidden layer
 * @param activation the hidden layers' function (the output is always a sigmoid)
 * @param init       how weights are drawn
 * @param scale      every weight drawn is multiplied by this (1 = the init as it is)
 * @param cost       quadratic or cross-entropy, on the sigmoid output
 * @param batch      examples per gradient step
 * @param eta        learning rate η
 * @param epochs     passes over the training points
 * @param threshold  |z| beyond which a neuron counts as saturated; NaN for the activation's default
 * @param seed       data, weights and the order of the examples all follow from it
 */
public record TrainNetConfig(DataKind data, int points, double noise, int layers, int width, Activation activation,
        Init init, double scale, Cost cost, int batch, double eta, int epochs, double threshold, long seed) {

    public static final int MAX_POINTS = 20_000;
    public static final int MAX_LAYERS = 10;
    public static final int MAX_WIDTH = 256;
    public static final int MAX_EPOCHS = 100_000;
    public static final double MAX_ETA = 1000;
    public static final double MAX_SCALE = 1000;

    public TrainNetConfig {
        if (data == null || activation == null || init == null || cost == null) {
            throw new IllegalArgumentException("data, activation, init and cost must all be given");
        }
        range("points", points, 8, MAX_POINTS);
        range("layers", layers, 1, MAX_LAYERS);
        range("width", width, 1, MAX_WIDTH);
        range("batch", batch, 1, MAX_POINTS);
        range("epochs", epochs, 0, MAX_EPOCHS);
        if (!(noise >= 0 && noise <= 1)) throw new IllegalArgumentException("noise must be from 0 to 1, got " + noise);
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be above 0 and at most " + Format.number(MAX_SCALE)
                    + ", got " + Format.number(scale));
        }
        if (!(eta > 0 && eta <= MAX_ETA)) {
            throw new IllegalArgumentException("eta must be above 0 and at most " + Format.number(MAX_ETA) + ", got "
                    + Format.number(eta));
        }
        if (!Double.isNaN(threshold) && !(threshold >= 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException("threshold must be a finite number >= 0, got " + threshold);
        }
    }

    /**
     * The playground's first run: a 3 × 32 sigmoid net with N(0, 1) weights and the
     * quadratic cost on the circles, 400 points, batch 32, η = 0.5, 100 epochs.
     */
    public static TrainNetConfig defaults() {
        return new TrainNetConfig(DataKind.CIRCLES, 400, 0.05, 3, 32, Activation.SIGMOID, new Init.Normal(1), 1,
                Cost.QUADRATIC, 32, 0.5, 100, Double.NaN, 1);
    }

    /** The test points drawn besides the training points. */
    public int testPoints() {
        return Math.max(2, points / 4);
    }

    /** The hidden layers' threshold in use; 0 for relu, which counts z ≤ 0 as dead. */
    public double saturationThreshold() {
        if (activation == Activation.RELU) return 0.0;
        return Double.isNaN(threshold) ? activation.defaultThreshold() : threshold;
    }

    /** Floating-point work of one epoch's forward and backward passes (multiply-adds count two). */
    public double epochFlops() {
        double weights = 2.0 * width + (layers - 1.0) * width * width + width;
        // forward: one multiply-add per weight; backward: one for the weights' gradient and one for the
        // gradient passed down (none below the first layer).
        double perPoint = 2 * weights + 2 * weights + 2 * (weights - 2.0 * width);
        return perPoint * points;
    }

    public TrainNetConfig withData(DataKind v) {
        return new TrainNetConfig(v, points, noise, layers, width, activation, init, scale, cost, batch, eta, epochs,
                threshold, seed);
    }

    public TrainNetConfig withLayers(int v) {
        return new TrainNetConfig(data, points, noise, v, width, activation, init, scale, cost, batch, eta, epochs,
                threshold, seed);
    }

    public TrainNetConfig withWidth(int v) {
        return new TrainNetConfig(data, points, noise, layers, v, activation, init, scale, cost, batch, eta, epochs,
                threshold, seed);
    }

    public TrainNetConfig withActivation(Activation v) {
        return new TrainNetConfig(data, points, noise, layers, width, v, init, scale, cost, batch, eta, epochs,
                threshold, seed);
    }

    public TrainNetConfig withInit(Init v) {
        return new TrainNetConfig(data, points, noise, layers, width, activation, v, scale, cost, batch, eta, epochs,
                threshold, seed);
    }

    public TrainNetConfig withScale(double v) {
        return new TrainNetConfig(data, points, noise, layers, width, activation, init, v, cost, batch, eta, epochs,
                threshold, seed);
    }

    public TrainNetConfig withCost(Cost v) {
        return new TrainNetConfig(data, points, noise, layers, width, activation, init, scale, v, batch, eta, epochs,
                threshold, seed);
    }

    public TrainNetConfig withEta(double v) {
        return new TrainNetConfig(data, points, noise, layers, width, activation, init, scale, cost, batch, v, epochs,
                threshold, seed);
    }

    public TrainNetConfig withEpochs(int v) {
        return new TrainNetConfig(data, points, noise, layers, width, activation, init, scale, cost, batch, eta, v,
                threshold, seed);
    }

    public TrainNetConfig withSeed(long v) {
        return new TrainNetConfig(data, points, noise, layers, width, activation, init, scale, cost, batch, eta, epochs,
                threshold, v);
    }

    /** The init with its scale, as a learner reads it: "N(0, 1²)", "Xavier x 4". */
    public String initLabel() {
        String base = init instanceof Init.Normal n ? (n.sd() == 1 ? "N(0,1)" : "N(0, " + Format.number(n.sd()) + "^2)")
                : init instanceof Init.Uniform u ? "U(-" + Format.number(u.r()) + ", " + Format.number(u.r()) + ")"
                : init.spec().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + init.spec().substring(1);
        return scale == 1 ? base : base + " x " + Format.number(scale);
    }

    /** "3 x 32 sigmoid, N(0,1), quadratic". */
    public String label() {
        return layers + " x " + width + " " + activation.displayName() + ", " + initLabel() + ", "
                + cost.displayName();
    }

    /** Everything, for headers. */
    public String summary() {
        return label() + "; " + data.spec() + ", " + points + " points (+" + testPoints() + " test), noise "
                + Format.number(noise) + "; batch " + batch + ", eta " + Format.number(eta) + ", " + epochs
                + " epochs; seed " + seed;
    }

    private static void range(String name, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be between " + lo + " and " + hi + ", got " + v);
        }
    }
}
