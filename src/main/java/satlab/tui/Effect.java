package satlab.tui;

import satlab.store.AttemptRecord;

/** Work {@link Update} asks the runner to do outside the pure state machine. */
public sealed interface Effect {

    record SavePosition(String lessonId, int step, int stepCount) implements Effect {}

    record RecordAttempt(AttemptRecord attempt) implements Effect {}

    record MarkCompleted(String lessonId) implements Effect {}

    /** Read the lessons again from disk (the menu's R, for authors). */
    record Reload() implements Effect {}

    /** Run the network lab's experiment; its progress and result come back as {@link LabEvent}s. */
    record RunNetwork(satlab.sim.NetworkConfig config) implements Effect {}

    /** Post this input after a delay: the training race's next frame while it plays. */
    record Later(Input input, long millis) implements Effect {}

    /** Stop the tutor as a shell job (Ctrl-Z): give the terminal back, stop, and on fg take it again and redraw. */
    record Suspend() implements Effect {}

    /** Stop the network lab's experiment, if one is running (the learner left the lab). */
    record CancelNetwork() implements Effect {}

    /**
     * Train the training lab's runs for about a frame, on the worker: copies of these snapshots with these
     * rates, at most {@code left} epochs each; chunks of another generation are stale when they arrive.
     *
     * @param measureFirst the runs are at epoch 0 with no statistics yet: measure them before training
     * @param sampleCols   decision-region samples across (rows likewise)
     */
    record TrainNet(int generation, java.util.List<satlab.sim.Mlp> nets, java.util.List<Double> etas,
            java.util.List<Integer> left, boolean measureFirst, int sampleCols, int sampleRows) implements Effect {}

    /** Read the learner's standing again for the course on screen (the lab changed the course). */
    record Refresh() implements Effect {}

    /** The lab console's action: broadcast, reload, reset, follow, or a reading for its table. */
    record Console(ConsoleAction action) implements Effect {}
}
