package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;

class CellsTest {

    @Test
    void eachCharacterAndStyleIsBuiltOnce() {
        Cells cells = new Cells(true);
        assertThat(cells.of('z', Style.PLAIN)).isSameAs(cells.of('z', Style.PLAIN));
        assertThat(cells.of('z', Style.ERROR)).isNotEqualTo(cells.of('z', Style.PLAIN));
    }

    @Test
    void colourOnlyWhenTheThemeHasIt() {
        assertThat(new Cells(true).of('!', Style.ERROR).getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
        assertThat(new Cells(false).of('!', Style.ERROR).getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(new Cells(false).of('!', Style.ERROR).getModifiers()).containsExactly(SGR.BOLD);
    }

    @Test
    void wideAndSurrogateCharactersAreLeftToLanterna() {
        Cells cells = new Cells(true);
        assertThat(cells.of('中', Style.PLAIN)).isNull();
        assertThat(cells.of("😀".charAt(0), Style.PLAIN)).isNull();
        assertThat(cells.of('\t', Style.PLAIN)).isNull();
    }

    @Test
    void aStringWithAWideCharacterIsLaidOutByLanternaWhole() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 3));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Painter p = new Painter(screen, Theme.DEFAULT, new Cells(true));
        p.put(0, 1, "a中b σ", Style.STRONG);
        screen.refresh();
        assertThat(screen.getBackCharacter(1, 1).getCharacterString()).isEqualTo("中");
        assertThat(screen.getBackCharacter(3, 1).getCharacterString()).isEqualTo("b");
        assertThat(screen.getBackCharacter(3, 1).getModifiers()).contains(SGR.BOLD);
        assertThat(screen.getBackCharacter(5, 1).getCharacterString()).isEqualTo("σ");
    }

    @Test
    void textStartingLeftOfTheScreenIsCutNotAnError() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(10, 2));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Painter p = new Painter(screen, Theme.DEFAULT, new Cells(true));
        assertThat(p.put(-3, 0, "abcdefghijklmnop", Style.PLAIN)).isEqualTo(10);
        assertThat(p.put(-30, 1, "abc", Style.PLAIN)).isEqualTo(-27);
        assertThat(screen.getBackCharacter(0, 0).getCharacterString()).isEqualTo("d");
        assertThat(screen.getBackCharacter(9, 0).getCharacterString()).isEqualTo("m");
    }
}
