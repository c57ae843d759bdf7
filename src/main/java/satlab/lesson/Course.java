package satlab.lesson;

import java.util.List;
import java.util.Optional;

/**
 * A set of lessons in the order a learner takes them: by each lesson's {@code order}
 * key, lessons without one after those with one, ties broken by file name.
 */
public record Course(List<Lesson> lessons) {

    public Course {
        lessons = List.copyOf(lessons);
    }

    /** No lessons: what a player shows before any are loaded, or when none load. */
    public static Course empty() {
        return new Course(List.of());
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** 0-based position of the lesson with this id, or -1. */
    public int indexOf(String id) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    public int size() {
        return lessons.size();
    }

    public boolean isEmpty() {
        return lessons.isEmpty();
    }
}
