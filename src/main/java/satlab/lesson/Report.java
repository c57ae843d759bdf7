package satlab.lesson;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one lesson file; parsing never stops at the first. */
final class Report {
    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Report(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String message) {
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

    void warning(Located at, String message) {
        warning(at.line(), at.column(), message);
    }

    int errorCount() {
        return (int) diagnostics.stream().filter(Diagnostic::isError).count();
    }

    boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Each problem once, in file order (sample seeds can hit the same one repeatedly). */
    List<Diagnostic> diagnostics() {
        return diagnostics.stream().distinct().sorted(Diagnostic.BY_POSITION).toList();
    }
}
