package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    private static Run plain(String s) {
        return new Run(Run.Style.PLAIN, s);
    }

    @Test
    void inlineStyles() {
        assertThat(Markdown.inline("a *b* **c** `d` _e_ __f__")).containsExactly(
                plain("a "), new Run(Run.Style.EMPHASIS, "b"), plain(" "), new Run(Run.Style.STRONG, "c"), plain(" "),
                new Run(Run.Style.CODE, "d"), plain(" "), new Run(Run.Style.EMPHASIS, "e"), plain(" "),
                new Run(Run.Style.STRONG, "f"));
    }

    @Test
    void markersThatDoNotPairStayText() {
        assertThat(Markdown.inline("2 * 3 * 4 and snake_case_name and `open")).containsExactly(
                plain("2 * 3 * 4 and snake_case_name and `open"));
    }

    @Test
    void codeKeepsMarkdownCharactersLiterally() {
        assertThat(Markdown.inline("`w*a*b`")).containsExactly(new Run(Run.Style.CODE, "w*a*b"));
    }

    @Test
    void linksShowTheirAddressAndEscapesTheirCharacter() {
        assertThat(Markdown.inline("see [cs231n](https://cs231n.github.io) \\*not emphasis\\*"))
                .containsExactly(plain("see cs231n (https://cs231n.github.io) *not emphasis*"));
    }

    @Test
    void paragraphKinds() {
        List<Paragraph> ps = Markdown.paragraphs(List.of(
                "First line", "joined.", "", "### Heading", "- item one", "  still one", "  - nested", "3. third",
                "> quoted", "> more", "", "    code line", "      indented", "", "---", "after rule"));
        assertThat(ps).extracting(Paragraph::kind).containsExactly(Paragraph.Kind.TEXT, Paragraph.Kind.HEADING,
                Paragraph.Kind.BULLET, Paragraph.Kind.BULLET, Paragraph.Kind.NUMBERED, Paragraph.Kind.QUOTE,
                Paragraph.Kind.CODE, Paragraph.Kind.TEXT);
        assertThat(ps).extracting(Paragraph::plainText).containsExactly("First line joined.", "Heading",
                "item one still one", "nested", "third", "quoted more", "code line\n  indented", "after rule");
        assertThat(ps.get(1).number()).isEqualTo(3);
        assertThat(ps.get(3).depth()).isEqualTo(1);
        assertThat(ps.get(4).number()).isEqualTo(3);
    }
}
