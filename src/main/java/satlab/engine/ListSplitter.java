package satlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a typed list into entries: at top-level commas when there are any,
 * otherwise at top-level spaces ("1 -0.99" is two entries, not 1 − 0.99).
 * Brackets and parentheses protect what is inside them.
 */
final class ListSplitter {
    private ListSplitter() {}

    static List<Span> split(String text) {
        boolean commas = hasTopLevelComma(text);
        List<Span> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            boolean separator = depth == 0 && (c == ',' || (!commas && Character.isWhitespace(c)));
            if (i == text.length()) separator = true;
            if (separator) {
                if (start >= 0) {
                    int end = i;
                    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
                    out.add(new Span(start, end - start));
                } else if (commas && c == ',' && i < text.length()) {
                    out.add(new Span(i, 0));
                }
                start = -1;
                continue;
            }
            if (c == '(' || c == '[') depth++;
            if ((c == ')' || c == ']') && depth > 0) depth--;
            if (start < 0 && !Character.isWhitespace(c)) start = i;
        }
        return out;
    }

    private static boolean hasTopLevelComma(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if (c == ',' && depth == 0) return true;
        }
        return false;
    }
}
