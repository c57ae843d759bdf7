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

    @Test
    void aBracketThatIsNotALinkStaysAndALinkAfterItStillRenders() {
        assertThat(Markdown.inline("see [1] and [the docs](http://x.org)"))
                .containsExactly(plain("see [1] and the docs (http://x.org)"));
    }

    @Test
    void aYearEndingASentenceInsideAParagraphDoesNotStartAList() {
        List<Paragraph> ps = Markdown.paragraphs(List.of("The perceptron came first; in", "1984. backpropagation was popular."));
        assertThat(ps).extracting(Paragraph::kind).containsExactly(Paragraph.Kind.TEXT);
        assertThat(ps.get(0).plainText()).isEqualTo("The perceptron came first; in 1984. backpropagation was popular.");
    }

    @Test
    void longRunsOfRuleCharactersAndNestedEmphasisAreText() {
        for (String c : List.of("-", "*", "_")) {
            String run = c.repeat(100_000);
            assertThat(Markdown.paragraphs(List.of("x", run + " y"))).isNotEmpty();
            assertThat(Markdown.paragraphs(List.of(run))).isEmpty();
        }
        String nested = "*x ".repeat(50_000) + "_y ".repeat(50_000);
        assertThat(Markdown.paragraphs(List.of(nested)).get(0).plainText()).contains("*x").contains("_y");
        String deep = "> - ".repeat(2_000) + "deep";
        assertThat(Markdown.paragraphs(List.of(deep)).get(0).plainText()).contains("deep");
    }

    @Test
    void htmlCommentsAreDroppedAndReferenceLinksResolve() {
        List<Paragraph> ps = Markdown.paragraphs(List.of("<!-- a note for authors -->", "", "see [the Q&A][qa]", "",
                "[qa]: https://example.org/qa"));
        assertThat(ps).extracting(Paragraph::plainText).containsExactly("see the Q&A (https://example.org/qa)");
    }

    @Test
    void thousandsOfPairedStarsOnASmallStackAreShownAsTextNotAStackOverflow() throws Exception {
        // The fuzz suite's mutant: commonmark-java recurses per nesting level when it merges text.
        List<String> lines = List.of("*".repeat(16_558), "", "t" + "*".repeat(16_656));
        List<List<Paragraph>> result = new java.util.ArrayList<>();
        Thread small = new Thread(null, () -> {
            result.add(Markdown.paragraphs(lines));
            result.add(List.of(Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline("t" + "*".repeat(16_656)))));
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(result).hasSize(2);
        assertThat(result.get(0)).extracting(Paragraph::plainText).last().asString().startsWith("t***");
        assertThat(result.get(1).get(0).plainText()).startsWith("t***");
    }
}
