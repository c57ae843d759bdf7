package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelTerminalTest {
    LabSession session = new LabSession(1, "alice", "127.0.0.1:1", Map.of(), 0);
    long now = 0;
    List<RuntimeException> listenerErrors = new ArrayList<>();

    ChannelTerminal terminal(String input) {
        return new ChannelTerminal(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
                new TerminalSize(80, 24), session, Runnable::run, () -> now, e -> listenerErrors.add(e));
    }

    static List<KeyStroke> readAll(ChannelTerminal t) throws IOException {
        List<KeyStroke> keys = new ArrayList<>();
        KeyStroke k;
        while ((k = t.readInput()).getKeyType() != KeyType.EOF) keys.add(k);
        return keys;
    }

    @Test
    void aBareCarriageReturnIsEnterAndCrLfIsOneEnter() throws IOException {
        assertThat(readAll(terminal("\r"))).extracting(KeyStroke::getKeyType).containsExactly(KeyType.Enter);
        assertThat(readAll(terminal("a\r\nb"))).extracting(KeyStroke::getKeyType)
                .containsExactly(KeyType.Character, KeyType.Enter, KeyType.Character);
    }

    @Test
    void utf8CharactersArriveWhole() throws IOException {
        assertThat(readAll(terminal("σé"))).extracting(KeyStroke::getCharacter).containsExactly('σ', 'é');
    }

    @Test
    void ctrlCIsDeliveredThenTheSessionStopsAndReadsGiveEof() throws IOException {
        ChannelTerminal t = terminal("\u0003xyz");
        KeyStroke first = t.readInput();
        assertThat(first.isCtrlDown()).isTrue();
        assertThat(first.getCharacter()).isEqualTo('c');
        assertThat(session.stopReason()).contains(StopReason.INTERRUPTED);
        assertThat(t.readInput().getKeyType()).isEqualTo(KeyType.EOF);
        assertThat(t.pollInput().getKeyType()).isEqualTo(KeyType.EOF);
    }

    @Test
    void keystrokesRecordActivityForTheIdleTimeout() throws IOException {
        ChannelTerminal t = terminal("ab");
        now = 42;
        t.readInput();
        assertThat(session.lastInputNanos()).isEqualTo(42);
    }

    @Test
    void aWindowChangeResizesAndFiresListenersOnce() throws IOException {
        ChannelTerminal t = terminal("");
        assertThat(t.getTerminalSize()).isEqualTo(new TerminalSize(80, 24));
        List<TerminalSize> seen = new ArrayList<>();
        t.addResizeListener((term, size) -> seen.add(size));
        t.windowChanged(new TerminalSize(100, 30));
        t.windowChanged(new TerminalSize(100, 30));
        assertThat(seen).containsExactly(new TerminalSize(100, 30));
        assertThat(t.getTerminalSize()).isEqualTo(new TerminalSize(100, 30));
    }

    @Test
    void aFailingResizeListenerIsReportedAndTheResizeStillHappens() throws IOException {
        ChannelTerminal t = terminal("");
        t.addResizeListener((term, size) -> {
            throw new IllegalStateException("listener bug");
        });
        t.windowChanged(new TerminalSize(90, 30));
        assertThat(listenerErrors).extracting(RuntimeException::getMessage).containsExactly("listener bug");
        assertThat(t.getTerminalSize()).isEqualTo(new TerminalSize(90, 30));
    }

    @Test
    void aStopRequestedElsewhereMakesTheNextReadEof() throws IOException {
        ChannelTerminal t = terminal("abc");
        session.requestStop(StopReason.SERVER_SHUTDOWN);
        assertThat(t.readInput().getKeyType()).isEqualTo(KeyType.EOF);
        assertThat(session.stopReason()).contains(StopReason.SERVER_SHUTDOWN);
    }
}
