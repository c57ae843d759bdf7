package satlab.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The screen cells one session draws with, each made once. Lanterna builds a
 * TextCharacter with a BreakIterator pass, an interned string and a copied set of
 * modifiers, and its TextGraphics does that for every character it writes: most of
 * the cost of a frame, and of the first frame most of all. A session draws perhaps
 * a few hundred distinct (character, style) pairs, so keeping them is cheap.
 */
final class Cells {

    /** Past this many the map starts over, so text a learner types cannot grow it without end. */
    private static final int LIMIT = 4096;

    /** How a style looks: modifiers and a foreground colour (null: the terminal's own). */
    record Look(EnumSet<SGR> modifiers, TextColor foreground) {}

    private final boolean color;
    private final Map<Integer, TextCharacter> made = new HashMap<>();

    Cells(boolean color) {
        this.color = color;
    }

    /**
     * The cell for {@code c} in {@code style}, or null for a character Lanterna must lay
     * out itself (half of a surrogate pair, a double-width character, a control character).
     */
    TextCharacter of(char c, Style style) {
        int key = style.ordinal() << 16 | c;
        TextCharacter cell = made.get(key);
        if (cell != null) return cell;
        if (Character.isSurrogate(c) || Character.isISOControl(c) || TerminalTextUtils.isCharDoubleWidth(c)) {
            return null;
        }
        Look look = look(style);
        cell = TextCharacter.fromCharacter(c, color && look.foreground() != null ? look.foreground()
                : TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, look.modifiers().toArray(new SGR[0]))[0];
        if (made.size() >= LIMIT) made.clear();
        made.put(key, cell);
        return cell;
    }

    boolean color() {
        return color;
    }

    static Look look(Style style) {
        return switch (style) {
            case PLAIN -> styled(null);
            case EMPHASIS, FIELD -> styled(null, SGR.UNDERLINE);
            case STRONG, HEADING, KEY -> styled(TextColor.ANSI.CYAN, SGR.BOLD);
            case CODE -> styled(TextColor.ANSI.YELLOW);
            case DIM -> styled(TextColor.ANSI.BLUE);
            case TITLE, BAR, SELECTED, FIELD_ACTIVE -> styled(null, SGR.REVERSE);
            case RIGHT, ACTIVE -> styled(TextColor.ANSI.GREEN, SGR.BOLD);
            case WRONG, ERROR, SATURATED -> styled(TextColor.ANSI.RED, SGR.BOLD);
            case SERIES1 -> styled(TextColor.ANSI.CYAN);
            case SERIES2 -> styled(TextColor.ANSI.MAGENTA);
            case MARKER -> styled(TextColor.ANSI.YELLOW, SGR.BOLD);
            case BAND -> styled(TextColor.ANSI.RED);
        };
    }

    private static Look styled(TextColor foreground, SGR... modifiers) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        for (SGR m : modifiers) set.add(m);
        return new Look(set, foreground);
    }
}
