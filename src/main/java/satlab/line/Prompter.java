package satlab.line;

import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Reads one line at a prompt for the plain tutor. The end of input (Ctrl-D, or the
 * end of a piped answer file) and Ctrl-C both end the session: empty result.
 */
final class Prompter {

    private final LineReader reader;

    Prompter(Terminal terminal) {
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("satlab")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .variable(LineReader.HISTORY_SIZE, 200)
                .build();
    }

    /** The line typed (without its newline), or empty when the learner is gone. */
    Optional<String> ask(String prompt) {
        try {
            return Optional.of(reader.readLine(prompt));
        } catch (EndOfFileException | UserInterruptException e) {
            return Optional.empty();
        }
    }
}
