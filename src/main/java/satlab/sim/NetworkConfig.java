package satlab.sim;

import satlab.engine.Activation;
import satlab.engine.Format;

/**
 * One experiment of the layer-stack lab, immutable; the with-methods give the
 * neighbouring experiment a key press asks for.
 *
 * @param layers number of dense layers (1 = a single layer of neurons)
 * @param width neurons per layer
 * @param inputs length of each input vector (the first layer's fan-in)
 * @param batch number of input vectors pushed through together
 * @param input distribution of the inputs
 * @param init how weights are drawn
 * @param bias how biases are drawn
 * @param activation the squashing function of every layer
 * @param threshold |z| beyond which a sigmoid or tanh neuron counts as saturated;
 *     NaN means the activation's default (5 for sigmoid, 2.5 for tanh). ReLU
 *     ignores it and counts z ≤ 0 as dead.
 * @param bins histogram bins over the activation's range
 * @param seed everything random follows from it
 * @param centred sigmoid only: every layer outputs σ(z) − ½ (= ½·tanh(z/2)), the
 *     zero-centred sigmoid, instead of σ(z)
 */
public record NetworkConfig(
        int layers,
        int width,
        int inputs,
        int batch,
        InputDistribution input,
        Init init,
        Bias bias,
        Activation activation,
        double threshold,
        int bins,
        long seed,
        boolean centred) {

    public static final int MAX_LAYERS = 200;
    public static final int MAX_WIDTH = 4096;
    public static final int MAX_INPUTS = 100_000;
    public static final int MAX_BATCH = 65_536;
    public static final int MAX_BINS = 100;
    /** Doubles kept at once (weights, or per-layer gradients for the backward pass): 128 MiB. */
    public static final long MAX_CELLS = 1L << 24;

    public NetworkConfig {
        range("layers", layers, 1, MAX_LAYERS);
        range("width", width, 1, MAX_WIDTH);
        range("inputs", inputs, 1, MAX_INPUTS);
        range("batch", batch, 1, MAX_BATCH);
        range("bins", bins, 1, MAX_BINS);
        if (input == null || init == null || bias == null || activation == null) {
            throw new IllegalArgumentException("input, init, bias and activation must all be given");
        }
        if (centred && activation != Activation.SIGMOID) {
            throw new IllegalArgumentException("centre applies to the sigmoid (outputs sigmoid(z) - 0.5); "
                    + activation.displayName() + (activation == Activation.TANH ? " is zero-centred already"
                    : " has no centred form here"));
        }
        if (!Double.isNaN(threshold) && !(threshold >= 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException("threshold must be a finite number >= 0, got " + Format.number(threshold));
        }
        long weights = (long) inputs * width + (long) (layers - 1) * width * width;
        if (weights > MAX_CELLS) {
            throw new IllegalArgumentException("too many weights: " + weights + " (limit " + MAX_CELLS
                    + "); use fewer layers, a smaller width or fewer inputs");
        }
        long kept = (long) layers * width * batch;
        if (kept > MAX_CELLS) {
            throw new IllegalArgumentException("layers x width x batch = " + kept + " is over the limit of "
                    + MAX_CELLS + "; use a smaller batch, width or depth");
        }
    }

    /** The experiment with plain σ(z) outputs. */
    public NetworkConfig(int layers, int width, int inputs, int batch, InputDistribution input, Init init, Bias bias,
            Activation activation, double threshold, int bins, long seed) {
        this(layers, width, inputs, batch, input, init, bias, activation, threshold, bins, seed, false);
    }

    /** Sigmoid, 5 layers of 100, batch 256, U(0,1) inputs, N(0,1) weights, zero biases, seed 1. */
    public static NetworkConfig defaults() {
        return new NetworkConfig(5, 100, 100, 256, new InputDistribution.Uniform(0, 1),
                new Init.Normal(1), Bias.ZERO, Activation.SIGMOID, Double.NaN, 10, 1);
    }

    /** The threshold in use: the given one, or the activation's default; 0 for relu. */
    public double saturationThreshold() {
        if (activation == Activation.RELU) return 0.0;
        return Double.isNaN(threshold) ? activation.defaultThreshold() : threshold;
    }

    /** Work of the forward pass in floating-point operations (a multiply and an add per weight per sample). */
    public double forwardFlops() {
        return 2.0 * batch * ((double) inputs * width + (double) (layers - 1) * width * width);
    }

    public NetworkConfig withLayers(int v) {
        return new NetworkConfig(v, width, inputs, batch, input, init, bias, activation, threshold, bins, seed, centred);
    }

    /** Changes the width; when the inputs matched the width they follow it. */
    public NetworkConfig withWidth(int v) {
        int in = inputs == width ? v : inputs;
        return new NetworkConfig(layers, v, in, batch, input, init, bias, activation, threshold, bins, seed, centred);
    }

    public NetworkConfig withInputs(int v) {
        return new NetworkConfig(layers, width, v, batch, input, init, bias, activation, threshold, bins, seed, centred);
    }

    public NetworkConfig withBatch(int v) {
        return new NetworkConfig(layers, width, inputs, v, input, init, bias, activation, threshold, bins, seed, centred);
    }

    public NetworkConfig withInput(InputDistribution v) {
        return new NetworkConfig(layers, width, inputs, batch, v, init, bias, activation, threshold, bins, seed, centred);
    }

    public NetworkConfig withInit(Init v) {
        return new NetworkConfig(layers, width, inputs, batch, input, v, bias, activation, threshold, bins, seed, centred);
    }

    public NetworkConfig withBias(Bias v) {
        return new NetworkConfig(layers, width, inputs, batch, input, init, v, activation, threshold, bins, seed, centred);
    }

    public NetworkConfig withActivation(Activation v) {
        // Only the sigmoid has a centred form here; another activation drops it.
        return new NetworkConfig(layers, width, inputs, batch, input, init, bias, v, threshold, bins, seed,
                centred && v == Activation.SIGMOID);
    }

    /** NaN restores the activation's default threshold. */
    public NetworkConfig withThreshold(double v) {
        return new NetworkConfig(layers, width, inputs, batch, input, init, bias, activation, v, bins, seed, centred);
    }

    public NetworkConfig withBins(int v) {
        return new NetworkConfig(layers, width, inputs, batch, input, init, bias, activation, threshold, v, seed, centred);
    }

    public NetworkConfig withSeed(long v) {
        return new NetworkConfig(layers, width, inputs, batch, input, init, bias, activation, threshold, bins, v, centred);
    }

    /** Switches the centred sigmoid on or off; turning it on needs the sigmoid. */
    public NetworkConfig withCentred(boolean v) {
        return new NetworkConfig(layers, width, inputs, batch, input, init, bias, activation, threshold, bins, seed, v);
    }

    /** One line naming the experiment, for headers and status bars. */
    public String summary() {
        String sat = activation == Activation.RELU ? "dead: z <= 0"
                : "saturated: |z| > " + Format.number(saturationThreshold());
        String f = activation.displayName() + (centred ? " - 0.5 (centred)" : "");
        return layers + " x " + width + " " + f + ", " + inputs + " inputs, batch " + batch
                + "; " + init.describe() + "; " + bias.describe() + "; " + input.describe() + "; " + sat
                + "; seed " + seed;
    }

    private static void range(String name, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be between " + lo + " and " + hi + ", got " + v);
        }
    }
}
