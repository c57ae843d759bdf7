package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {

    private static Theme detect(Map<String, String> env) {
        return Theme.detect(env::get, false, false);
    }

    @Test
    void utf8LocaleGivesUnicodeAndColour() {
        assertThat(detect(Map.of("LANG", "en_GB.UTF-8"))).isEqualTo(new Theme(false, true));
        assertThat(detect(Map.of("LC_CTYPE", "C.utf8"))).isEqualTo(new Theme(false, true));
    }

    @Test
    void cLocaleOrNoLocaleGivesAscii() {
        assertThat(detect(Map.of("LANG", "C")).ascii()).isTrue();
        assertThat(detect(Map.of()).ascii()).isTrue();
    }

    @Test
    void lcAllWinsOverLang() {
        assertThat(detect(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8")).ascii()).isTrue();
        assertThat(detect(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "C")).ascii()).isFalse();
    }

    @Test
    void noColorVariableOrFlagTurnsColourOff() {
        assertThat(detect(Map.of("LANG", "C.UTF-8", "NO_COLOR", "1")).color()).isFalse();
        assertThat(detect(Map.of("LANG", "C.UTF-8", "NO_COLOR", "")).color()).isTrue();
        assertThat(Theme.detect(Map.of("LANG", "C.UTF-8")::get, false, true).color()).isFalse();
        assertThat(Theme.detect(Map.of("LANG", "C.UTF-8")::get, true, false).ascii()).isTrue();
    }

    @Test
    void asciiTextHasOnlySevenBitCharacters() {
        String s = new Theme(true, true).text("σ'(z) ≥ 0 — w·a ² → ✓ 中");
        assertThat(s.chars().allMatch(c -> c < 128)).isTrue();
        assertThat(s).startsWith("s'(z) >= 0 - w*a ^2 -> ok");
    }

    @Test
    void textFieldSelectionIsReplacedByTheFirstKey() {
        TextField f = TextField.of("1000, 1000").selectAll();
        assertThat(f.insert('5').text()).isEqualTo("5");
        assertThat(f.edit(Key.of(Key.Type.BACKSPACE)).text()).isEmpty();
        assertThat(f.left().insert('x').text()).isEqualTo("x1000, 1000");
        TextField g = TextField.of("12").left().insert('a');
        assertThat(g.text()).isEqualTo("1a2");
        assertThat(g.edit(Key.of(Key.Type.CTRL_U)).text()).isEqualTo("2");
    }
}
