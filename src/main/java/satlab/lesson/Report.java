package satlab.lesson;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one lesson file; parsing never stops at the first. */
final class Report {
    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int errors;

    Report(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String message) {
        errors++;
        diagnostics.add(Diagnostic.error(file, line, column, message));
    }

    void warning(int line, int column, String message) {
        diagnostics.add(Diagnostic.warning(file, line, column, message));
    }

    void error(Located at, int offset, String message) {
        error(at.line(offset), at.column(offset), message);
    }

    void error(Located at, String message) {
        error(at, 0, message);
    }

    /** Replaces the last error (just reported) by a better one for the same mistake. */
    void replaceLast(Located at, int offset, String message) {
        for (int i = diagnostics.size() - 1; i >= 0; i--) {
            if (diagnostics.get(i).isError()) {
                diagnostics.set(i, Diagnostic.error(file, at.line(offset), at.column(offset), message));
                return;
            }
        }
    }

    void warning(Located at, String message) {
        warning(at.line(), at.column(), message);
    }

    /** Counted as they come: parsing asks after every block, and must stay linear. */
    int errorCount() {
        return errors;
    }

    boolean hasErrors() {
        return errors > 0;
    }

    /** Each problem once, in file order (sample seeds can hit the same one repeatedly). */
    List<Diagnostic> diagnostics() {
        // Without a stream or a comparator when there is nothing to sort: a clean course index is read before the first frame.
        if (diagnostics.isEmpty()) return List.of();
        return diagnostics.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
    }
}
