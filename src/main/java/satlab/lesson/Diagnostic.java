package satlab.lesson;

import java.util.Comparator;
import java.util.Locale;
import satlab.engine.TerminalText;

/**
 * One problem found in a lesson file, printed GCC style
 * ({@code lessons/03-large-weights.md:27:9: error: quiz has no 'answer'}) so editors
 * and CI logs can jump straight to it.
 *
 * @param file   the path as the user gave it (or the classpath name for bundled lessons)
 * @param line   1-based line
 * @param column 1-based column, counted in characters
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message) {

    /** A message quotes the file (an id, a key), which may hold control characters: they are escaped. */
    public Diagnostic {
        message = TerminalText.escape(message);
        file = TerminalText.escape(file);
    }

    /** Errors make a lesson unplayable; warnings flag legal but suspicious content. */
    public enum Severity {
        ERROR,
        WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** File order, then position, so a report reads top to bottom. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity);

    public static Diagnostic error(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message);
    }

    public static Diagnostic warning(String file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity + ": " + message;
    }
}
