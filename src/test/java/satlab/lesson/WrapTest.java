package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void wrapsAtWordsWithinTheWidth() {
        assertThat(Wrap.text("the quick brown fox jumps over the lazy dog", 15))
                .containsExactly("the quick brown", "fox jumps over", "the lazy dog");
    }

    @Test
    void aWordLongerThanTheLineIsBrokenNotLost() {
        assertThat(Wrap.text("a supercalifragilistic b", 8)).containsExactly("a", "supercal", "ifragili", "stic b");
    }

    @Test
    void stylesSurviveWrappingAndSpacesInsideCodeStayCode() {
        Paragraph p = Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline("type `1000, 1000` then *press* Enter"));
        List<Wrap.Line> lines = Wrap.paragraph(p, 16);
        assertThat(lines).extracting(Wrap.Line::text).containsExactly("type 1000, 1000", "then press Enter");
        assertThat(lines.get(0).runs()).containsExactly(new Run(Run.Style.PLAIN, "type "),
                new Run(Run.Style.CODE, "1000, 1000"));
        assertThat(lines.get(1).runs()).containsExactly(new Run(Run.Style.PLAIN, "then "),
                new Run(Run.Style.EMPHASIS, "press"), new Run(Run.Style.PLAIN, " Enter"));
    }

    @Test
    void listItemsHangUnderTheirMarker() {
        Paragraph bullet = new Paragraph(Paragraph.Kind.BULLET, Markdown.inline("one two three four"), 0, 1);
        assertThat(Wrap.paragraph(bullet, 12)).extracting(Wrap.Line::text)
                .containsExactly("  - one two", "    three", "    four");
        Paragraph numbered = new Paragraph(Paragraph.Kind.NUMBERED, Markdown.inline("alpha beta gamma"), 10, 0);
        assertThat(Wrap.paragraph(numbered, 12)).extracting(Wrap.Line::text)
                .containsExactly("10. alpha", "    beta", "    gamma");
        Paragraph quote = Paragraph.of(Paragraph.Kind.QUOTE, Markdown.inline("It is solely about the weights."));
        assertThat(Wrap.paragraph(quote, 16)).extracting(Wrap.Line::text)
                .containsExactly("> It is solely", "> about the", "> weights.");
    }

    @Test
    void codeKeepsItsLinesAndBreaksOnlyOverlongOnes() {
        List<Wrap.Line> lines = Wrap.paragraph(Markdown.code(List.of("z = w·a + b", "", "0123456789")), 10);
        assertThat(lines).extracting(Wrap.Line::text)
                .containsExactly("    z = w·", "    a + b", "    ", "    012345", "    6789");
    }

    @Test
    void proseSeparatesParagraphsWithABlankLine() {
        Prose prose = new Prose(Markdown.paragraphs(List.of("one", "", "two")), 1);
        assertThat(Wrap.prose(prose, 40)).extracting(Wrap.Line::text).containsExactly("one", "", "two");
    }

    @Property
    void noLineIsWiderThanAskedAndNoWordIsLost(@ForAll @StringLength(max = 200) String text,
            @ForAll @IntRange(min = 1, max = 100) int width) {
        List<String> lines = Wrap.text(text, width);
        assertThat(lines).allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(width));
        assertThat(nonSpace(String.join("", lines))).isEqualTo(nonSpace(text));
    }

    /** A front end's measure: CJK ideographs two cells, combining marks none. */
    private static final Wrap.Cells EAST_ASIAN = cp -> cp >= 0x4e00 && cp <= 0x9fff ? 2
            : Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1;

    @Test
    void wideCharactersAreMeasuredByTheFrontEndsRule() {
        List<String> lines = Wrap.text("漢字".repeat(10) + " after", 12, EAST_ASIAN);
        assertThat(lines).containsExactly("漢字漢字漢字", "漢字漢字漢字", "漢字漢字漢字", "漢字 after");
        assertThat(Wrap.text("cafe\u0301 cafe\u0301", 5, EAST_ASIAN)).containsExactly("cafe\u0301", "cafe\u0301");
        assertThat(Wrap.text("ab漢", 3, EAST_ASIAN)).containsExactly("ab", "漢");
    }

    @Property
    void noLineIsWiderThanAskedInCellsEither(@ForAll @StringLength(max = 200) String text,
            @ForAll @IntRange(min = 2, max = 100) int width) {
        List<String> lines = Wrap.text(text, width, EAST_ASIAN);
        assertThat(lines).allSatisfy(l -> assertThat(EAST_ASIAN.of(l)).isLessThanOrEqualTo(width));
        assertThat(nonSpace(String.join("", lines))).isEqualTo(nonSpace(text));
    }

    /** The wrapper's own notion of a word break: Character.isWhitespace. */
    private static String nonSpace(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
