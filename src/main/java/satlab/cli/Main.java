package satlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Properties;
import satlab.store.SafeStore;
import satlab.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The command line: `satlab [COMMAND]`. The only place that touches System.in/out. */
@Command(
        name = "satlab",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "A terminal tutor: why large initial weights saturate sigmoid neurons.",
        // Subcommands are added in commandLine(): building one costs picocli reflection,
        // so a run builds only the one it needs.
        subcommands = {})
public final class Main implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin TutorOptions tutor = new TutorOptions();

    /**
     * No command: the full-screen tutor on this terminal, or the line-by-line tutor
     * where full screen cannot work (TERM=dumb, pipes) or with --plain.
     */
    @Override
    public Integer call() throws IOException {
        return runTutor(spec, tutor);
    }

    static int runTutor(CommandSpec spec, TutorOptions tutor) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        TutorLauncher launcher = new TutorLauncher(err, System.getenv(), System.in, System.out,
                System.console() != null);
        Optional<String> whyNot = launcher.whyNotFullScreen();
        if (tutor.plain || whyNot.isPresent()) {
            if (!tutor.plain) {
                err.println("satlab: " + whyNot.get() + "; playing the course line by line (satlab plain).");
                err.flush();
            }
            try (Store store = SafeStore.open(launcher.databaseFile(tutor))) {
                return PlainCommand.play(spec, tutor.lessons, store, System.getProperty("user.name", "learner"),
                        tutor.seed, false);
            }
        }
        int code = launcher.run(tutor);
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        Integer tutorOnly = TutorStart.tryRun(args);
        // The launcher may have set the terminal up for a full screen that is not coming.
        if (tutorOnly == null) PreparedTty.from(System.getenv()).ifPresent(PreparedTty::restore);
        System.exit(tutorOnly != null ? tutorOnly : commandLine(args.length > 0 ? args[0] : null).execute(args));
    }

    /** Builds the command tree with satlab's error handling; tests use it too. */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The commands in the order `satlab --help` lists them. Built on first use, not when
     * Main loads: it names picocli's HelpCommand, and loading picocli (compiled for an old
     * Java, so never in the CDS archive) would cost the tutor's fast start tens of ms.
     */
    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("eval", EvalCommand::new);
        c.put("neuron", NeuronCommand::new);
        c.put("check", CheckCommand::new);
        c.put("run", RunCommand::new);
        c.put("progress", ProgressCommand::new);
        c.put("results", ResultsCommand::new);
        c.put("network", NetworkCommand::new);
        c.put("train", TrainCommand::new);
        c.put("plot", PlotCommand::new);
        c.put("repl", ReplCommand::new);
        c.put("plain", PlainCommand::new);
        c.put("serve", ServeCommand::new);
        c.put("completion", CompletionCommand::new);
        c.put("man", ManCommand::new);
        // A lambda, not CommandLine.HelpCommand::new: a method reference to a constructor of a
        // Java 5 class (picocli's) aborts JDK 25.0.3 assembling an AOT cache (archiveHeapWriter.cpp:757).
        c.put("help", () -> new CommandLine.HelpCommand());
        return Collections.unmodifiableMap(c);
    }

    /**
     * The command tree: with {@code only} naming a command, just that one (what a run
     * of `satlab eval ...` needs); otherwise every command, for help and tests.
     */
    static CommandLine commandLine(String only) {
        CommandLine cl = new CommandLine(new Main());
        Map<String, Supplier<Object>> commands = commands();
        boolean one = only != null && commands.containsKey(only) && !only.equals("help");
        commands.forEach((name, make) -> {
            if (!one || name.equals(only)) cl.addSubcommand(name, make.get());
        });
        finish(cl);
        cl.getSubcommands().values().forEach(Main::finish);
        cl.setParameterExceptionHandler(Main::usageError);
        CommandLine eval = cl.getSubcommands().get("eval");
        // "-2^2" is an expression, not an option.
        if (eval != null) eval.setUnmatchedOptionsArePositionalParams(true);
        return cl;
    }

    /**
     * What every command shares: {@code --version} prints satlab's version (picocli's
     * standard option prints nothing without a provider), and help text is wrapped once,
     * by picocli, to the help width.
     */
    private static void finish(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        spec.versionProvider(Version.provider());
        spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
        spec.usageMessage().footer(paragraphs(spec.usageMessage().footer()));
    }

    /**
     * Description lines as written in the annotations are broken by hand at about 90
     * columns; picocli wraps each line again at 80, leaving a word or two on a line of
     * its own. This joins the lines of each paragraph so picocli wraps it once: a line
     * continues on the next unless it ends a sentence (. : ! ?), is blank, or either is
     * indented (examples keep their lines).
     */
    static String[] paragraphs(String[] lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int last = out.size() - 1;
            if (last >= 0 && continues(out.get(last), line)) {
                out.set(last, out.get(last).stripTrailing() + " " + line.strip());
            } else {
                out.add(line);
            }
        }
        return out.toArray(String[]::new);
    }

    private static boolean continues(String previous, String line) {
        String p = previous.stripTrailing();
        return !p.isEmpty() && !line.isBlank() && !Character.isWhitespace(p.charAt(0))
                && !Character.isWhitespace(line.charAt(0)) && ".:!?".indexOf(p.charAt(p.length() - 1)) < 0
                && !p.contains("%n") && !line.contains("%n");
    }

    /** Usage errors: one line saying what is wrong, one saying where to look; exit 2. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("satlab: " + ex.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        return 2;
    }

    static final class Version implements CommandLine.IVersionProvider {

        /**
         * Typed as picocli's interface here, not in Main: the check that a Version is one
         * would load that interface when Main is linked, on the tutor's picocli-free path.
         */
        static CommandLine.IVersionProvider provider() {
            return new Version();
        }

        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/satlab/version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"satlab " + p.getProperty("version", "unknown")};
        }
    }
}
