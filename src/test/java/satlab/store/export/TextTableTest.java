package satlab.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void columnsLineUpAndControlCharactersCannotBreakRows() {
        String table = TextTable.render(List.of("LEARNER", "ANSWER"),
                List.of(List.of("zoë", "σ(10)"), List.of("ada", "two\nlines\u0007")));
        assertThat(table).isEqualTo("""
                LEARNER  ANSWER
                zoë      σ(10)
                ada      two\\nlines?
                """);
    }
}
