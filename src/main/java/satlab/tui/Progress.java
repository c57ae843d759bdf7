package satlab.tui;

import satlab.learn.CourseStanding;
import satlab.lesson.Course;
import satlab.store.Store;
import satlab.store.StoreException;
import satlab.store.StoreStatus;

/** Reads the learner's standing out of the store into a {@link Snapshot}. */
final class Progress {

    private Progress() {}

    static Snapshot read(Store store, Session session, Course course) {
        try {
            long changes = store.changes();
            CourseStanding standing = CourseStanding.read(store, session.learner(), session.quizSeedSource(), course);
            StoreStatus status = store.status();
            return new Snapshot(standing, status.saving(), status.message(), changes);
        } catch (StoreException e) {
            return new Snapshot(CourseStanding.empty(course), false, e.getMessage(), -1);
        }
    }
}
