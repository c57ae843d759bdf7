package satlab.line;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import satlab.lesson.Block;
import satlab.lesson.Course;
import satlab.lesson.Lesson;
import satlab.lesson.NetworkBlock;
import satlab.lesson.NeuronBlock;
import satlab.lesson.PlotBlock;
import satlab.lesson.Prose;
import satlab.lesson.QuizBlock;
import satlab.lesson.Step;
import satlab.lesson.TrainBlock;
import satlab.lesson.TrainNetBlock;
import satlab.sim.NetTraining;
import satlab.sim.TrainNetResult;
import satlab.sim.TrainNetText;
import satlab.lesson.Wrap;
import satlab.plot.PlotOptions;
import satlab.plot.Tier;
import satlab.sim.Glyphs;
import satlab.sim.Network;
import satlab.sim.NetworkText;
import satlab.sim.TrainResult;
import satlab.sim.TrainText;
import satlab.sim.Trainer;
import satlab.learn.CourseStanding;
import satlab.learn.LessonStanding;
import satlab.learn.QuizProgress;
import satlab.learn.Summary;
import satlab.store.Store;

/**
 * The course played line by line, for dumb terminals, logs and screen readers: the
 * same lessons, quizzes and saved progress as the full-screen tutor, printed in
 * reading order with a prompt after each step (Enter next, b back, e explorer, m
 * menu, q quit). No cursor addressing and no alternate screen; colour only when
 * asked for. Piped input plays the course deterministically and ends at the end of
 * the input with a score line.
 *
 * <p>Entry points: {@link #run(Terminal, Course, Store, Settings)} for a JLine
 * terminal, {@link #run(InputStream, OutputStream, Course, Store, Settings)} for
 * plain streams (the full-screen tutor's fallback when there is no usable terminal).
 */
public final class PlainTutor {

    /**
     * @param learner whose progress is read and written
     * @param seed the quizzes' numbers come from this instead of the learner's name, so
     *     a run is reproducible (--seed)
     * @param color style headings, prose and verdicts with ANSI attributes
     */
    public record Settings(String learner, OptionalLong seed, boolean color, boolean scripted) {
        public Settings(String learner, OptionalLong seed, boolean color) {
            this(learner, seed, color, false);
        }

        /**
         * As above; {@code scripted} when the input is a file or a pipe: then the course plays from
         * where the learner left off to its end, every line of input is an answer (one per attempt,
         * {@code ?} for a hint; blank lines and {@code #} comments skipped, as in {@code satlab run}),
         * and {@link #run()} returns 1 when a quiz was missed.
         */
        public Settings {}
    }

    /** Where the learner is: the menu, a step of a lesson, or gone. */
    private record Place(int lesson, int step) {
        static final Place MENU = new Place(-1, 0);
        static final Place QUIT = new Place(-2, 0);
    }

    static final String STEP_PROMPT = "Enter next, b back, e explorer, m menu, q quit> ";

    private final Course course;
    private final Store store;
    private final Settings settings;
    private final PrintWriter out;
    private final Prompter prompter;
    private final Style style;
    private final int textWidth;
    private final int plotWidth;
    private final Tier tier;
    private final QuizAsker quizzes;
    private final Explorer explorer;
    private final Object seedSource;
    private Explorer.Values explorerValues = Explorer.Values.QA;

    public PlainTutor(Terminal terminal, Course course, Store store, Settings settings, Clock clock) {
        this.course = course;
        this.store = store;
        this.settings = settings;
        this.out = terminal.writer();
        this.prompter = new Prompter(terminal);
        this.style = new Style(settings.color());
        int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
        this.textWidth = Math.max(20, Math.min(width - 1, 78));
        this.plotWidth = Math.min(width, 100);
        // Blocks and braille only for a learner who asked for colour on a UTF-8 terminal:
        // plain output stays 7-bit for logs, screen readers and dumb terminals.
        this.tier = settings.color() && StandardCharsets.UTF_8.equals(terminal.encoding()) ? Tier.UNICODE : Tier.ASCII;
        this.seedSource = settings.seed().isPresent() ? (Object) settings.seed().getAsLong() : settings.learner();
        this.quizzes = new QuizAsker(prompter, out, style, store, settings.learner(), seedSource, clock, textWidth,
                settings.scripted());
        this.explorer = new Explorer(prompter, out, textWidth);
    }

    /**
     * Plays the course on a JLine terminal; returns the exit code: 0, or 1 for an empty course or a
     * scripted run that missed a quiz.
     */
    public static int run(Terminal terminal, Course course, Store store, Settings settings) {
        return new PlainTutor(terminal, course, store, settings, Clock.systemUTC()).run();
    }

