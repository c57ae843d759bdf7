package satlab.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesWhatJsonRequires() {
        assertThat(Json.string("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(Json.string("l1\nl2\r\t")).isEqualTo("\"l1\\nl2\\r\\t\"");
        assertThat(Json.string("\u0000\u001f\u2028")).isEqualTo("\"\\u0000\\u001f\\u2028\"");
        assertThat(Json.string("σ'(10) = 4.54e-5")).isEqualTo("\"σ'(10) = 4.54e-5\"");
    }

    @Test
    void writesNestedValuesInOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "ada");
        m.put("right", 3);
        m.put("done", true);
        m.put("step", null);
        m.put("list", List.of(1L, "x"));
        m.put("empty", List.of());
        assertThat(Json.write(m)).isEqualTo("""
                {
                  "name": "ada",
                  "right": 3,
                  "done": true,
                  "step": null,
                  "list": [
                    1,
                    "x"
                  ],
                  "empty": []
                }
                """);
    }

    @Property(tries = 500)
    void anyStringSurvivesARoundTrip(@ForAll String s) {
        String literal = Json.string(s);
        assertThat(literal.chars()).noneMatch(c -> c < 0x20);
        assertThat(Readers.jsonString(literal)).isEqualTo(s);
    }
}
