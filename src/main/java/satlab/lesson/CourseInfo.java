package satlab.lesson;

/**
 * What a course says of itself in its index file ({@value CourseIndex#FILE_NAME}): the
 * title every front end heads the course with, and a short description (empty when
 * none is given). A course without an index file, or whose index file has errors, is
 * {@link #DEFAULT}: the bundled course's title, as satlab always called its menu.
 */
public record CourseInfo(String title, String description) {

    public static final CourseInfo DEFAULT = new CourseInfo("why large weights saturate sigmoid neurons", "");

    public CourseInfo {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a course's title is not empty");
        description = description == null ? "" : description;
    }

    /** The full-screen menu's title bar: the program, then the course. */
    public String menuTitle() {
        return "satlab — " + title;
    }
}
