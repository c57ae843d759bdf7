package satlab.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhatRfc4180Requires() {
        assertThat(Csv.field("0.99995")).isEqualTo("0.99995");
        assertThat(Csv.field("σ(10)")).isEqualTo("σ(10)");
        assertThat(Csv.field("1000, 1000")).isEqualTo("\"1000, 1000\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\ronly")).isEqualTo("\"cr\ronly\"");
        assertThat(Csv.field("")).isEmpty();
    }

    @Test
    void recordsEndInCrlf() {
        assertThat(Csv.table(List.of("a", "b"), List.of(List.of("1", "x,y"), List.of("", "z"))))
                .isEqualTo("a,b\r\n1,\"x,y\"\r\n,z\r\n");
    }

    @Property(tries = 300)
    void anyFieldsSurviveARoundTrip(
            @ForAll @Size(min = 1, max = 5) List<@StringLength(max = 12) @Chars({'a', ',', '"', '\r', '\n', ' ', 'σ'}) String> fields) {
        assertThat(Readers.csv(Csv.row(fields))).containsExactly(fields.stream().map(Csv::neutral).toList());
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreNeutralisedButNumbersStayNumbers() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(Csv.field("+1+cmd")).isEqualTo("'+1+cmd");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\tx")).isEqualTo("'\tx");
        assertThat(Csv.field("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.field("-0.5")).isEqualTo("-0.5");
        assertThat(Csv.field("+4.54e-5")).isEqualTo("+4.54e-5");
        assertThat(Csv.field("-83")).isEqualTo("-83");
        assertThat(Csv.field("a=b")).isEqualTo("a=b");
    }
}
