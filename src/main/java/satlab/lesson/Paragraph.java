package satlab.lesson;

import java.util.List;

/**
 * One paragraph-level element of Markdown.
 *
 * @param kind   what it is
 * @param runs   its text as styled runs; a {@link Kind#CODE} block is one
 *               {@link Run.Style#CODE} run whose lines are separated by {@code \n}
 * @param number the item number of a {@link Kind#NUMBERED} item, else 0; for a
 *               {@link Kind#HEADING}, its level (1 for {@code #}, 3 for {@code ###})
 * @param depth  list nesting, 0 for top level
 */
public record Paragraph(Kind kind, List<Run> runs, int number, int depth) {

    public enum Kind {
        /** An ordinary paragraph. */
        TEXT,
        /** A heading other than the level-2 ones that start steps. */
        HEADING,
        /** A {@code -}, {@code *} or {@code +} list item. */
        BULLET,
        /** A {@code 1.} list item. */
        NUMBERED,
        /** A {@code >} quote. */
        QUOTE,
        /** A fenced code block (in a language that is not a satlab directive). */
        CODE
    }

    public Paragraph {
        runs = List.copyOf(runs);
    }

    public static Paragraph of(Kind kind, List<Run> runs) {
        return new Paragraph(kind, runs, 0, 0);
    }

    /** The text without styling. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs) sb.append(run.text());
        return sb.toString();
    }
}
