package satlab.tui;

import satlab.learn.CourseStanding;
import satlab.lesson.Course;

/**
 * What the store knows about the learner, as the learning model reads it, taken at
 * start, after every save and whenever the store changed underneath (a reset by
 * another process), so {@link Update} can stay pure and never touch the database.
 *
 * @param changes the store's change count at the read (see {@link satlab.store.Store#changes()})
 */
public record Snapshot(CourseStanding standing, boolean saving, String storeMessage, long changes) {

    public static Snapshot empty(Course course) {
        return new Snapshot(CourseStanding.empty(course), true, "", -1);
    }
}
