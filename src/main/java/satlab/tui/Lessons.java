package satlab.tui;

import java.util.List;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;
import satlab.lesson.Diagnostic;

/**
 * A course as loaded, with the loader's problems as GCC-style lines
 * ({@code lessons/03.md:27:9: error: quiz has no 'answer'}) for the menu's panel.
 * {@code course} is null when nothing could be loaded.
 */
public record Lessons(Course course, List<String> problems) {

    public Lessons {
        problems = List.copyOf(problems);
    }

    public static Lessons of(CourseLoader.LoadResult result) {
        return new Lessons(result.course(), result.diagnostics().stream().map(Diagnostic::toString).toList());
    }
}
