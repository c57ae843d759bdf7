package satlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void flagsC0C1BidiSeparatorsAndLoneSurrogates() {
        for (int cp : new int[] {0, 7, 0x1b, 0x7f, 0x9b, 0x9d, 0x2028, 0x2029, 0x202e, 0x2066, 0xd800}) {
            assertThat(TerminalText.unsafe(cp)).as("U+%04X", cp).isTrue();
        }
        for (int cp : new int[] {'a', ' ', 'σ', 0xa0, 0x1d465, 0x4e2d}) {
            assertThat(TerminalText.unsafe(cp)).as("U+%04X", cp).isFalse();
        }
    }

    @Test
    void escapesWhatATerminalWouldObey() {
        assertThat(TerminalText.escape("id\u001b]0;x\u0007σ")).isEqualTo("id\\u001b]0;x\\u0007σ");
        assertThat(TerminalText.escape("plain 𝑥")).isEqualTo("plain 𝑥");
        assertThat(TerminalText.firstUnsafe("a\tb\u202e", true)).isEqualTo(3);
        assertThat(TerminalText.firstUnsafe("a\tb", false)).isEqualTo(1);
        assertThat(TerminalText.describe(0x1b)).isEqualTo("U+001B (ESC)");
    }
}
