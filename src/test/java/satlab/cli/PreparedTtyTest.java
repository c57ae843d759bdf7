package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreparedTtyTest {

    @Test
    void onlyTheLaunchersSavedSettingsCount() {
        assertThat(PreparedTty.from(Map.of())).isEmpty();
        assertThat(PreparedTty.from(Map.of(PreparedTty.VARIABLE, ""))).isEmpty();
        assertThat(PreparedTty.from(Map.of(PreparedTty.VARIABLE, "sane; rm -rf ~"))).isEmpty();
        assertThat(PreparedTty.from(Map.of(PreparedTty.VARIABLE, "-echo"))).isEmpty();
        assertThat(PreparedTty.from(Map.of(PreparedTty.VARIABLE, "500:5:bf:8a3b:3:1c:7f:15:4:0:1:0\n"))).isPresent();
    }

    @Test
    void theTerminalDrawsAndReadsKeysWithoutSettingTheModeItself() throws Exception {
        // A size report (the screen asks at start) and then a key, as a terminal would send them.
        byte[] input = "\033[24;80R\033[24;80R\033[24;80R\033[C".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (Terminal terminal = new PreparedTty.SttyTerminal(new ByteArrayInputStream(input), output,
                StandardCharsets.UTF_8, null)) {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            assertThat(screen.getTerminalSize()).isEqualTo(new TerminalSize(80, 24));
            screen.newTextGraphics().putString(2, 3, "menu");
            screen.refresh();
            KeyStroke key = screen.readInput();
            while (key.getKeyType() == KeyType.CursorLocation) key = screen.readInput(); // a spare size report
            assertThat(key.getKeyType()).isEqualTo(KeyType.ArrowRight);
            screen.stopScreen();
        }
        String sent = output.toString(StandardCharsets.UTF_8);
        assertThat(sent).contains("\033[?1049h").contains("menu").contains("\033[?1049l");
    }
}
