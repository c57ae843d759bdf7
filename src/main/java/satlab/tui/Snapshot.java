package satlab.tui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import satlab.store.Attempt;
import satlab.store.LessonProgress;

/**
 * What the store knows about the learner, read once at start and again after every
 * save, so {@link Update} can stay pure and never touch the database.
 */
public record Snapshot(Map<String, LessonProgress> lessons, Map<String, List<Attempt>> attempts,
        Optional<String> lastLesson, boolean saving, String storeMessage) {

    public static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), Optional.empty(), true, "");

    public Snapshot {
        lessons = Map.copyOf(lessons);
        attempts = Map.copyOf(attempts);
    }

    public Optional<LessonProgress> progress(String lessonId) {
        return Optional.ofNullable(lessons.get(lessonId));
    }

    public List<Attempt> attempts(String lessonId) {
        return attempts.getOrDefault(lessonId, List.of());
    }
}
