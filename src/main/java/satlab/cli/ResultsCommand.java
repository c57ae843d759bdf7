package satlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import java.util.Set;
import java.util.TreeSet;
import satlab.engine.Names;
import satlab.learn.Gradebook;
import satlab.learn.ItemAnalysis;
import satlab.lesson.CourseLoader;
import satlab.store.Store;
import satlab.store.StoreException;
import satlab.store.export.GradeSheet;
import satlab.store.export.Items;
import satlab.store.export.Roster;
import satlab.store.export.Results;

/** {@code satlab results}: every learner's scores and answers, for instructors. */
@Command(
        name = "results",
        mixinStandardHelpOptions = true,
        description = {
            "Every learner's scores and answers, for instructors: a report, or CSV / JSON for a spreadsheet.",
            "Scores are out of every quiz of the lesson as it is now (--lessons DIR for your own lessons).",
            "Each answer shows the question as the learner saw it, the drawn values, the expected value, what",
            "was typed and its value, the attempt number and whether the hint was shown. An answer is counted",
            "when it was given to the quiz as it is now; reset answers and reviews are kept and marked.",
            "In CSV, a cell that a spreadsheet would run as a formula (starting with = + - @, a tab or CR)",
            "starts with ' instead; plain numbers stay numbers, and seeds are written 0x... so they stay exact."
        })
