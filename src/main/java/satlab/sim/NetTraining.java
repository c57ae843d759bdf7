package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/** Runs a {@link TrainNetConfig} to its last epoch, for the line front ends, lessons and tests. */
public final class NetTraining {
    private NetTraining() {}

    public static TrainNetResult run(TrainNetConfig c) {
        return run(c, Progress.none());
    }

    /**
     * Reports each finished epoch as done of total.
     *
     * @throws CancellationException when progress asks to stop or the thread is interrupted
     */
    public static TrainNetResult run(TrainNetConfig c, Progress progress) {
        Mlp net = Mlp.build(c);
        List<EpochStats> epochs = new ArrayList<>(c.epochs() + 1);
        epochs.add(net.measure());
        for (int k = 1; k <= c.epochs(); k++) {
            if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("training cancelled");
            }
            epochs.add(net.epoch(c.eta()));
            progress.update(k, c.epochs());
        }
        return new TrainNetResult(c, epochs, net);
    }
}
