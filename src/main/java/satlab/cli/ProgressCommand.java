package satlab.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import satlab.engine.Names;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;
import satlab.lesson.Lesson;
import satlab.learn.CourseStanding;
import satlab.learn.LessonStanding;
import satlab.store.LessonProgress;
import satlab.store.Store;
import satlab.store.StoreException;
import satlab.store.export.TextTable;

/** {@code satlab progress}: a learner's progress through the lessons, and resetting it. */
@Command(
        name = "progress",
        mixinStandardHelpOptions = true,
        description = {
            "Show your progress: lessons started and done, the step you are on, quiz scores.",
            "With --reset, start one lesson (or all of them) afresh; your answers stay in the"
                    + " instructors' results, marked as reset."
        })
public final class ProgressCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DataOption data;
    @Mixin LearnerOption learner;
    @Mixin LessonsOption lessons;

    @Option(names = "--reset", description = "Reset LESSON, or every lesson when no LESSON is given.")
    boolean reset;

    @Option(names = {"-y", "--yes"}, description = "With --reset: do not ask for confirmation.")
    boolean yes;

    @Parameters(arity = "0..1", paramLabel = "LESSON", description = "Only this lesson (its id).")
    String lesson;

    /** The course, for titles and order; empty when it cannot be loaded. Tests put in their own. */
    Supplier<Course> course = () -> CourseLoader.bundled().course();

    /** Where the y/N answer to "reset?" is read from: the terminal, or null when there is none. */
    BufferedReader confirmations = terminal();

    private static BufferedReader terminal() {
        Console console = System.console();
        return console == null ? null : new BufferedReader(console.reader());
    }

    @Override
    public Integer call() {
        if (yes && !reset) throw new ParameterException(spec.commandLine(), "--yes only goes with --reset");
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = data.openForReports()) {
            return reset ? reset(store) : show(store);
        } catch (StoreException e) {
            err.println("satlab: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("satlab: cannot read the confirmation: " + e.getMessage());
            return 1;
        }
    }

    private List<LessonProgress> selected(Store store) {
        return store.progress(learner.name()).stream()
                .filter(p -> lesson == null || p.lessonId().equals(lesson))
                .toList();
    }

    private int show(Store store) {
        PrintWriter out = spec.commandLine().getOut();
        String name = learner.name();
        List<LessonProgress> lessons = selected(store);
        Course course = this.lessons.load(this.course, spec.commandLine().getErr());
        boolean inCourse = lesson != null && course.lesson(lesson).isPresent();
        if (lessons.isEmpty() && lesson != null && !inCourse) {
            Set<String> known = new TreeSet<>();
            course.lessons().forEach(l -> known.add(l.id()));
            for (String other : store.learners()) store.progress(other).forEach(p -> known.add(p.lessonId()));
            if (!known.contains(lesson)) {
                spec.commandLine().getErr().println("satlab: no lesson '" + Names.shown(lesson) + "' in "
                        + this.lessons.describe() + " or in the progress records"
                        + Names.closest(lesson, known).map(k -> "; did you mean '" + k + "'?").orElse("")
                        + (this.lessons.dir == null ? " (give --lessons DIR for your own lessons)" : ""));
                return 1;
            }
        }
        if (lessons.isEmpty() && !inCourse) {
            out.println((lesson == null
                    ? name + " has not started any lesson yet; run satlab to begin."
                    : name + " has not started lesson '" + lesson + "' yet.") + otherLearner(store, name));
            return 0;
        }
        CourseStanding standing = CourseStanding.read(store, name, name, course);
        // Done as the model says for the course's lessons; as recorded for lessons the course lacks.
        long done = lessons.stream().filter(p -> standing.lesson(p.lessonId()).map(LessonStanding::done)
                .orElse(p.completed())).count();
        String started = course.isEmpty() || lesson != null
                ? plural(lessons.size(), "lesson")
                : lessons.size() + " of " + course.size() + " lessons";
        if (!course.isEmpty()) out.println("Course: " + course.title());
        out.println("Progress of " + name + ": " + started + " started, " + done + " done.");
        out.println();
        out.print(course.isEmpty() ? storeTable(lessons) : courseTable(standing, lessons));
        if (lesson == null && !course.isEmpty()) {
            standing.next().ifPresent(c -> {
                out.println();
                out.println(c.allDone()
                        ? "Every lesson is done: " + standing.right() + " of " + standing.total() + " quizzes right."
                        : "Continue with " + c.description() + ".");
            });
        }
        // The table ends without println, which is all that flushes the command's writer by itself.
        out.flush();
        return 0;
    }

    /** Without the course (it failed to load): the lessons the store knows, by id. */
    private static String storeTable(List<LessonProgress> lessons) {
        return TextTable.render(List.of("LESSON", "STATUS", "STEP"),
                lessons.stream().map(p -> List.of(p.lessonId(), p.completed() ? "finished" : "in progress", step(p)))
                        .toList());
    }

    /** The course's lessons in order with their titles, then any lesson with progress that the course lacks. */
    private String courseTable(CourseStanding standing, List<LessonProgress> lessons) {
        Map<String, LessonProgress> byId = new LinkedHashMap<>();
        lessons.forEach(p -> byId.put(p.lessonId(), p));
        List<List<String>> rows = new ArrayList<>();
        Course course = standing.course();
        for (int i = 0; i < course.size(); i++) {
            Lesson l = course.lessons().get(i);
            if (lesson != null && !l.id().equals(lesson)) continue;
            LessonProgress p = byId.remove(l.id());
            LessonStanding s = standing.lesson(i);
            String quizzes = s.total() == 0 ? "-" : s.score();
            rows.add(p == null
                    ? List.of(Integer.toString(i + 1), l.id(), l.title(), "not started", "-", quizzes)
                    : List.of(Integer.toString(i + 1), l.id(), l.title(), s.done() ? "done" : "in progress",
                            // Out of the lesson's steps now (it may have been edited since the position was saved).
                            p.position().isPresent() ? (s.savedStep() + 1) + " of " + l.steps().size() : "-",
                            quizzes));
        }
        for (LessonProgress p : byId.values()) {
            rows.add(List.of("", p.lessonId(), "(not in the course)", p.completed() ? "finished" : "in progress",
                    step(p), "-"));
        }
        return TextTable.render(List.of("#", "LESSON", "TITLE", "STATUS", "STEP", "QUIZZES"), rows);
    }

    /** " (did you mean 'ada'?)" when the name is not in the records but close to one that is. */
    private static String otherLearner(Store store, String name) {
        List<String> known = store.learners();
        if (known.contains(name)) return "";
        return Names.closest(name, known).map(k -> " (No learner '" + Names.shown(name) + "' in the records; did you"
                + " mean '" + k + "'?)").orElse("");
    }

    private static String step(LessonProgress p) {
        return p.position().map(pos -> pos.describe()).orElse("-");
    }


    private int reset(Store store) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = learner.name();
        List<LessonProgress> lessons = selected(store);
        if (lessons.isEmpty()) {
            err.println("satlab: nothing to reset: " + name + " has no progress"
                    + (lesson == null ? "" : " in lesson '" + lesson + "'") + ".");
            return 1;
        }
        String what = lesson == null ? "all " + plural(lessons.size(), "lesson") : "lesson " + lesson;
        if (!yes) {
            if (confirmations == null) {
                err.println("satlab: progress --reset asks for confirmation, and there is no terminal to ask on.");
                err.println("Re-run with --yes to reset " + name + "'s progress in " + what + " without asking.");
                return 1;
            }
            int answers = lessons.stream().mapToInt(p -> store.attempts(name, p.lessonId()).size()).sum();
            out.print("Reset " + name + "'s progress in " + what + " (" + plural(answers, "quiz answer")
                    + " will stop counting)? [y/N] ");
            out.flush();
            String reply = confirmations.readLine();
            if (reply == null || !List.of("y", "yes").contains(reply.strip().toLowerCase(java.util.Locale.ROOT))) {
                out.println("Nothing was reset.");
                return 1;
            }
        }
        store.reset(name, Optional.ofNullable(lesson));
        out.println("Reset " + name + "'s progress in " + what + ".");
        return 0;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
