package satlab.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** The drawn values of an answer in one column: a "name=value" line each (names have no '=' or line breaks). */
final class Drawn {

    private Drawn() {}

    static String write(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        return sb.toString();
    }

    static Map<String, String> read(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null) return values;
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) values.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return values;
    }
}
