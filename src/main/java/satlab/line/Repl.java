package satlab.line;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import java.util.concurrent.atomic.AtomicReference;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Value;
import satlab.engine.Interpreter;

/**
 * {@code satlab repl}: reads expressions with JLine and evaluates them in one
 * {@link Interpreter}, so assignments persist. Tab completes names, Enter with a
 * bracket open continues on the next line, Ctrl-C drops the line, Ctrl-D leaves.
 * Everything it prints goes to the injected terminal.
 */
public final class Repl {

    static final String PROMPT = "satlab> ";
    // %P pads the continuation prompt to the first prompt's width, so columns line up
    // and a caret printed under a continuation line sits under the right character.
    private static final String CONTINUATION = "%P ...> ";

    private final Terminal terminal;
    private final Interpreter interpreter;
    private final Optional<Path> historyFile;
    private final PrintWriter out;
    private final AtomicReference<Format.Precision> precision = new AtomicReference<>(Format.Precision.DEFAULT);

    /**
     * @param terminal a real terminal, or a dumb one; give a dumb terminal on piped
     *     input a size, so JLine shows each line after its prompt and the transcript
     *     reads like the session it was
     * @param historyFile where to keep the input history, or empty for none (the
     *     caller checks that its directory is writable)
     */
    public Repl(Terminal terminal, Interpreter interpreter, Optional<Path> historyFile) {
        this.terminal = terminal;
        this.interpreter = interpreter;
        this.historyFile = historyFile;
        this.out = terminal.writer();
    }

    /** Reads and evaluates until :quit, Ctrl-D or the end of input; returns the exit code (0). */
    public int run() {
        LineReader reader = reader();
        out.println("satlab repl: type an expression (w = [1000, 1000]) or :help. Ctrl-D leaves.");
        ReplCommands commands = new ReplCommands(interpreter, out, this::width, this::errorText,
                java.nio.charset.StandardCharsets.UTF_8.equals(terminal.encoding()), precision);
        while (true) {
            String line;
            try {
                line = reader.readLine(PROMPT);
            } catch (UserInterruptException e) {
                // A tty's own echo leaves the cursor after "^C"; start the next prompt on its own line.
                if (!jlineDrawsInput()) out.println();
                continue;
            } catch (EndOfFileException e) {
                if (!jlineDrawsInput()) out.println();
                String partial = e.getPartialLine() == null ? "" : e.getPartialLine().stripTrailing();
                // Input that ends inside brackets still gets its error, not silence; the
                // source is repeated because the prompt has moved on from it.
                if (!partial.isBlank()) evaluate(partial, false);
                break;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            if (trimmed.startsWith(":")) {
                if (!commands.run(line)) break;
            } else {
                evaluate(line, true);
            }
            out.flush();
        }
        out.flush();
        return 0;
    }

    private LineReader reader() {
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("satlab")
                .parser(new ReplParser())
                .completer(new NameCompleter(interpreter))
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                .variable(LineReader.HISTORY_FILE_SIZE, 2000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, false);
        historyFile.ifPresent(file -> builder.variable(LineReader.HISTORY_FILE, file));
        return builder.build();
    }

    private void evaluate(String input, boolean inputJustAbove) {
        try {
            out.println(Format.value(interpreter.run(input), precision.get()));
        } catch (EngineError e) {
            out.println(inputJustAbove ? errorText(e) : e.withCaret());
        }
    }

    /**
     * An error as this terminal shows it. JLine draws the input, continuation prompts
     * included, unless the terminal is dumb and of unknown width: then the tty echoed
     * it, with no prompt before a continuation line, so a caret under one would be off
     * by the prompt's width and the engine's three lines with the source are printed.
     */
    String errorText(EngineError e) {
        boolean promptBeforeLine = e.line() == 1 || jlineDrawsInput();
        return promptBeforeLine ? caret(e, PROMPT.length(), width()) : e.withCaret();
    }

    /**
     * The error under the input as the learner sees it: when the failing line is the
     * last one on screen, only a caret indented by the prompt's width and the message
     * (the input is right above); otherwise the engine's three lines with the source.
     *
     * @param promptWidth the width of the prompt before the input on screen
     */
    static String caret(EngineError e, int promptWidth, int width) {
        String[] lines = e.withCaret().split("\n", 3);
        boolean onLastLine = e.source().indexOf('\n', e.offset()) < 0;
        boolean unwindowed = lines[0].equals(e.sourceLine());
        boolean fits = promptWidth + e.sourceLine().length() < width;
        if (onLastLine && unwindowed && fits) {
            return " ".repeat(promptWidth) + tabsKept(e.sourceLine(), lines[1]) + "\n" + lines[2];
        }
        return e.withCaret();
    }

    /**
     * The caret line with every tab of the source kept as a tab, so a terminal that
     * showed the input with its tabs expanded puts the caret under the same character
     * (the prompt is 8 wide, so tab stops fall the same way).
     */
    private static String tabsKept(String source, String caretLine) {
        StringBuilder sb = new StringBuilder(caretLine);
        for (int i = 0; i < Math.min(source.length(), sb.length()); i++) {
            if (source.charAt(i) == '\t' && sb.charAt(i) == ' ') sb.setCharAt(i, '\t');
        }
        return sb.toString();
    }

    /**
     * Whether JLine draws the input line (prompts, continuation prompts, the newline
     * after it). It does on every terminal but a dumb one of unknown width, which is a
     * real tty with TERM=dumb: there the tty's own echo shows what was typed.
     */
    private boolean jlineDrawsInput() {
        boolean dumb = Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        return !dumb || terminal.getWidth() > 0;
    }

    private int width() {
        int w = terminal.getWidth();
        return w > 0 ? w : 80;
    }

    /** The variables as the :vars command lists them, for tests and the command. */
    static String describe(Map<String, Value> variables, Format.Precision precision) {
        if (variables.isEmpty()) return "no variables yet; assign one with w = [1000, 1000]";
        StringBuilder sb = new StringBuilder();
        variables.forEach((name, value) -> sb.append(name).append(" = ").append(Format.value(value, precision)).append('\n'));
        return sb.substring(0, sb.length() - 1);
    }

    static List<String> keyHelp() {
        return List.of("Keys: Tab completes names, Up/Down recall earlier lines, Enter with a bracket open"
                + " continues on the next line, Ctrl-C drops the line, Ctrl-D leaves.");
    }
}
