package satlab.store.export;

import java.util.List;

/** CSV as RFC 4180 defines it, so any spreadsheet opens it: CRLF line ends, quoting only when needed. */
public final class Csv {

    private Csv() {}

    /** A field, quoted (with inner quotes doubled) when it holds a comma, a quote, CR or LF. */
    public static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
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
