package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The answer field: its editing keys, its limit, and how it draws in a narrow space. */
class AnswerFieldTest {

    private static TextField at(String text, int cursor) {
        return new TextField(text, cursor, false);
    }

    private static TextField keys(TextField f, Key.Type... types) {
        for (Key.Type t : types) f = f.edit(Key.of(t));
        return f;
    }

    private static String shown(FieldView.Shown s) {
        return s.segs().stream().map(Seg::text).collect(Collectors.joining());
    }

    @Test
    void readlineKeysMoveAndDeleteByCharacterWordAndLine() {
        TextField f = TextField.of("w = [1000, 1000]");
        assertThat(keys(f, Key.Type.CTRL_A).cursor()).isZero();
        assertThat(keys(f, Key.Type.CTRL_A, Key.Type.CTRL_E).cursor()).isEqualTo(16);
        assertThat(keys(f, Key.Type.CTRL_B, Key.Type.CTRL_B, Key.Type.CTRL_F).cursor()).isEqualTo(15);
        assertThat(keys(f, Key.Type.ALT_B).cursor()).isEqualTo(11);
        assertThat(keys(f, Key.Type.ALT_B, Key.Type.ALT_B).cursor()).isEqualTo(5);
        assertThat(keys(f, Key.Type.CTRL_A, Key.Type.ALT_F).cursor()).isEqualTo(1);
        assertThat(keys(f, Key.Type.CTRL_W).text()).isEqualTo("w = [1000, ");
        assertThat(keys(f, Key.Type.CTRL_W, Key.Type.CTRL_W).text()).isEqualTo("w = ");
        assertThat(keys(at("w = [1000, 1000]", 5), Key.Type.CTRL_K).text()).isEqualTo("w = [");
        assertThat(keys(at("w = [1000, 1000]", 5), Key.Type.CTRL_U).text()).isEqualTo("1000, 1000]");
        assertThat(keys(at("w = [1000, 1000]", 5), Key.Type.ALT_D).text()).isEqualTo("w = [, 1000]");
        assertThat(keys(at("abc", 1), Key.Type.CTRL_D).text()).isEqualTo("ac");
        assertThat(keys(at("abc", 3), Key.Type.CTRL_D).text()).isEqualTo("abc");
        assertThat(keys(at("abc", 1), Key.Type.HOME).cursor()).isZero();
        assertThat(keys(at("abc", 1), Key.Type.END).cursor()).isEqualTo(3);
        assertThat(f.edit(Key.of(Key.Type.TAB))).as("not an editing key").isNull();
    }

    @Test
    void aSelectedFieldIsReplacedByTypingAndClearedByAnyDeletion() {
        TextField f = TextField.of("1000, 1000").selectAll();
        assertThat(f.insert('5').text()).isEqualTo("5");
        for (Key.Type t : List.of(Key.Type.BACKSPACE, Key.Type.CTRL_W, Key.Type.CTRL_K, Key.Type.CTRL_U,
                Key.Type.ALT_D, Key.Type.CTRL_D)) {
            assertThat(f.edit(Key.of(t)).text()).as(t.name()).isEmpty();
        }
        assertThat(f.edit(Key.of(Key.Type.LEFT)).selected()).isFalse();
    }

    @Test
    void aPasteStopsAtTheLimitAndTheFieldSaysSo() {
        TextField f = TextField.of("");
        for (int i = 0; i < TextField.MAX_LENGTH + 50; i++) f = f.edit(Key.of('7'));
        assertThat(f.text()).hasSize(TextField.MAX_LENGTH);
        assertThat(f.notice()).contains("full").contains("400").contains("rest was not typed");
        assertThat(f.edit(Key.of(Key.Type.BACKSPACE)).notice()).isEmpty();
    }

