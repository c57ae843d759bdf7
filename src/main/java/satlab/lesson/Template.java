package satlab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with {@code {EXPR}} holes ({@code z = {dot(w, a)}}); {@code {{} and
 * {@code }}} stand for literal braces.
 */
record Template(List<Part> parts) {

    /**
     * Literal text, or an expression found at {@code offset} (0-based, into the
     * template's text, pointing at the expression's first character).
     */
    record Part(String text, boolean expression, int offset) {}

    /** Thrown for a brace that does not pair up; {@code offset} points at it. */
    static final class SyntaxError extends Exception {
        private final int offset;

        SyntaxError(String message, int offset) {
            super(message, null, false, false);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    static Template parse(String text) throws SyntaxError {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                throw new SyntaxError("'}' without a matching '{' (write '}}' for a literal brace)", i);
            } else if (c == '{') {
                int close = text.indexOf('}', i + 1);
                int nested = text.indexOf('{', i + 1);
                if (close < 0 || (nested >= 0 && nested < close)) {
                    throw new SyntaxError("'{' is not closed: end the expression with '}' (or write '{{' for a literal brace)", i);
                }
                String expr = text.substring(i + 1, close);
                if (expr.isBlank()) throw new SyntaxError("empty '{}': put an expression inside, such as {dot(w, a)}", i);
                if (literal.length() > 0) {
                    parts.add(new Part(literal.toString(), false, -1));
                    literal.setLength(0);
                }
                parts.add(new Part(expr, true, i + 1));
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) parts.add(new Part(literal.toString(), false, -1));
        return new Template(parts);
    }
}
