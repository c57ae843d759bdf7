package satlab.sim;

/**
 * What one layer did for the whole batch.
 *
 * @param layer 1-based layer number (1 is nearest the input)
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
 * @param gradientNorm mean over the batch of ‖∂C/∂z‖ for this layer when ∂C/∂a of
 *     the top layer is a random unit vector per sample; it is also the norm of the
 *     bias gradient, so it shows how fast this layer can learn
 */
public record LayerStats(
        int layer,
        double zMean,
        double zSd,
        double predictedZSd,
        double aMean,
        double aSd,
        double saturated,
        double expectedSaturated,
        Histogram histogram,
        double meanAbsGradient,
        double gradientNorm) {}
