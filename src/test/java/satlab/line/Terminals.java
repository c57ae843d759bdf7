package satlab.line;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/** JLine terminals on byte streams, so tests type input and read back the transcript. */
final class Terminals {

    /** A terminal over given input and a captured output. */
    record Session(Terminal terminal, ByteArrayOutputStream output) {
        String transcript() {
            terminal.flush();
            return output.toString(StandardCharsets.UTF_8);
        }
    }

    private Terminals() {}

    /** A dumb terminal (no cursor addressing, no colour), as a screen reader or a log sees. */
    static Session dumb(String input, int columns) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB,
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), LineEndings.unix(out),
                    StandardCharsets.UTF_8);
            t.setSize(new Size(columns, 24));
            return new Session(t, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A dumb terminal whose line discipline knows Ctrl-C (raises SIGINT) and Ctrl-D
     * (end of file on an empty line), as a real terminal's does.
     */
    static Session withControlKeys(String input) {
        Session s = dumb(input, 80);
        Attributes attributes = s.terminal().getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
        s.terminal().setAttributes(attributes);
        return s;
    }
}
