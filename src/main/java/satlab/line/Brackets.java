package satlab.line;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Bracket bookkeeping for line input: whether a line still has brackets open (so the
 * REPL asks for another line), and splitting a line at separators that are not inside
 * brackets ({@code :plot sigmoid(z), max(z, 0)}). The engine has no strings, so every
 * bracket character counts.
 */
final class Brackets {

    /** A piece of a split line: its text and where it starts in the line. */
    record Part(String text, int offset) {}

    private Brackets() {}

    /**
     * The closing brackets the text still needs, innermost first ({@code "])"} for
     * {@code f([1, 2}); empty when nothing is open. A stray or mismatched closer also
     * gives "": the line is complete and the engine reports the mistake with a caret.
     */
    static String missing(String text) {
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                open.push(c == '(' ? ')' : ']');
            } else if (c == ')' || c == ']') {
                if (open.isEmpty() || open.pop() != c) return "";
            }
        }
        StringBuilder closers = new StringBuilder();
        for (char c : open) closers.append(c);
        return closers.toString();
    }

    /** Splits at top-level commas; blank parts are kept so the caller can point at them. */
    static List<Part> splitCommas(String text) {
        return split(text, true);
    }

    /** Splits at top-level runs of whitespace; no blank parts. */
    static List<Part> splitSpaces(String text) {
        return split(text, false);
    }

    private static List<Part> split(String text, boolean commas) {
        List<Part> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\0';
            if (c == '(' || c == '[') depth++;
            if ((c == ')' || c == ']') && depth > 0) depth--;
            boolean end = i == text.length();
            boolean separator = depth == 0 && (commas ? c == ',' : Character.isWhitespace(c));
            if (end || separator) {
                String piece = text.substring(start, i);
                if (commas || !piece.isEmpty()) parts.add(trimmed(piece, start));
                start = i + 1;
            }
        }
        return parts;
    }

    private static Part trimmed(String piece, int offset) {
        int lead = 0;
        while (lead < piece.length() && Character.isWhitespace(piece.charAt(lead))) lead++;
        return new Part(piece.strip(), offset + lead);
    }

    /** True when the text has a comma outside every bracket. */
    static boolean hasTopLevelComma(String text) {
        return splitCommas(text).size() > 1;
    }
}
