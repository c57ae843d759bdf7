package satlab.sim;

import satlab.engine.Activation;

/**
 * The weights, biases and inputs of a {@link NetworkConfig}, drawn once, so the
 * forward pass alone can be run repeatedly (benchmarks, or a screen that animates
 * the same network). Draws the same numbers as {@link Network#run}.
 */
public final class LayerStack {
    private final NetworkConfig config;
    private final double[][][] weights;
    private final double[][] biases;
    private final double[][] inputs;

    private LayerStack(NetworkConfig config) {
        this.config = config;
        this.weights = new double[config.layers()][][];
        this.biases = new double[config.layers()][];
        for (int l = 1; l <= config.layers(); l++) {
            weights[l - 1] = Network.weights(config, l);
            biases[l - 1] = Network.biases(config, l);
        }
        this.inputs = Network.inputs(config);
    }

    public static LayerStack build(NetworkConfig config) {
        return new LayerStack(config);
    }

    public NetworkConfig config() {
        return config;
    }

    /** Runs every layer on the batch and returns the top layer's activations (batch rows of width). */
    public double[][] forward() {
        Activation f = config.activation();
        double[][] a = inputs;
        for (int l = 0; l < weights.length; l++) {
            double[][] z = new double[config.batch()][config.width()];
            Dense.forward(a, weights[l], biases[l], z);
            for (double[] row : z) {
                for (int j = 0; j < row.length; j++) row[j] = f.apply(row[j]);
            }
            a = z;
        }
        return a;
    }
}
