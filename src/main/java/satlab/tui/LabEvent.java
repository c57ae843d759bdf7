package satlab.tui;

import satlab.sim.NetworkConfig;
import satlab.sim.NetworkResult;

/**
 * What the labs' background work reports back to the state machine: the network
 * lab's computation, and the playing training race's frames.
 */
public sealed interface LabEvent extends Input {

    /**
     * From the network lab's computation. Each names the experiment it belongs to; the
     * lab ignores events for any other one, so a result that finishes just after the
     * learner changed a setting is dropped.
     */
    sealed interface Network extends LabEvent {
        NetworkConfig config();
    }

    /**
     * @param layersDone layers finished in the current pass
     * @param backward   false for the forward pass, true for the gradients coming back
     */
    record Computing(NetworkConfig config, int layersDone, boolean backward) implements Network {}

    record Computed(NetworkConfig config, NetworkResult result) implements Network {}

    record Failed(NetworkConfig config, String message) implements Network {}

    /** Time for the playing race's next frame; {@code play} names the press of r that started it. */
    record RaceTick(int play) implements LabEvent {}

    /** A chunk of the training lab's epochs: per run, the trained network, its new epochs and region samples. */
    record Trained(int generation, java.util.List<satlab.sim.Mlp> nets,
            java.util.List<java.util.List<satlab.sim.EpochStats>> epochs, java.util.List<double[][]> pictures)
            implements LabEvent {}

    record TrainFailed(int generation, String message) implements LabEvent {}
}
