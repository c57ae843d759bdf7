package satlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine.Option;
import satlab.lesson.Course;
import satlab.lesson.CourseIndex;
import satlab.lesson.CourseLoader;
import satlab.lesson.Diagnostic;

/**
 * {@code --lessons DIR}: the course a report is about, the instructor's own lessons rather than the
 * bundled course. {@code progress} and {@code results} mix it in, so both count and title the
 * lessons being served.
 */
public final class LessonsOption {

    @Option(names = "--lessons", paramLabel = "DIR", description = "The course: the directory of your"
            + " lessons, as given to satlab serve --lessons (default: the bundled course).")
    Path dir;

    /** What the report is about: "the bundled course" or the directory. */
    String describe() {
        return dir == null ? "the bundled course" : dir.toString();
    }

    /**
     * The course; a lesson that fails to load is left out, and its errors are printed first so the
     * instructor knows why it is missing. {@code bundled} stands in when no DIR was given.
     */
    Course load(Supplier<Course> bundled, PrintWriter err) {
        if (dir == null) return bundled.get();
        CourseLoader.LoadResult loaded = CourseLoader.load(dir);
        if (loaded.hasErrors()) {
            loaded.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d));
            boolean onlyIndex = loaded.diagnostics().stream().filter(Diagnostic::isError)
                    .allMatch(d -> CourseIndex.isIndexName(Path.of(d.file()).getFileName().toString()));
            err.println("satlab: warning: " + loaded.errorCount() + " error(s) in " + dir + (onlyIndex
                    ? ": the course index has errors, so the course keeps the default title"
                    : ": the lessons that failed to load are left out") + " (satlab check " + dir + " says more)");
        } else if (loaded.files() == 0) {
            err.println("satlab: warning: no lessons in " + dir);
        }
        return loaded.course() == null ? Course.empty() : loaded.course();
    }
}
