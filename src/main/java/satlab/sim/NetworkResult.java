package satlab.sim;

import java.util.List;

/** A finished experiment: its configuration and one {@link LayerStats} per layer, input side first. */
public record NetworkResult(NetworkConfig config, List<LayerStats> layers) {
    public NetworkResult {
        layers = List.copyOf(layers);
    }

    public LayerStats layer(int oneBased) {
        return layers.get(oneBased - 1);
    }

    public LayerStats top() {
        return layers.get(layers.size() - 1);
    }
}
