package satlab.engine;

/**
 * Every error the engine reports: what kind, a message a learner can act on, and
 * where in the source it happened, so callers can print a caret under the column.
 */
public final class EngineError extends RuntimeException {

    public enum Kind {
        /** The text does not form an expression. */
        SYNTAX,
        /** A name that is neither a variable nor a function. */
        NAME,
        /** A value of the wrong type, or vectors of different lengths. */
        TYPE,
        /** A function called with the wrong number of arguments. */
        ARITY,
        /** A value outside what a function accepts (sqrt(-1), randn(-2)). */
        DOMAIN,
        /** Input too long, too deeply nested, or a vector too large. */
        LIMIT,
        /**
         * A result outside the real numbers: 0/0, ln(-1), an overflow past ±1.8e308. The
         * engine has no NaN or infinity a learner could meet; a plot skips such points.
         */
        NOT_REAL
    }

    private final Kind kind;
    private final String source;
    private final int offset;
    private final int length;

    public EngineError(Kind kind, String message, String source, int offset, int length) {
        // Whatever of the input a message quotes is escaped: it may hold ESC, BEL or a lone surrogate.
        super(TerminalText.escape(message));
        this.kind = kind;
        this.source = source == null ? "" : source;
        this.offset = Math.max(0, Math.min(offset, this.source.length()));
        this.length = Math.max(1, length);
    }

    public Kind kind() {
        return kind;
    }

    public String source() {
        return source;
    }

    /** 0-based character offset into the source. */
    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }

    /** 1-based line of the offset. */
    public int line() {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') line++;
        }
        return line;
    }

    /** 1-based column of the offset, counted in characters. */
    public int column() {
        int lineStart = source.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }

    /** The source line where the error is. */
    public String sourceLine() {
        int start = source.lastIndexOf('\n', offset - 1) + 1;
        int end = source.indexOf('\n', offset);
        return source.substring(start, end < 0 ? source.length() : end);
    }

    /**
     * Three lines for a terminal: the source line, a caret under the column, and
     * "error: message". Long lines are windowed around the column.
     */
    public String withCaret() {
        String line = sourceLine();
        int col = column() - 1;
        int from = 0;
        final int window = 70;
        String prefix = "";
        if (line.length() > window && col > window / 2) {
            from = Math.min(col - window / 2, Math.max(0, line.length() - window));
            prefix = "...";
        }
        int to = Math.min(line.length(), from + window);
        String shown = prefix + safe(line.substring(from, to)) + (to < line.length() ? "..." : "");
        int caretAt = prefix.length() + col - from;
        int marks = Math.max(1, Math.min(length, to - col));
        return shown + "\n" + " ".repeat(caretAt) + "^" + "~".repeat(marks - 1) + "\n" + "error: " + getMessage();
    }

    /** Unsafe characters as '?', one for one, so the caret still lines up. */
    private static String safe(String s) {
        if (TerminalText.firstUnsafe(s, false) < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(TerminalText.unsafe(c) ? '?' : c);
            }
        }
        return out.toString();
    }
}
