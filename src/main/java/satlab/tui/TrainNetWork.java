package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.sim.EpochStats;
import satlab.sim.Mlp;
import satlab.sim.Progress;

/**
 * One chunk of the training lab's work, run on the session's worker: copies of
 * the snapshots train epoch by epoch until about a frame has passed (or every
 * run reached its last epoch), then the decision regions are sampled and the
 * chunk goes back to the state machine as one event. A frame per chunk keeps the
 * screen moving at about 25 frames a second without flooding an SSH channel, and
 * because the lab asks for the next chunk only after taking this one, keys
 * pressed meanwhile are handled between chunks. A {@link TrainingGate} shared by
 * the lab server's sessions keeps a core free for keys however many train.
 */
final class TrainNetWork {

    /** Training time per chunk. */
    static final long CHUNK_NANOS = 40_000_000L;

    private TrainNetWork() {}

    /** Trains the chunk once the gate lets it in; null when it was cancelled, before or during. */
    static Input run(Effect.TrainNet t, Progress progress, TrainingGate gate) {
        if (!gate.enter()) return null;
        try {
            if (progress.cancelled()) return null;
            return train(t, progress);
        } finally {
            gate.leave();
        }
    }

    private static Input train(Effect.TrainNet t, Progress progress) {
        try {
            List<Mlp> nets = new ArrayList<>();
            List<List<EpochStats>> epochs = new ArrayList<>();
            for (Mlp m : t.nets()) {
                nets.add(m.copy());
                epochs.add(new ArrayList<>());
            }
            if (t.measureFirst()) {
                for (int i = 0; i < nets.size(); i++) epochs.get(i).add(nets.get(i).measure());
            }
            long start = System.nanoTime();
            int[] left = t.left().stream().mapToInt(Integer::intValue).toArray();
            boolean any = true;
            while (any && System.nanoTime() - start < CHUNK_NANOS) {
                any = false;
                for (int i = 0; i < nets.size(); i++) {
                    if (progress.cancelled() || Thread.currentThread().isInterrupted()) return null;
                    if (left[i] <= 0) continue;
                    epochs.get(i).add(nets.get(i).epoch(t.etas().get(i)));
                    left[i]--;
                    any = true;
                    // On a shared lab server other sessions' keys wait for a core: offer it between epochs.
                    Thread.yield();
                }
            }
            List<double[][]> pictures = new ArrayList<>();
            for (Mlp m : nets) {
                double e = m.extent();
                pictures.add(m.probabilities(t.sampleCols(), t.sampleRows(), -e, e, -e, e));
            }
            return new LabEvent.Trained(t.generation(), nets, epochs, pictures);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new LabEvent.TrainFailed(t.generation(), "training stopped: " + e);
        }
    }
}