    @Test
    void aLongFieldScrollsToTheCursorWithAMarkAtEachHiddenEdge() {
        String text = "0123456789abcdefghijklmnopqrstuvwxyz";
        FieldView.Shown end = FieldView.show(TextField.of(text), 12, true, Theme.DEFAULT);
        assertThat(shown(end)).isEqualTo("…rstuvwxyz  ");
        assertThat(end.cursor()).isEqualTo(10).isLessThan(12);
        assertThat(text.charAt(end.start() + end.cursor() - 1)).isEqualTo('z');
        FieldView.Shown home = FieldView.show(keys(TextField.of(text), Key.Type.HOME), 12, true, Theme.DEFAULT);
        assertThat(shown(home)).isEqualTo("0123456789a…");
        assertThat(home.cursor()).isZero();
        FieldView.Shown middle = FieldView.show(at(text, 20), 12, true, new Theme(true, false));
        assertThat(shown(middle)).startsWith("<").endsWith(">");
        assertThat(text.charAt(middle.start() + middle.cursor())).isEqualTo(text.charAt(20));
    }

    @Test
    void aFieldNotBeingEditedShowsItsStartNotItsTail() {
        FieldView.Shown s = FieldView.show(TextField.of("1000, 1000, 1000, 1000, 1000"), 12, false, Theme.DEFAULT);
        assertThat(shown(s)).isEqualTo("1000, 1000,…");
        assertThat(s.cursor()).isEqualTo(-1);
        assertThat(shown(FieldView.show(TextField.of("short"), 12, false, Theme.DEFAULT))).isEqualTo("short       ");
    }

    @Test
    void anErrorsCaretSitsUnderItsColumnEvenWhenTheFieldIsScrolled() {
        String text = "1+2+3+4+5+6+7+8+9+sqr(2)";
        FieldView.Shown s = FieldView.show(TextField.of(text), 12, true, Theme.DEFAULT);
        int offset = text.indexOf("sqr");
        List<Row> rows = FieldView.error(s, 12, offset, 3, "unknown function 'sqr'", 40, Theme.DEFAULT);
        String caretLine = rows.get(0).text();
        int column = caretLine.indexOf('^');
        assertThat(shown(s).substring(column, column + 3)).isEqualTo("sqr");
        List<Row> narrow = FieldView.error(s, 12, offset, 3, "unknown function 'sqr'; did you mean 'sqrt'?", 20,
                Theme.DEFAULT);
        assertThat(narrow).hasSizeGreaterThan(2);
        assertThat(narrow).allSatisfy(r -> assertThat(r.text().length()).isLessThanOrEqualTo(20));
    }

    @Test
    void mouseReportsAndUnknownSequencesNeverReachAField() {
        KeyFilter filter = new KeyFilter();
        String report = "<0;10;10M";
        StringBuilder typed = new StringBuilder();
        List<KeyStroke> strokes = new java.util.ArrayList<>();
        strokes.add(new KeyStroke('[', false, true));
        for (char c : report.toCharArray()) strokes.add(new KeyStroke(c, false, false));
        strokes.add(new KeyStroke('7', false, false));
        strokes.add(new KeyStroke(KeyType.MouseEvent));
        for (KeyStroke k : strokes) {
            Key key = filter.accept(k);
            if (key != null && key.isPrintable()) typed.append(key.ch());
        }
        assertThat(typed.toString()).isEqualTo("7");
        assertThat(filter.accept(new KeyStroke('w', true, false))).isEqualTo(Key.of(Key.Type.CTRL_W));
        assertThat(filter.accept(new KeyStroke('b', false, true))).isEqualTo(Key.of(Key.Type.ALT_B));
        assertThat(filter.accept(new KeyStroke('z', true, false))).isEqualTo(Key.of(Key.Type.CTRL_Z));
    }

    @Test
    void statusHintsFitEveryWidthFromSixtyColumnsWithoutCuttingAWord() {
        Hints h = Hints.of(Hints.hint("↑↓ choose", 2), Hints.hint("Enter open", 0), Hints.hint("c continue", 1),
                Hints.hint("e explorer", 3), Hints.hint("w network lab", "w lab", 3), Hints.hint("? help", 0),
                Hints.hint("q quit", 0));
        for (int width = 30; width <= 120; width++) {
            String line = h.fit(width, Theme.DEFAULT);
            assertThat(line.length()).as("width " + width).isLessThanOrEqualTo(width);
            assertThat(line).contains("Enter open").contains("? help").contains("q quit");
        }
        assertThat(h.fit(100, Theme.DEFAULT)).contains("w network lab");
        assertThat(h.fit(58, Theme.DEFAULT)).doesNotContain("network");
    }
}
