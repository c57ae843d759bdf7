package satlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.Signals;
import org.jline.utils.WriterOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.line.LineEndings;
import satlab.line.Repl;

@Command(
        name = "repl",
        mixinStandardHelpOptions = true,
        header = "An interactive prompt for the expression engine.",
        description = {
            "An interactive prompt for the engine: assignments persist, Tab completes names,",
            "Up/Down recall earlier lines (kept in the data directory), brackets left open continue",
            "on the next line. :plot EXPR draws an ASCII plot, :neuron reports the neuron w, a, b,",
            ":network and :train run the labs (options as 'satlab network' and 'satlab train'),",
            ":vars lists variables, :help lists everything, :quit or Ctrl-D leaves.",
            "",
            "Example session:",
            "  satlab> w = [1000, 1000]",
            "  satlab> a = [1, -0.99]",
            "  satlab> :neuron",
        })
final class ReplCommand implements Callable<Integer> {

    static final String HISTORY_FILE = "repl_history";

    @Spec CommandSpec spec;

    @Mixin DataOption data;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for randn/rand/uniform (default: different every run).")
    Long seed;

    @Override
    public Integer call() throws IOException {
        Interpreter interpreter = new Interpreter(new Rng(seed != null ? seed : System.nanoTime()));
        try (Terminal terminal = openTerminal(spec)) {
            Optional<Path> history = isInteractive() ? historyFile() : Optional.empty();
            return new Repl(terminal, interpreter, history).run();
        }
    }

    /**
     * History lives beside the progress database. Piped sessions keep none (a script's
     * lines are not the learner's), and an unwritable directory means no history rather
     * than an error on every line.
     */
    private Optional<Path> historyFile() {
        Path dir = data.databaseFile().toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            if (Files.isWritable(dir)) return Optional.of(dir.resolve(HISTORY_FILE));
        } catch (IOException | SecurityException e) {
            // Reported below, like the unwritable case.
        }
        spec.commandLine().getErr().println("satlab repl: history is not kept: cannot write to " + dir);
        return Optional.empty();
    }

    private static int columns(String env) {
        try {
            int c = env == null ? 0 : Integer.parseInt(env.trim());
            return c >= 20 && c <= 1000 ? c : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    static boolean isInteractive() {
        return System.console() != null;
    }

    /**
     * The terminal for line mode: the real one when stdin and stdout are both terminals
     * (a dumb one when TERM=dumb, which JLine chooses itself), otherwise a dumb terminal
     * over stdin and this command's output writer, so piped sessions and tests that
     * capture the output see everything.
     */
    static Terminal openTerminal(CommandSpec spec) throws IOException {
        if (isInteractive()) {
            Terminal terminal = TerminalBuilder.builder().name("satlab").system(true).build();
            if (terminal instanceof DumbTerminal) {
                // With TERM=dumb JLine leaves SIGINT to the JVM, which would end the program;
                // passing it to the terminal makes Ctrl-C cancel the line as everywhere else.
                Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT));
            }
            return terminal;
        }
        PrintWriter out = spec.commandLine().getOut();
        Terminal terminal = new DumbTerminal("satlab", Terminal.TYPE_DUMB, System.in,
                LineEndings.unix(new WriterOutputStream(out, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        // With a width JLine shows each piped line after its prompt, as a terminal would
        // have; COLUMNS lets a log or a screen reader's pipe ask for another width.
        terminal.setSize(new Size(columns(System.getenv("COLUMNS")), 24));
        return terminal;
    }
}
