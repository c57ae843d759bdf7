package satlab.lesson;

import java.util.List;
import java.util.Optional;

/**
 * A set of lessons in the order a learner takes them: by each lesson's {@code order}
 * key, lessons without one after those with one, ties broken by file name.
 *
 * <p>{@code outline} is what a menu lists: one entry per lesson of a parsed course,
 * or, in a course {@link #outlineOnly} (a player's first frame, before the parse
 * is done), the lessons as their files announce them, with no lessons yet.
 *
 * <p>{@code info} is the course's title and description, from its index file
 * ({@link CourseIndex}); {@link CourseInfo#DEFAULT} when it has none.
 */
public record Course(List<Lesson> lessons, List<LessonOutline> outline, CourseInfo info) {

    public Course {
        lessons = List.copyOf(lessons);
        outline = List.copyOf(outline);
        info = info == null ? CourseInfo.DEFAULT : info;
    }

    public Course(List<Lesson> lessons, List<LessonOutline> outline) {
        this(lessons, outline, CourseInfo.DEFAULT);
    }

    public Course(List<Lesson> lessons) {
        this(lessons, CourseInfo.DEFAULT);
    }

    public Course(List<Lesson> lessons, CourseInfo info) {
        this(lessons, lessons.stream().map(LessonOutline::of).toList(), info);
    }

    /** A course known only by its outline: the lessons are still being parsed. */
    public static Course outlineOnly(List<LessonOutline> outline) {
        return outlineOnly(outline, CourseInfo.DEFAULT);
    }

    public static Course outlineOnly(List<LessonOutline> outline, CourseInfo info) {
        return new Course(List.of(), outline, info);
    }

    /** The course's title ({@link CourseInfo#title}). */
    public String title() {
        return info.title();
    }

    /** Only the outline is known so far (see {@link #outlineOnly}). */
    public boolean isOutlineOnly() {
        return lessons.isEmpty() && !outline.isEmpty();
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
