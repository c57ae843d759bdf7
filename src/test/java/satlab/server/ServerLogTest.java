package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServerLogTest {
    @Test
    void aCraftedUserNameCannotForgeALogLine() {
        StringWriter sink = new StringWriter();
        ServerLog log = new ServerLog(new PrintWriter(sink), Clock.fixed(Instant.parse("2026-11-28T10:00:00.5Z"), ZoneOffset.UTC));
        log.event("auth-failed", "user=eve\n2026-11-28T10:00:00Z login user=admin\u001b[2J method=password");
        assertThat(sink.toString().lines()).containsExactly(
                "2026-11-28T10:00:00Z auth-failed user=eve\\u000a2026-11-28T10:00:00Z login user=admin\\u001b[2J method=password");
    }

    @Test
    void c1ControlsBidiOverridesAndLineSeparatorsAreEscapedToo() {
        StringWriter sink = new StringWriter();
        new ServerLog(new PrintWriter(sink), Clock.systemUTC()).event("warning", "id=a\u009b31m b\u009d0;x c\u202eevil d\u2028e");
        assertThat(sink.toString().strip()).endsWith("id=a\\u009b31m b\\u009d0;x c\\u202eevil d\\u2028e");
        assertThat(sink.toString().strip().codePoints().filter(satlab.engine.TerminalText::unsafe)).isEmpty();
    }

    @Test
    void longDetailsAreCut() {
        StringWriter sink = new StringWriter();
        new ServerLog(new PrintWriter(sink), Clock.systemUTC()).event("auth-failed", "user=" + "x".repeat(5000));
        assertThat(sink.toString().strip().length()).isLessThan(500);
    }
}
