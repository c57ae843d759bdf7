package satlab.store.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 defines it, so any spreadsheet opens it: CRLF line ends, quoting only when needed.
 * A cell a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or CR) gets a
 * leading {@code '}, so a learner who types {@code =HYPERLINK(...)} as an answer or a name cannot
 * run anything on the instructor's machine; a plain number such as {@code -0.5} stays a number.
 */
public final class Csv {

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Csv() {}

    /** A field, neutralised (see the class comment) and quoted (inner quotes doubled) when it holds , " CR or LF. */
    public static String field(String value) {
        String v = neutral(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    static String neutral(String value) {
        if (value.isEmpty()) return value;
        char c = value.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    /** One record, ending in CRLF. */
    public static String row(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) line.append(',');
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** A header row, then the records. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(row(header));
        rows.forEach(r -> out.append(row(r)));
        return out.toString();
    }
}
