package satlab.server;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line per event, timestamped, safe to call from any thread; never given a password. User
 * names come from clients, so control characters are replaced and long details cut: a crafted
 * name cannot forge log lines or flood the log.
 */
final class ServerLog {
    private final PrintWriter out;
    private final Clock clock;

    ServerLog(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    private static final int MAX_DETAIL = 400;

    void event(String event, String detail) {
        String clean = detail.replaceAll("\\p{Cntrl}", "?");
        if (clean.length() > MAX_DETAIL) clean = clean.substring(0, MAX_DETAIL) + "...";
        String line = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + event + " " + clean;
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
