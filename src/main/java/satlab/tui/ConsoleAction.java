package satlab.tui;

import satlab.lab.Reload;

/** What the lab console asks its session to do in the lab ({@link Effect.Console}); results come back as {@link LabInput}s. */
public sealed interface ConsoleAction {

    /** Read every learner's presence (and the followed learner's screen, when {@code following} is not null). */
    record ReadRoster(String following) implements ConsoleAction {}

    /** Run the class's item analysis on the store. */
    record ReadItems() implements ConsoleAction {}

    /** Read the lessons from disk and merge them with the running course; show the result, change nothing. */
    record LoadLessons() implements ConsoleAction {}

    /** Serve this reload to everyone. */
    record Publish(Reload reload) implements ConsoleAction {}

    record Broadcast(String text) implements ConsoleAction {}

    /** Start the learner's lesson afresh in the store and tell their live sessions. */
    record Reset(String learner, String lessonId) implements ConsoleAction {}

    record Follow(String learner, boolean on) implements ConsoleAction {}
}
