package satlab.lesson;

import java.util.List;

/**
 * Markdown text between directive blocks, already parsed into paragraphs of styled
 * runs so every player can word-wrap and style it (see {@link Wrap}) without parsing
 * Markdown again.
 */
public record Prose(List<Paragraph> paragraphs, int line) implements Block {

    public Prose {
        paragraphs = List.copyOf(paragraphs);
    }
}
