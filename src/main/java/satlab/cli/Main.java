package satlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;
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
        subcommands = {
            EvalCommand.class,
            NeuronCommand.class,
            CheckCommand.class,
            RunCommand.class,
            ProgressCommand.class,
            ResultsCommand.class,
            NetworkCommand.class,
            TrainCommand.class,
            PlotCommand.class,
            ReplCommand.class,
            PlainCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class,
        })
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
        System.exit(tutorOnly != null ? tutorOnly : commandLine().execute(args));
    }

    /** Builds the command tree with satlab's error handling; tests use it too. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler(Main::usageError);
        // "-2^2" is an expression, not an option.
        cl.getSubcommands().get("eval").setUnmatchedOptionsArePositionalParams(true);
        return cl;
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
