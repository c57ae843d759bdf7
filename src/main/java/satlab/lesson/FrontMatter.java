package satlab.lesson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import satlab.engine.Names;
import satlab.engine.TerminalText;

/**
 * The {@code ---} / {@code key: value} / {@code ---} header a lesson and a course index
 * both start with, read one way for both: unknown keys (with the known key meant), keys
 * given twice and lines that are not {@code key: value} are reported where they are,
 * and quoted values lose their quotes. What each file requires of the values is its own
 * reader's business.
 */
final class FrontMatter {

    /**
     * @param values the known keys given, in file order, each value with its position
     * @param next   the 0-based index of the first line after the closing {@code ---}: the
     *               line count when the header is not closed, 0 when there is none (so a
     *               lesson's body is still read and checked)
     * @param closed whether a closing {@code ---} line was found
     */
    record Header(Map<String, Located> values, int next, boolean closed) {}

    /** How the file's kind is named in messages, and what to say of an unknown key in it. */
    record Kind(String opening, String notClosed, List<String> keys) {}

    /** Past this many, further control characters in one file are counted, not listed. */
    static final int MAX_CONTROL_REPORTS = 20;

    private FrontMatter() {}

    /** The file as lines, without a byte-order mark, carriage returns or the empty line after the last newline. */
    static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> ls = new java.util.ArrayList<>();
        for (String line : body.split("\n", -1)) {
            ls.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        if (ls.size() > 1 && ls.get(ls.size() - 1).isEmpty()) ls.remove(ls.size() - 1);
        return ls;
    }

    static Header read(List<String> lines, Report report, Kind kind) {
        Map<String, Located> values = new LinkedHashMap<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            report.error(1, 1, kind.opening());
            return new Header(values, 0, false);
        }
        int i = 1;
        while (i < lines.size() && !lines.get(i).strip().equals("---")) {
            String line = lines.get(i);
            int lineNo = i + 1;
            i++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            int colon = keyEnd(line);
            if (colon < 0) {
                report.error(lineNo, firstNonSpace(line), "expected 'key: value' in the front matter");
                continue;
            }
            String key = line.substring(0, colon).strip();
            Located value = unquote(Located.at(line.substring(colon + 1), lineNo, colon + 2).strip());
            if (!kind.keys().contains(key)) {
                report.error(lineNo, 1, "unknown front-matter key '" + Names.shown(key) + "'"
                        + Names.closest(key, kind.keys()).map(k -> "; did you mean '" + k + "'?").orElse("")
                        + " (known keys: " + String.join(", ", kind.keys()) + ")");
            } else if (values.containsKey(key)) {
                report.error(lineNo, 1, "'" + key + "' is given twice (first on line " + values.get(key).line() + "); keep one");
            } else {
                values.put(key, value);
            }
        }
        if (i >= lines.size()) {
            report.error(1, 1, kind.notClosed());
            return new Header(values, lines.size(), false);
        }
        return new Header(values, i + 1, true);
    }

    /**
     * Where a {@code key: value} line's colon is (the key a letter, then letters, digits, '_'
     * and '-', blanks allowed before the colon), or -1 when the line is not one: read by hand,
     * as {@link LessonOutline} reads, since a course index is read before the first frame.
     */
    static int keyEnd(String line) {
        if (line.isEmpty() || !isLetter(line.charAt(0))) return -1;
        int i = 1;
        while (i < line.length() && (isLetter(line.charAt(i)) || (line.charAt(i) >= '0' && line.charAt(i) <= '9')
                || line.charAt(i) == '_' || line.charAt(i) == '-')) i++;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return i < line.length() && line.charAt(i) == ':' ? i : -1;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * Every character that must not reach a terminal raw ({@link TerminalText}), at its
     * position: what these files hold is shown on learners' terminals, which would obey it.
     */
    static void controlCharacters(List<String> lines, Report report) {
        int listed = 0;
        int moreLines = 0;
        int firstUnlisted = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = TerminalText.firstUnsafe(line, true);
            if (at >= 0 && listed >= MAX_CONTROL_REPORTS) {
                if (moreLines++ == 0) firstUnlisted = i + 1;
                continue;
            }
            while (at >= 0 && listed < MAX_CONTROL_REPORTS) {
                int cp = line.codePointAt(at);
                listed++;
                report.error(i + 1, at + 1, TerminalText.describe(cp) + " cannot be shown on a terminal"
                        + (cp >= 0x202a && cp <= 0x2069 ? " (it makes text read other than it is stored)" : "")
                        + ": delete it");
                int next = at + Character.charCount(cp);
                int rest = TerminalText.firstUnsafe(line.substring(next), true);
                at = rest < 0 ? -1 : next + rest;
            }
        }
        if (moreLines > 0) {
            report.error(firstUnlisted, 1, "control characters on " + moreLines + " more line" + (moreLines == 1 ? "" : "s")
                    + " from here on (only the first " + MAX_CONTROL_REPORTS + " are listed): is this a text file?");
        }
    }

    /** YAML habit: "Title" and 'Title' mean Title. */
    static Located unquote(Located v) {
        String t = v.text();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return v.substring(1, t.length() - 1);
        }
        return v;
    }

    static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return i + 1;
    }
}
