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

    /** The first epoch whose training loss is at most the given one; -1 if none. */
    public int epochReaching(double trainLoss) {
        for (EpochStats e : epochs) if (e.trainLoss() <= trainLoss) return e.epoch();
        return -1;
    }
}
