package satlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import satlab.lesson.CourseLoader;
import satlab.lesson.Diagnostic;
import satlab.line.PlainTutor;
import satlab.store.Store;

@Command(
        name = "plain",
        mixinStandardHelpOptions = true,
        header = "The course line by line, for dumb terminals, logs and screen readers.",
        description = {
            "The course line by line, for dumb terminals, logs and screen readers: each step as",
            "wrapped text with ASCII plots, then a prompt (Enter next, b back, e explorer, m menu,",
            "q quit). Quizzes are asked at a prompt (? for the hint) and saved at once.",
            "No cursor movement, no colour unless --color.",
            "",
            "Piped input plays the course from where the learner left off to its end: every line is",
            "an answer, as in satlab run's answer files (one per attempt, ? for a hint, # comments).",
            "It ends with a score line; the exit status is 1 when a quiz was missed:",
            "  satlab plain --seed 1 --data /tmp/try < answers.txt",
        })
final class PlainCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin DataOption data;

    @Mixin LearnerOption learner;

    @Option(names = "--lessons", paramLabel = "DIR", description = "Play these lessons instead of the bundled course.")
    Path lessons;

    @Option(names = "--seed", paramLabel = "N",
            description = "Draw the quizzes' numbers from N instead of your name, so a run can be repeated.")
    Long seed;

    @Option(names = "--color", description = "Style headings, emphasis and verdicts with colour.")
    boolean color;

    @Override
    public Integer call() throws IOException {
        try (Store store = data.openForLessons()) {
            return play(spec, lessons, store, learner.name(), seed, color, !ReplCommand.isInteractive());
        }
    }

    /** As below, answering at every prompt as a learner would (the full-screen tutor's fallback). */
    static int play(CommandSpec spec, Path lessons, Store store, String learner, Long seed, boolean color)
            throws IOException {
        return play(spec, lessons, store, learner, seed, color, false);
    }

    /**
     * Plays the course line by line on this process's terminal or pipes; also what
     * `satlab` falls back to when the full-screen tutor cannot draw.
     *
     * @param scripted the input is an answer script (satlab plain with piped input)
     */
    static int play(CommandSpec spec, Path lessons, Store store, String learner, Long seed, boolean color,
            boolean scripted) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CourseLoader.LoadResult loaded = lessons != null ? CourseLoader.load(lessons) : CourseLoader.bundled();
        if (loaded.hasErrors()) {
            for (Diagnostic d : loaded.diagnostics()) err.println(d);
            err.println("satlab plain: fix the errors above first (satlab check lists them)");
            return 1;
        }
        PlainTutor.Settings settings = new PlainTutor.Settings(learner,
                seed != null ? OptionalLong.of(seed) : OptionalLong.empty(), color, scripted);
        try (Terminal terminal = ReplCommand.openTerminal(spec)) {
            return PlainTutor.run(terminal, loaded.course(), store, settings);
        }
    }
}
