package satlab.tui;

/** Everything that can change the tutor's state: keys, resizes, and results of effects. */
public sealed interface Input permits Key, Input.Resize, Input.Stop, Input.Saved, Input.Reloaded, Input.Progress,
        Input.Started, Input.Note, Input.Redraw, LabEvent, LabInput {

    /** The terminal now has this many columns and rows. */
    record Resize(int columns, int rows) implements Input {}

    /** Another thread asked the session to end (server shutdown, idle timeout, signal). */
    record Stop(String reason) implements Input {}

    /** Outcome of a save effect: null error means it reached the store. */
    record Saved(String what, String error) implements Input {}

    /** Lessons read again from disk. */
    record Reloaded(Lessons lessons) implements Input {}

    /** One line for the status bar from the runner ("Ctrl-Z: no shell to return to here"). */
    record Note(String message) implements Input {}

    /** The terminal may show something else (the process was stopped and continued): draw every cell again. */
    record Redraw() implements Input {}

    /** The store's view of the learner, read again after a save. */
    record Progress(Snapshot snapshot) implements Input {}

    /** The parsed course and the learner's progress, which arrive after a fast start's first frame. */
    record Started(Lessons lessons, Snapshot progress) implements Input {}
}
