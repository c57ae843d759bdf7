package satlab.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import satlab.lesson.CourseIndex;
import satlab.lesson.CourseLoader;
import satlab.lesson.Diagnostic;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check lesson files, and the course index (course.md) beside them, and report every problem,",
            "GCC style (file:line:col: error: message).",
            "Every expression is evaluated, quizzes over several random seeds.",
            "Exit status: 0 when there are no errors (warnings allowed), 1 otherwise.",
            "",
            "Examples:",
            "  satlab check                 (the lessons/ directory; outside a satlab checkout, the bundled course)",
            "  satlab check my-lessons/ extra.md",
        })
final class CheckCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Lesson files, course.md files or directories (default: lessons/, or the bundled course when there is none).")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CourseLoader.LoadResult result;
        if ((paths == null || paths.isEmpty()) && !Files.isDirectory(Path.of("lessons"))) {
            // Run from an installed jar, away from a checkout: there is no lessons/ to default to.
            err.println("satlab check: no lessons/ directory here, so checking the bundled course;"
                    + " name your lesson files or directories to check them (satlab check my-lessons/ more.md).");
            result = CourseLoader.checkBundled();
        } else {
            result = CourseLoader.check(paths == null || paths.isEmpty() ? List.of(Path.of("lessons")) : paths);
        }
        for (Diagnostic d : result.diagnostics()) err.println(d);
        String indexes = result.indexes() == 0 ? "" : result.indexes() == 1
                ? " and the course index (" + CourseIndex.FILE_NAME + ")" : " and " + result.indexes() + " course indexes";
        out.println("checked " + plural(result.files(), "lesson") + indexes + ": "
                + plural(result.errorCount(), "error") + ", " + plural(result.warningCount(), "warning"));
        out.flush();
        err.flush();
        return result.hasErrors() ? 1 : 0;
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
