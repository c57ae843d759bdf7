package satlab.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import satlab.lesson.Course;
import satlab.lesson.CourseIndex;
import satlab.lesson.CourseInfo;
import satlab.lesson.CourseLoader;
import satlab.lesson.Diagnostic;
import satlab.lesson.Lesson;

/**
 * A reload of the lessons for the whole lab, before the instructor confirms it: the course it
 * would give and what the loader said. A lesson whose file now fails to load keeps its last good
 * version (learners in it are not thrown out by a typo); a lesson whose file is gone is dropped.
 *
 * @param course   the course learners would get
 * @param problems what the loader found, as {@code file:line:col: error: ...} lines, for the instructor
 * @param kept     titles of lessons kept at their last good version because their file failed
 * @param added    ids new in this load
 * @param dropped  ids gone from it (their files were removed or renamed)
 */
public record Reload(Course course, List<String> problems, List<String> kept, List<String> added,
        List<String> dropped) {

    public Reload {
        problems = List.copyOf(problems);
        kept = List.copyOf(kept);
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
    }

    /** The load merged with the course running now. */
    public static Reload of(Course running, CourseLoader.LoadResult loaded) {
        Set<String> failed = loaded.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::file)
                .collect(Collectors.toSet());
        List<Lesson> lessons = new ArrayList<>(loaded.course().lessons());
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<Lesson> old = running.lessons();
        for (int i = 0; i < old.size(); i++) {
            Lesson l = old.get(i);
            if (loaded.course().lesson(l.id()).isPresent()) continue;
            if (failed.contains(l.source())) {
                // Where it stood among the lessons before it, so the menu's order stays.
                int at = 0;
                for (int j = 0; j < i; j++) {
                    int k = indexOf(lessons, old.get(j).id());
                    if (k >= 0) at = k + 1;
                }
                lessons.add(at, l);
                kept.add(l.title());
            } else {
                dropped.add(l.id());
            }
        }
        List<String> added = loaded.course().lessons().stream().map(Lesson::id)
                .filter(id -> running.lesson(id).isEmpty()).toList();
        // A course index that fails now keeps the title the learners have.
        boolean indexFailed = failed.stream().anyMatch(f -> f.equals(CourseIndex.FILE_NAME) || f.endsWith("/" + CourseIndex.FILE_NAME));
        CourseInfo info = indexFailed ? running.info() : loaded.course().info();
        return new Reload(new Course(lessons, info), loaded.diagnostics().stream().map(Diagnostic::toString).toList(), kept,
                added, dropped);
    }

    private static int indexOf(List<Lesson> lessons, String id) {
        for (int i = 0; i < lessons.size(); i++) if (lessons.get(i).id().equals(id)) return i;
        return -1;
    }

    /** What the instructor reads before confirming: counts, then each problem. */
    public List<String> report() {
        List<String> out = new ArrayList<>();
        long errors = problems.stream().filter(p -> p.contains(": error:")).count();
        out.add(course.size() + (course.size() == 1 ? " lesson" : " lessons") + " would be served; "
                + errors + (errors == 1 ? " error, " : " errors, ") + (problems.size() - errors)
                + (problems.size() - errors == 1 ? " warning" : " warnings"));
        if (!kept.isEmpty()) out.add("kept at their last good version (their files fail now): " + String.join(", ", kept));
        if (!added.isEmpty()) out.add("new: " + String.join(", ", added));
        if (!dropped.isEmpty()) out.add("gone (their files were removed): " + String.join(", ", dropped));
        out.addAll(problems);
        return out;
    }
}
