package satlab.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {

    @Test
    void aSpreadsheetsExportReadsWithItsByteOrderMarkAndCrlf() throws Exception {
        Roster r = Roster.parse("r.csv", "\uFEFFName,Student_ID,Email\r\nada,s1,ada@x.example\r\n\r\n\"o'brien, p\",\"s\"\"2\"\r\n");
        assertThat(r.entries()).containsExactly(new Roster.Entry("ada", "s1", "ada@x.example", 2),
                new Roster.Entry("o'brien, p", "s\"2", "", 4));
    }

    @Test
    void withoutAHeaderTheFirstLineIsALearner() throws Exception {
        assertThat(Roster.parse("r.csv", "ada\nbob,,bob@x.example\n").names()).containsExactly("ada", "bob");
    }

    @Test
    void tooManyFieldsAndTextAfterAQuoteAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> Roster.parse("r.csv", "ada,1,a@x.example,extra\n\"bob\"x,2\n"))
                .isInstanceOfSatisfying(Roster.Invalid.class, e -> assertThat(e.problems()).containsExactly(
                        "r.csv:1: 4 fields; a roster line is name,student_id,email (the last two may be empty)"
                                + " (quote a field that holds a comma)",
                        "r.csv:2: column 6: text after a closing quote; a roster line is name,student_id,email"
                                + " (the last two may be empty)"));
    }

    @Test
    void fieldsSplitOnCommasOutsideQuotes() {
        assertThat(Roster.fields("a,\"b,c\",,\"\"")).isEqualTo(List.of("a", "b,c", "", ""));
    }
}