    /**
     * Plays the course over plain streams, 80 columns wide, as on a dumb terminal; for
     * callers without a terminal (no TTY, TERM=dumb, --plain). Lines end in LF.
     */
    public static int run(InputStream in, OutputStream output, Course course, Store store, Settings settings) {
        try (Terminal terminal = new DumbTerminal("satlab", Terminal.TYPE_DUMB, in, LineEndings.unix(output),
                StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(80, 24));
            return run(terminal, course, store, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int run() {
        if (course.isEmpty()) {
            out.println("There are no lessons to play.");
            out.flush();
            return 1;
        }
        out.println(style.heading("satlab, line by line: " + course.title()));
        if (!course.info().description().isEmpty()) say(course.info().description());
        say(course.size() + (course.size() == 1 ? " lesson" : " lessons") + " for " + settings.learner() + ".");
        say(capitalised(store.status().message()) + ".");
        say("At each step: Enter goes on, b goes back, e opens the neuron explorer, m shows the lessons,"
                + " q quits. At a quiz, ? shows a hint.");
        Place place = settings.scripted() ? continuePlace() : Place.MENU;
        while (place != Place.QUIT) {
            place = place == Place.MENU ? (settings.scripted() ? Place.QUIT : menu()) : step(place);
            out.flush();
        }
        finish();
        return settings.scripted() && quizzes.missed() > 0 ? 1 : 0;
    }

    private CourseStanding standing() {
        return CourseStanding.read(store, settings.learner(), seedSource, course);
    }

    private Place menu() {
        out.println();
        out.println(style.heading("Lessons"));
        List<Lesson> lessons = course.lessons();
        CourseStanding standing = standing();
        for (int i = 0; i < lessons.size(); i++) {
            out.println("  " + (i + 1) + ". " + lessons.get(i).title() + " - " + status(standing.lesson(i)));
        }
        Optional<CourseStanding.Continue> cont = standing.next();
        Place next = cont.map(c -> new Place(c.lesson(), c.step())).orElse(new Place(0, 0));
        String where = cont.map(c -> (c.allDone() ? "Every lesson is done. Type a lesson number, Enter for "
                : "Type a lesson number, Enter to continue with ") + c.description()).orElse("");
        int review = standing.toReview().size();
        say(where + (review == 0 ? "" : ", r to review "
                + review + (review == 1 ? " missed quiz" : " missed quizzes")) + ", s for a summary, or q to quit.");
        while (true) {
            Optional<String> typed = prompter.ask("menu> ");
            if (typed.isEmpty()) return Place.QUIT;
            String text = typed.get().strip();
            if (text.isEmpty()) return next;
            if (text.equalsIgnoreCase("q")) return Place.QUIT;
            if (text.equalsIgnoreCase("s")) {
                Summary.course(standing()).forEach(this::say);
                continue;
            }
            if (text.equalsIgnoreCase("r")) {
                return review();
            }
            try {
                int n = Integer.parseInt(text);
                if (n >= 1 && n <= lessons.size()) return openAt(n - 1);
            } catch (NumberFormatException e) {
                // Falls through to the message below.
            }
            out.println("Type a lesson number from 1 to " + lessons.size() + ", Enter, r, s or q.");
        }
    }

    /** Asks every missed quiz again with fresh numbers; then back to the menu. */
    private Place review() {
        List<QuizProgress> missed = standing().toReview();
        if (missed.isEmpty()) {
            say("There are no missed quizzes to review.");
            return Place.MENU;
        }
        for (QuizProgress p : missed) {
            out.println();
            if (quizzes.review(p) == QuizAsker.Outcome.GONE) return Place.QUIT;
        }
        return Place.MENU;
    }

    private static String status(LessonStanding s) {
        Lesson lesson = s.lesson();
        String where = s.done() ? "done" : s.position().isPresent()
                ? "at step " + (s.savedStep() + 1) + " of " + lesson.steps().size() : "not started";
        return s.total() == 0 ? where : where + ", " + s.right() + " of " + s.total() + " quizzes right";
    }

    /** Where Enter at the menu goes: the model's continue place. */
    private Place continuePlace() {
        return standing().next().map(c -> new Place(c.lesson(), c.step())).orElse(new Place(0, 0));
    }

    /** A lesson at the model's continue step for it (the start when it is done). */
    private Place openAt(int index) {
        LessonStanding s = standing().lesson(index);
        return new Place(index, s.done() ? 0 : s.continueStep());
    }

    private Place step(Place place) {
        Lesson lesson = course.lessons().get(place.lesson());
        List<Step> steps = lesson.steps();
        Step step = steps.get(place.step());
        store.savePosition(settings.learner(), lesson.id(), place.step(), steps.size());
        out.println();
        out.println(style.heading("Lesson " + (place.lesson() + 1) + " of " + course.size() + ": " + lesson.title()));
        String title = step.title().equals(lesson.title()) ? "" : ": " + step.title();
        out.println(style.heading("Step " + (place.step() + 1) + " of " + steps.size() + title));
        for (Block block : step.blocks()) {
            out.println();
            if (!show(lesson, block)) return Place.QUIT;
        }
        out.println();
        if (settings.scripted()) return forward(place, lesson);
        while (true) {
            Optional<String> typed = prompter.ask(STEP_PROMPT);
            if (typed.isEmpty()) return Place.QUIT;
            switch (typed.get().strip().toLowerCase(java.util.Locale.ROOT)) {
                case "" -> {
                    return forward(place, lesson);
                }
                case "b" -> {
                    if (place.step() > 0) return new Place(place.lesson(), place.step() - 1);
                    say("This is the first step of the lesson; m shows the other lessons.");
                }
                case "e" -> {
                    Optional<Explorer.Values> values = explorer.explore(explorerValues);
                    if (values.isEmpty()) return Place.QUIT;
                    explorerValues = values.get();
                }
                case "m" -> {
                    return Place.MENU;
                }
                case "q" -> {
                    return Place.QUIT;
                }
                case "r" -> {
                    return place;
                }
                default -> say("Keys: Enter next step, b back, e explorer, r repeat, m lessons, q quit.");
            }
        }
    }

    /** Shows one block; false when the learner left while it was asking. */
    private boolean show(Lesson lesson, Block block) {
        if (block instanceof Prose prose) {
            out.print(style.lines(Wrap.prose(prose, textWidth, TerminalWidth.OF)));
        } else if (block instanceof PlotBlock plot) {
            out.print(PlainPlot.render(plot, plotWidth, textWidth, tier));
        } else if (block instanceof NetworkBlock network) {
            say("Layer-stack lab: the table per layer, the share saturated per layer and each layer's"
                    + " activations. Other settings: satlab network --help, or :network in satlab repl.");
            Glyphs glyphs = tier == Tier.UNICODE ? Glyphs.UNICODE : Glyphs.ASCII;
            NetworkText.report(Network.run(network.config()), NetworkText.Histograms.COMPACT, glyphs, textWidth)
                    .forEach(this::sayLine);
        } else if (block instanceof TrainBlock train) {
            int n = train.runs().size();
            say("Training race (" + n + (n == 1 ? " run" : " runs") + "): the " + train.chart().title()
                    + " by epoch, then a table.");
            List<TrainResult> runs = train.runs().stream().map(Trainer::run).toList();
            int epochs = train.runs().get(0).epochs();
            int chartWidth = Math.max(PlotOptions.MIN_WIDTH, Math.min(textWidth, PlotOptions.MAX_WIDTH));
            out.print(TrainReport.render(runs, train.chart(), tier, chartWidth, 16, TrainText.defaultStep(epochs)));
        } else if (block instanceof TrainNetBlock net) {
            say("Training lab: the network trained epoch by epoch, a table, the " + net.chart().title()
                    + " by epoch, the layers and the decision regions. Try other settings with"
                    + " satlab network --train, or :network --train in satlab repl.");
            List<TrainNetResult> runs = net.runs().stream().map(NetTraining::run).toList();
            int w = Math.max(60, Math.min(TrainNetText.WIDTH, textWidth));
            out.print(TrainNetReport.render(runs, net.chart(), tier, w,
                    TrainText.defaultStep(net.runs().get(0).epochs())));
        } else if (block instanceof NeuronBlock neuron) {
            explorerValues = Explorer.Values.of(neuron);
            explorer.show(explorerValues);
            out.println("(Type e at the prompt to change these values.)");
        } else if (block instanceof QuizBlock quiz) {
            return quizzes.ask(lesson, quiz) == QuizAsker.Outcome.DONE;
        }
        return true;
    }

    private Place forward(Place place, Lesson lesson) {
        if (place.step() + 1 < lesson.steps().size()) return new Place(place.lesson(), place.step() + 1);
        store.markCompleted(settings.learner(), lesson.id());
        CourseStanding standing = standing();
        out.println();
        say("End of lesson " + (place.lesson() + 1) + ".");
        Summary.lesson(standing.lesson(place.lesson())).forEach(this::say);
        if (place.lesson() + 1 < course.size()) return new Place(place.lesson() + 1, 0);
        out.println("That was the last lesson.");
        Summary.course(standing).forEach(this::say);
        return Place.MENU;
    }

    private void finish() {
        CourseStanding t = standing();
        out.println();
        out.println("score: " + t.right() + "/" + t.total() + " (" + t.finished() + " of " + t.total()
                + " quizzes answered)");
        if (!store.isSaving()) say(capitalised(store.status().message()) + ".");
        out.flush();
    }

    /** A line as is when it fits, else wrapped as a sentence (the tables fit; headers and legends may not). */
    private void sayLine(String line) {
        if (line.length() <= textWidth) out.println(line);
        else say(line);
    }

    /** A sentence wrapped to the text width. */
    private void say(String sentence) {
        Wrap.text(sentence, textWidth, TerminalWidth.OF).forEach(out::println);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
