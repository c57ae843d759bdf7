package satlab.tui;

import satlab.sim.NetworkConfig;
import satlab.sim.NetworkResult;

/**
 * What the network lab's computation reports back to the state machine. Each event
 * names the experiment it belongs to; the lab ignores events for any other one, so
 * a result that finishes just after the learner changed a setting is dropped.
 */
public sealed interface LabEvent extends Input {

    NetworkConfig config();

    /**
     * @param layersDone layers finished in the current pass
     * @param backward   false for the forward pass, true for the gradients coming back
     */
    record Computing(NetworkConfig config, int layersDone, boolean backward) implements LabEvent {}

    record Computed(NetworkConfig config, NetworkResult result) implements LabEvent {}

    record Failed(NetworkConfig config, String message) implements LabEvent {}
}
