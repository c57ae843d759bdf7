package satlab.store.export;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the results export: strings, numbers, booleans, null, lists and maps with
 * string keys (in their iteration order), indented by two spaces.
 */
public final class Json {

    private Json() {}

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    /** A JSON string literal: quotes, backslashes and every control character escaped. */
    public static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // U+2028/2029 are legal JSON but end lines in JavaScript source; escape them too.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append(string(s));
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            writeMembers(map.entrySet().iterator(), out, indent, '{', '}');
        } else if (value instanceof List<?> list) {
            writeMembers(list.iterator(), out, indent, '[', ']');
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static void writeMembers(Iterator<?> members, StringBuilder out, String indent, char open, char close) {
        out.append(open);
        if (!members.hasNext()) {
            out.append(close);
            return;
        }
        String inner = indent + "  ";
        while (members.hasNext()) {
            out.append('\n').append(inner);
            Object member = members.next();
            if (member instanceof Map.Entry<?, ?> e) {
                out.append(string(String.valueOf(e.getKey()))).append(": ");
                write(e.getValue(), out, inner);
            } else {
                write(member, out, inner);
            }
            if (members.hasNext()) out.append(',');
        }
        out.append('\n').append(indent).append(close);
    }
}
