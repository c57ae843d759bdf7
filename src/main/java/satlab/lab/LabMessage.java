package satlab.lab;

import java.time.Instant;
import satlab.lesson.Course;

/** What the lab hands to a live session, through that session's own event queue ({@link Lab.Mailbox}). */
public sealed interface LabMessage {

    /** The instructor's message for everyone, shown until the learner dismisses it. */
    record Broadcast(String from, String text, Instant at) implements LabMessage {}

    /** The lessons were reloaded for everyone: this is the course now (each lesson its last good version). */
    record CourseChanged(Course course) implements LabMessage {}

    /** The instructor started this lesson afresh for the learner; the store already says so. */
    record Reset(String lessonId, String by) implements LabMessage {}

    /** Someone started or stopped following this session's screen: publish frames while anyone does. */
    record Followed(boolean on) implements LabMessage {}
}
