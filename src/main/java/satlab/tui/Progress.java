package satlab.tui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import satlab.lesson.Course;
import satlab.lesson.Lesson;
import satlab.store.Attempt;
import satlab.store.LessonProgress;
import satlab.store.Store;
import satlab.store.StoreException;
import satlab.store.StoreStatus;

/** Reads the learner's progress out of the store into a {@link Snapshot}. */
final class Progress {

    private Progress() {}

    static Snapshot read(Store store, String learner, Course course) {
        try {
            Map<String, LessonProgress> lessons = new HashMap<>();
            for (LessonProgress p : store.progress(learner)) lessons.put(p.lessonId(), p);
            Map<String, List<Attempt>> attempts = new HashMap<>();
            for (Lesson l : course.lessons()) attempts.put(l.id(), store.attempts(learner, l.id()));
            StoreStatus status = store.status();
            return new Snapshot(lessons, attempts, store.lastLesson(learner), status.saving(), status.message());
        } catch (StoreException e) {
            return new Snapshot(Map.of(), Map.of(), java.util.Optional.empty(), false, e.getMessage());
        }
    }
}
