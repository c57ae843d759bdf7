package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameOutputTest {

    /** Records what reaches the terminal, one entry per write call. */
    static final class Writes extends OutputStream {
        final List<String> calls = new ArrayList<>();

        @Override
        public void write(int b) {
            calls.add(String.valueOf((char) b));
        }

        @Override
        public void write(byte[] b, int off, int len) {
            calls.add(new String(b, off, len, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFrameWrittenACharacterAtATimeReachesTheTerminalInOneWriteWhenFlushed() throws IOException {
        Writes terminal = new Writes();
        FrameOutput out = new FrameOutput(terminal);
        for (char c : "\033[1;1Hsatlab — menu".toCharArray()) out.write(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        assertThat(terminal.calls).isEmpty();
        out.flush();
        assertThat(terminal.calls).containsExactly("\033[1;1Hsatlab — menu");
    }

    @Test
    void theQuestionForTheCursorPositionGoesOutAtOnceForLanternaWaitsForItsAnswerWithoutFlushing() throws IOException {
        Writes terminal = new Writes();
        FrameOutput out = new FrameOutput(terminal);
        out.write("\033[s".getBytes(StandardCharsets.US_ASCII));
        out.write("\033[5001;5001H".getBytes(StandardCharsets.US_ASCII));
        out.write("\033[6n".getBytes(StandardCharsets.US_ASCII));
        assertThat(String.join("", terminal.calls)).isEqualTo("\033[s\033[5001;5001H\033[6n");
        out.write("\033[u".getBytes(StandardCharsets.US_ASCII));
        assertThat(String.join("", terminal.calls)).doesNotContain("\033[u");
    }

    @Test
    void aFrameLargerThanTheBufferStillArrivesWholeAndInOrder() throws IOException {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        FrameOutput out = new FrameOutput(terminal);
        StringBuilder frame = new StringBuilder();
        for (int i = 0; i < 100_000; i++) frame.append((char) ('a' + i % 26));
        for (char c : frame.toString().toCharArray()) out.write(c);
        out.flush();
        assertThat(terminal.toString(StandardCharsets.US_ASCII)).isEqualTo(frame.toString());
    }
}
