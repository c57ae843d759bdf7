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
    void displayWidthIsMeasuredAsTheScreenDrawsIt() {
        assertThat(Cells.WIDTH.of("中文")).isEqualTo(4);
        assertThat(Cells.WIDTH.of("e\u0301")).isEqualTo(1);
        assertThat(Cells.WIDTH.of("😀")).isEqualTo(2);
        assertThat(Cells.WIDTH.of("σ'(z)")).isEqualTo(5);
        assertThat(Cells.displayable("e\u0301")).isEqualTo("é");
        assertThat(Cells.displayable("a\u001b[31mb\u0007\u009b\u202e\u2028\ud800c\td")).isEqualTo("a?[31mb?????c d");
        assertThat(Cells.displayable("σ(𝑥)")).isEqualTo("σ(x)");
        assertThat(Cells.displayable("👍\ufe0f")).isEqualTo("👍");
    }

    @Test
    void twentyWideCharactersTakeFortyCellsAndOverwriteNothingAfterThem() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(50, 2));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Painter p = new Painter(screen, Theme.DEFAULT, new Cells(true));
        int end = p.put(0, 0, "漢".repeat(20), Style.PLAIN);
        assertThat(end).isEqualTo(40);
        p.put(end, 0, "after", Style.PLAIN);
        screen.refresh();
        assertThat(screen.getBackCharacter(38, 0).getCharacterString()).isEqualTo("漢");
        assertThat(screen.getBackCharacter(40, 0).getCharacterString()).isEqualTo("a");
        // A wide character that would stick out of the room is left out whole.
        assertThat(p.put(0, 1, "ab漢", Style.PLAIN, 3)).isEqualTo(2);
    }

    @Test
    void controlCharactersInAnyTextAreShownAsMarksNeverSent() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 1));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Painter p = new Painter(screen, Theme.DEFAULT, new Cells(true));
        p.put(0, 0, "x\u001b]0;owned\u0007\u0000y", Style.PLAIN);
        screen.refresh();
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < 13; c++) row.append(screen.getBackCharacter(c, 0).getCharacterString());
        assertThat(row.toString()).isEqualTo("x?]0;owned??y");
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
