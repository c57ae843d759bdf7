package satlab.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import satlab.engine.TerminalText;
import satlab.lesson.Wrap;

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

    /** What stands for a character that must not reach the terminal (a control character, a lone surrogate). */
    static final char REPLACEMENT = '?';

    /**
     * The display width of a code point as this screen draws it, for wrapping ({@link Wrap})
     * and layout: the measure at the edge, where Lanterna is. After {@link #displayable}:
     * combining marks and other zero-width characters take no cell, East Asian wide
     * characters and emoji two, everything else one.
     */
    static final Wrap.Cells WIDTH = Cells::width;

    static int width(int cp) {
        if (zeroWidth(cp)) return 0;
        if (TerminalText.unsafe(cp)) return 1;
        if (Character.isBmpCodePoint(cp)) return TerminalTextUtils.isCharDoubleWidth((char) cp) ? 2 : 1;
        return wideSupplementary(cp) ? 2 : 1;
    }

    /**
     * Text as the screen can hold it, one Lanterna cell per character: composed (NFC), tabs
     * as a space, unsafe characters ({@link TerminalText}) as {@value #REPLACEMENT},
     * zero-width characters dropped (Lanterna would give a cluster two cells), and a
     * character outside the BMP that is not wide as its compatibility form (𝑥 as x) or
     * {@value #REPLACEMENT}, since Lanterna takes every surrogate pair for a wide one.
     */
    static String displayable(String text) {
        if (plainAscii(text)) return text;
        String t = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') out.append(' ');
            else if (zeroWidth(cp)) continue;
            else if (TerminalText.unsafe(cp)) out.append(REPLACEMENT);
            else if (Character.isBmpCodePoint(cp) || wideSupplementary(cp)) out.appendCodePoint(cp);
            else out.append(compatible(cp));
        }
        return out.toString();
    }

    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) return false;
        }
        return true;
    }

    private static boolean zeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (type == Character.FORMAT && !TerminalText.unsafe(cp))
                || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
    }

    /** Emoji and pictographs, and the CJK extension planes: two cells in terminals and in Lanterna. */
    private static boolean wideSupplementary(int cp) {
        return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
    }

    private static String compatible(int cp) {
        String k = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        return k.length() == 1 && !TerminalText.unsafe(k.charAt(0)) ? k : String.valueOf(REPLACEMENT);
    }

    /** How a style looks: modifiers and a foreground colour (null: the terminal's own). */
    record Look(EnumSet<SGR> modifiers, TextColor foreground) {}

    private final boolean color;
    private final Map<Long, TextCharacter> made = new HashMap<>();

    Cells(boolean color) {
        this.color = color;
    }

    /**
     * The cell for code point {@code cp} of {@link #displayable} text in {@code style}; a
     * wide one covers two columns of the screen.
     */
    TextCharacter of(int cp, Style style) {
        long key = (long) style.ordinal() << 21 | cp;
        TextCharacter cell = made.get(key);
        if (cell != null) return cell;
        Look look = look(style);
        cell = TextCharacter.fromString(new String(Character.toChars(cp)), color && look.foreground() != null
                ? look.foreground() : TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT,
                look.modifiers().toArray(new SGR[0]))[0];
        if (made.size() >= LIMIT) made.clear();
        made.put(key, cell);
        return cell;
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
