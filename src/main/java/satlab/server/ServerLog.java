package satlab.server;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One line per event, timestamped, safe to call from any thread; never given a password. */
final class ServerLog {
    private final PrintWriter out;
    private final Clock clock;

    ServerLog(PrintWriter out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    void event(String event, String detail) {
        String line = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS) + " " + event + " " + detail;
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }
}