public final class ResultsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--csv", description = "CSV (RFC 4180, with a header row): one row per answer.")
        boolean csv;

        @Option(names = "--json", description = "JSON: {\"scores\": [...], \"attempts\": [...]}.")
        boolean json;
    }

    @Option(names = "--scores", description = "With --csv: one row per learner and lesson instead of per answer.")
    boolean scores;

    @Option(names = "--items", description = "Item analysis: per quiz, its question, answers, learners, the share"
            + " right first try and in the end, the commonest wrong answers and hint use (with --csv or --json too).")
    boolean items;

    @Option(names = "--gradebook", description = "The gradebook: one row per learner (on the roster, with"
            + " --roster), their score in each lesson and in total, and lessons done; CSV (see --format).")
    boolean gradebook;

    @Option(names = "--roster", paramLabel = "FILE", description = "With --gradebook: the class list, CSV lines"
            + " name,student_id,email (header optional); everyone on it gets a row, even if they never connected.")
    java.nio.file.Path roster;

    enum GradeFormat { csv, moodle, canvas }

    @Option(names = "--format", paramLabel = "FORMAT", description = "With --gradebook: csv (default), moodle or"
            + " canvas (their gradebook import layouts; they need --roster). Valid: ${COMPLETION-CANDIDATES}.")
    GradeFormat gradeFormat;

    @Option(names = "--lesson", paramLabel = "ID", description = "Only this lesson.")
    String lesson;

    @Mixin LessonsOption lessons;

    @Override
    public Integer call() {
        if (scores && items) throw new ParameterException(spec.commandLine(), "--scores and --items are different"
                + " reports: give one");
        if ((roster != null || gradeFormat != null) && !gradebook) {
            throw new ParameterException(spec.commandLine(), "--roster and --format go with --gradebook");
        }
        if (gradebook && (items || scores || format.json)) {
            throw new ParameterException(spec.commandLine(), "--gradebook is CSV on its own: leave out"
                    + " --items, --scores and --json (--format picks the layout)");
        }
        GradeFormat layout = gradeFormat == null ? GradeFormat.csv : gradeFormat;
        if (layout != GradeFormat.csv && roster == null) {
            throw new ParameterException(spec.commandLine(), "--format " + layout + " needs --roster FILE: the LMS"
                    + " matches learners by student id or e-mail, which only the roster has");
        }
        if (scores && !format.csv) throw new ParameterException(spec.commandLine(), "--scores only goes with --csv");
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = data.openForReports()) {
            satlab.lesson.Course course = lessons.load(ResultsCommand::bundled, spec.commandLine().getErr());
            if (lesson != null) {
                Optional<String> unknown = unknownLesson(store, course);
                if (unknown.isPresent()) {
                    spec.commandLine().getErr().println("satlab: " + unknown.get());
                    return 1;
                }
            }
            if ((items || gradebook) && lesson != null && course.lesson(lesson).isEmpty()) {
                spec.commandLine().getErr().println("satlab: lesson '" + Names.shown(lesson) + "' has results but is"
                        + " not in " + courseName() + "; give --lessons DIR with the lessons it belongs to");
                return 1;
            }
            if (gradebook) return gradebook(store, course, layout);
            if (items) {
                Items analysis = ItemAnalysis.of(store, course, Optional.ofNullable(lesson));
                out.print(format.csv ? analysis.csv() : format.json ? analysis.json() : heading(course) + analysis.text());
                out.flush();
                return 0;
            }
            Results results = Gradebook.of(store, course, Optional.ofNullable(lesson));
            if (format.csv) {
                out.print(scores ? results.scoresCsv() : results.attemptsCsv());
            } else if (format.json) {
                out.print(results.json());
            } else if (results.isEmpty()) {
                out.println("No results yet" + (lesson == null ? "" : " for lesson '" + lesson + "'")
                        + " in " + data.databaseFile() + ".");
            } else {
                out.print(heading(course) + results.text());
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("satlab: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Why {@code --lesson} names no lesson, or empty when it names one: a lesson of the course,
     * or one the store has answers or progress for (an instructor's lesson no longer served).
     */
    private Optional<String> unknownLesson(Store store, satlab.lesson.Course course) {
        Set<String> known = new TreeSet<>();
        course.lessons().forEach(l -> known.add(l.id()));
        if (known.contains(lesson)) return Optional.empty();
        store.history(Optional.empty()).forEach(a -> known.add(a.lessonId()));
        for (String learner : store.learners()) store.progress(learner).forEach(p -> known.add(p.lessonId()));
        if (known.contains(lesson)) return Optional.empty();
        return Optional.of("no lesson '" + Names.shown(lesson) + "' in " + courseName() + " or in the results"
                + Names.closest(lesson, known).map(k -> "; did you mean '" + k + "'?").orElse("")
                + (known.isEmpty() ? "" : " (lessons: " + String.join(", ", known) + ")"));
    }

    private String courseName() {
        return lessons.describe();
    }

    /** A text report's first line: the course it is about (as its menu is titled). */
    private static String heading(satlab.lesson.Course course) {
        return course.isEmpty() ? "" : "Course: " + course.title() + "\n";
    }

    private static satlab.lesson.Course bundled() {
        satlab.lesson.Course c = CourseLoader.bundled().course();
        return c == null ? satlab.lesson.Course.empty() : c;
    }

    private int gradebook(Store store, satlab.lesson.Course course, GradeFormat layout) {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Roster> list = Optional.empty();
        if (roster != null) {
            try {
                list = Optional.of(Roster.parse(roster.toString(), Files.readString(roster)));
            } catch (IOException e) {
                err.println("satlab: cannot read the roster " + roster + ": " + e.getMessage());
                return 1;
            } catch (Roster.Invalid e) {
                e.problems().forEach(p -> err.println("satlab: " + p));
                return 1;
            }
            warnUnlisted(store, list.get());
        }
        GradeSheet sheet = Gradebook.sheet(store, course, Optional.ofNullable(lesson), list);
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (layout) {
            case csv -> sheet.csv();
            case moodle -> sheet.moodle();
            case canvas -> sheet.canvas();
        });
        out.flush();
        return 0;
    }

    /** A learner with results who is not on the roster gets no grade: say so, and name a likely typo. */
    private void warnUnlisted(Store store, Roster list) {
        Set<String> learners = new TreeSet<>(store.learners());
        List<String> neverSeen = list.names().stream().filter(n -> !learners.contains(n)).toList();
        for (String learner : learners) {
            if (list.entry(learner).isPresent()) continue;
            Optional<Roster.Entry> typo = Names.closest(learner, neverSeen).flatMap(list::entry);
            spec.commandLine().getErr().println("satlab: warning: " + Names.shown(learner) + " has results but is not on"
                    + " the roster " + roster + typo.map(e -> "; did you mean '" + e.name() + "' (line " + e.line()
                            + ")?").orElse("; add them to grade them"));
        }
    }
}
