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
}
