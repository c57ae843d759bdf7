package satlab.tui;

import satlab.store.AttemptRecord;

/** Work {@link Update} asks the runner to do outside the pure state machine. */
public sealed interface Effect {

    record SavePosition(String lessonId, int step, int stepCount) implements Effect {}

    record RecordAttempt(AttemptRecord attempt) implements Effect {}

    record MarkCompleted(String lessonId) implements Effect {}

    /** Read the lessons again from disk (the menu's R, for authors). */
    record Reload() implements Effect {}
}
