package satlab.tui;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How the tutor draws: {@code ascii} keeps every character 7-bit (for --ascii and
 * non-UTF-8 locales), {@code color} turns colour on or off (--no-color, NO_COLOR).
 * Meaning never rides on colour alone: verdicts are words and selections carry a marker.
 */
public record Theme(boolean ascii, boolean color) {

    public static final Theme DEFAULT = new Theme(false, true);

    /**
     * The theme a terminal's environment asks for: ASCII unless the locale (LC_ALL, then
     * LC_CTYPE, then LANG, as the C library reads them) names UTF-8, or when forced;
     * colour unless NO_COLOR is set to anything non-empty, or when forced off. The local
     * launcher passes the process environment, the lab server what the SSH client sent.
     */
    public static Theme detect(UnaryOperator<String> env, boolean forceAscii, boolean forceNoColor) {
        String noColor = env.apply("NO_COLOR");
        return new Theme(forceAscii || !utf8Locale(env), !forceNoColor && (noColor == null || noColor.isEmpty()));
    }

    /** Whether the locale variables (LC_ALL, then LC_CTYPE, then LANG) name UTF-8. */
    public static boolean utf8Locale(UnaryOperator<String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.apply(name);
            if (v != null && !v.isEmpty()) {
                String lower = v.toLowerCase(java.util.Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8");
            }
        }
        return false;
    }

    public String hline() {
        return ascii ? "-" : "─";
    }

    public String vline() {
        return ascii ? "|" : "│";
    }

    public String pointer() {
        return ascii ? ">" : "▸";
    }

    public String right() {
        return ascii ? "RIGHT" : "✓ RIGHT";
    }

    public String wrong() {
        return ascii ? "WRONG" : "✗ WRONG";
    }

    public String arrows() {
        return ascii ? "<-/->" : "←/→";
    }

    public String updown() {
        return ascii ? "up/dn" : "↑↓";
    }

    /** 7-bit stand-ins for the few non-ASCII characters lessons and the engine use. */
    private static final Map<Character, String> ASCII = Map.ofEntries(
            Map.entry('σ', "s"), Map.entry('′', "'"), Map.entry('’', "'"), Map.entry('‘', "'"),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('—', "-"), Map.entry('–', "-"),
            Map.entry('−', "-"), Map.entry('≥', ">="), Map.entry('≤', "<="), Map.entry('≠', "!="),
            Map.entry('≈', "~"), Map.entry('·', "*"), Map.entry('×', "x"), Map.entry('²', "^2"),
            Map.entry('³', "^3"), Map.entry('→', "->"), Map.entry('←', "<-"), Map.entry('…', "..."),
            Map.entry('√', "sqrt"), Map.entry('Σ', "sum"), Map.entry('η', "eta"), Map.entry('π', "pi"),
            Map.entry('μ', "mu"), Map.entry('∞', "inf"), Map.entry('±', "+/-"), Map.entry('∂', "d"),
            Map.entry('⇒', "=>"), Map.entry('⇔', "<=>"), Map.entry('é', "e"), Map.entry('è', "e"),
            Map.entry('ü', "u"), Map.entry('ö', "o"), Map.entry('ä', "a"), Map.entry('°', " deg"),
            Map.entry('✓', "ok"), Map.entry('✗', "x"), Map.entry('•', "*"), Map.entry('▸', ">"),
            Map.entry('│', "|"), Map.entry('─', "-"), Map.entry('\u00a0', " "), Map.entry('δ', "delta"),
            Map.entry('⁴', "^4"), Map.entry('ᵢ', "_i"), Map.entry('ₙ', "_n"), Map.entry('₀', "0"), Map.entry('₁', "1"),
            Map.entry('₂', "2"), Map.entry('₃', "3"), Map.entry('₄', "4"), Map.entry('₅', "5"), Map.entry('₆', "6"),
            Map.entry('₇', "7"), Map.entry('₈', "8"), Map.entry('₉', "9"));

    /** The text as this theme may draw it: unchanged, or reduced to 7-bit characters. */
    public String text(String s) {
        if (!ascii) return s;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.substring(0, i));
            if (Character.isHighSurrogate(c)) {
                i++;
                sb.append('?');
                continue;
            }
            sb.append(ASCII.getOrDefault(c, "?"));
        }
        return sb == null ? s : sb.toString();
    }
}
