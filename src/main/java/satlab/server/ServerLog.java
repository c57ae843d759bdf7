package satlab.server;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import satlab.engine.TerminalText;

/**
 * One line per event, timestamped, safe to call from any thread; never given a password. User
 * names, key comments, file names and lesson text come from others, so every character a
 * terminal might obey (C0 and C1 controls, bidi overrides, line separators: {@link TerminalText})
 * is written escaped and long details are cut: a crafted name cannot forge log lines, retitle the
 * instructor's terminal or flood the log.
 */
public final class ServerLog {
    private static final int MAX_DETAIL = 400;

    private final PrintWriter out;
    private final Clock clock;

    public ServerLog(PrintWriter out) {
        this(out, Clock.systemUTC());
    }

    ServerLog(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /** Writes {@code TIME EVENT DETAIL}. */
    public void event(String event, String detail) {
        String clean = TerminalText.escape(detail);
        if (clean.length() > MAX_DETAIL) clean = clean.substring(0, MAX_DETAIL) + "...";
        String line = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + event + " " + clean;
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
