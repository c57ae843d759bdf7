package satlab.engine;

/**
 * Which characters may reach a terminal as they are. Lesson files, learner names and
 * expressions come from strangers; a control character sent raw to a terminal can move
 * the cursor, retitle the window, forge a log line or, in Lanterna, throw. One rule for
 * every place that prints such text: the linter reports these characters, the log and
 * the command line escape them.
 *
 * <p>Unsafe: C0 controls (tab and line feed excepted where a caller allows them), DEL,
 * C1 controls (U+0080–U+009F: U+009B is a one-byte CSI), the line and paragraph
 * separators U+2028/U+2029, the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that make text read other than it is stored, and lone
 * surrogates.
 */
public final class TerminalText {
    private TerminalText() {}

    /** Whether {@code cp} must not be sent to a terminal raw (tab and newline included). */
    public static boolean unsafe(int cp) {
        return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f)
                || cp == 0x2028 || cp == 0x2029
                || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }

    /** The first unsafe code point's index in {@code s} (a UTF-16 index), or -1; tabs allowed when asked. */
    public static int firstUnsafe(CharSequence s, boolean allowTab) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (unsafe(cp) && !(allowTab && cp == '\t')) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** A name for an unsafe code point that a person can read in a message: {@code U+001B (ESC)}. */
    public static String describe(int cp) {
        String name = switch (cp) {
            case 0 -> "NUL";
            case 7 -> "BEL";
            case 8 -> "backspace";
            case 9 -> "tab";
            case 10 -> "line feed";
            case 13 -> "carriage return";
            case 0x1b -> "ESC";
            case 0x7f -> "DEL";
            case 0x9b -> "CSI";
            case 0x2028 -> "line separator";
            case 0x2029 -> "paragraph separator";
            default -> (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ? "bidi control"
                    : Character.isSurrogate((char) cp) ? "lone surrogate" : "control character";
        };
        return String.format("U+%04X (%s)", cp, name);
    }

    /**
     * {@code s} with every unsafe code point written as {@code \}{@code u001b}-style text, so
     * a terminal shows what is there instead of obeying it.
     */
    public static String escape(CharSequence s) {
        if (firstUnsafe(s, false) < 0) return s.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (unsafe(cp)) out.append(String.format("\\u%04x", cp));
            else out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
