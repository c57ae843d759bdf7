package satlab.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Readers written apart from the writers under test, so a test checks what was really written. */
public final class Readers {

    private Readers() {}

    /** An independent RFC 4180 reader, to check what the writer wrote. */
    public static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q != '"') field.append(q);
                    else if (i < text.length() && text.charAt(i) == '"') { field.append('"'); i++; }
                    else break;
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && text.startsWith("\r\n", i)) {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                field.append(c);
                i++;
            }
        }
        assertThat(record).as("text must end with CRLF").isEmpty();
        return records;
    }

    /** An independent reader of JSON string literals (RFC 8259 section 7). */
    public static String jsonString(String literal) {
        assertThat(literal).startsWith("\"").endsWith("\"");
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            assertThat(c).as("unescaped quote inside the literal").isNotEqualTo('"');
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = literal.charAt(++i);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new AssertionError("bad escape \\" + e);
            }
        }
        return out.toString();
    }
}
