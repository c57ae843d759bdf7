package satlab.sim;

import java.util.List;

/**
 * Where a training run stands after an epoch (epoch 0: before any step). The
 * training loss and accuracy and the per-layer figures are averaged over the
 * epoch's mini-batches as they were trained (epoch 0: over the training points at
 * the starting weights); the test figures are measured after the epoch.
 *
 * @param eta    the learning rate the epoch used
 * @param layers the hidden layers, then the output neuron
 */
public record EpochStats(int epoch, double trainLoss, double testLoss, double trainAccuracy, double testAccuracy,
        double eta, List<Layer> layers) {

    public EpochStats {
        layers = List.copyOf(layers);
    }

    /**
     * @param layer        1-based; the output neuron is the last
     * @param saturated    share of the layer's units beyond the threshold (relu: z ≤ 0)
     * @param meanAbsSlope mean |f'(z)|: how much of a gradient the units pass on
     * @param meanActivation mean output of the units (Glorot and Bengio plot it per layer)
     * @param gradientNorm  ‖∂C/∂W‖ of the layer's weights, the batch mean cost, averaged over batches
     */
    public record Layer(int layer, double saturated, double meanAbsSlope, double meanActivation,
            double gradientNorm) {}

    /** The hidden layer l (1-based). */
    public Layer hidden(int l) {
        return layers.get(l - 1);
    }

    public Layer output() {
        return layers.get(layers.size() - 1);
    }
}
