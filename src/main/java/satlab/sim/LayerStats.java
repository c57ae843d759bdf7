package satlab.sim;

/**
 * What one layer did for the whole batch.
 *
 * @param layer 1-based layer number (1 is nearest the input)
 * @param fanIn n_in, the inputs each neuron of this layer adds up
 * @param weightVariance Var(w) of this layer's initial weights (the init's formula)
 * @param inputMean E[a] of this layer's inputs (the layer below's outputs; layer 1: the inputs)
 * @param inputMeanSquare E[a²] of the same inputs, measured: Var(a) + E[a]²
 * @param zMean mean of z = w·a + b over all neurons and samples
 * @param zSd standard deviation of z over all neurons and samples
 * @param predictedZSd √(n_in · Var(w) · E[a²] + Var(b)), using the measured E[a²] of
 *     the layer below (the inputs' exact E[x²] for layer 1): the variance formula
 *     the measured zSd should match
 * @param aMean mean activation
 * @param aSd standard deviation of the activations
 * @param saturated fraction with |z| > threshold (sigmoid, tanh) or z ≤ 0 (relu: dead)
 * @param expectedSaturated the same fraction if z were N(zMean, zSd²): resolves
 *     rates far below 1 / (neurons × batch) that the sample cannot
 * @param histogram the activations, over the activation's range (relu: [0, max])
 * @param meanAbsGradient mean |f'(z)|, the local gradient each neuron passes back
 * @param slopeRms RMS of f'(z) over neurons and samples
 * @param gain the RMS of ∂C/∂z of this layer over that of the layer above: the
 *     factor the gradient is multiplied by on its way down through this layer (one
 *     term of Nielsen's product); NaN for the top layer, which has none above
 * @param predictedGain slopeRms · √(n_out · Var(w) of the layer above), what the
 *     variance formula predicts for the gain; it overshoots when a few unsaturated
 *     neurons carry all of it (weights of 1000); NaN for the top layer
 * @param deltaRms RMS of ∂C/∂z over neurons and samples, when ∂C/∂a of the top
 *     layer is a random unit vector per sample; it is also the bias gradient
 * @param weightGradientRms RMS over weights and samples of one sample's
 *     ∂C/∂w_ij = a_i·δ_j: how far one gradient step moves this layer's weights
 */
public record LayerStats(
        int layer,
        int fanIn,
        double weightVariance,
        double inputMean,
        double inputMeanSquare,
        double zMean,
        double zSd,
        double predictedZSd,
        double aMean,
        double aSd,
        double saturated,
        double expectedSaturated,
        Histogram histogram,
        double meanAbsGradient,
        double slopeRms,
        double gain,
        double predictedGain,
        double deltaRms,
        double weightGradientRms) {

    /** Var(a) of this layer's inputs: E[a²] − E[a]². */
    public double inputVariance() {
        return Math.max(0, inputMeanSquare - inputMean * inputMean);
    }

    /** The share of E[a²] that is E[a]²: how much of the spread of z comes from the inputs' non-zero mean. */
    public double meanShare() {
        return inputMeanSquare > 0 ? inputMean * inputMean / inputMeanSquare : 0;
    }
}
