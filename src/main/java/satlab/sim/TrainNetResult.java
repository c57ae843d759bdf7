package satlab.sim;

import java.util.List;

/** A finished (or stopped) training run: epoch 0 first, and the network at its end. */
public record TrainNetResult(TrainNetConfig config, List<EpochStats> epochs, Mlp net) {

    public TrainNetResult {
        epochs = List.copyOf(epochs);
    }

    public EpochStats first() {
        return epochs.get(0);
    }

    public EpochStats last() {
        return epochs.get(epochs.size() - 1);
    }
}
