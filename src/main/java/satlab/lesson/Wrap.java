package satlab.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps parsed prose to a width in terminal cells, keeping styles, so the
 * full-screen tutor and the plain line mode lay text out the same way. A word longer
 * than a line is broken, never cut off.
 *
 * <p>How many cells a character takes (two for East Asian wide characters and most
 * emoji, none for a combining mark) is for the front end to say, through a
 * {@link Cells} measure: it knows its terminal library's rule, and this package stays
 * free of them. Without one, every code point counts as one cell.
 */
public final class Wrap {

    private Wrap() {}

    /** The terminal cells one code point takes: 0, 1 or 2. */
    @FunctionalInterface
    public interface Cells {
        int of(int codePoint);

        /** One cell per code point: right for the Latin, Greek and symbols a course is mostly written in. */
        Cells ONE_EACH = cp -> 1;

        default int of(String s) {
            int w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                w += of(cp);
                i += Character.charCount(cp);
            }
            return w;
        }
    }

    /**
     * One output line: a prefix (list marker, quote bar or indent, drawn plain) and
     * styled runs. {@link #text()} is what a plain terminal prints.
     */
    public record Line(String prefix, List<Run> runs) {

        public Line {
            runs = List.copyOf(runs);
        }

        public static final Line BLANK = new Line("", List.of());

        public String text() {
            StringBuilder sb = new StringBuilder(prefix);
            for (Run run : runs) sb.append(run.text());
            return sb.toString();
        }

        /** Width in cells, one per code point. */
        public int width() {
            return width(Cells.ONE_EACH);
        }

        public int width(Cells cells) {
            return cells.of(text());
        }
    }

    /** All paragraphs of a prose block, with a blank line between paragraphs. */
    public static List<Line> prose(Prose prose, int width) {
        return prose(prose, width, Cells.ONE_EACH);
    }

    public static List<Line> prose(Prose prose, int width, Cells cells) {
        List<Line> out = new ArrayList<>();
        for (Paragraph p : prose.paragraphs()) {
            if (!out.isEmpty()) out.add(Line.BLANK);
            out.addAll(paragraph(p, width, cells));
        }
        return out;
    }

    /** Plain text (no Markdown) wrapped to the width. */
    public static List<String> text(String text, int width) {
        return text(text, width, Cells.ONE_EACH);
    }

    public static List<String> text(String text, int width, Cells cells) {
        List<String> out = new ArrayList<>();
        for (Line line : paragraph(Paragraph.of(Paragraph.Kind.TEXT, List.of(Run.plain(text))), width, cells)) {
            out.add(line.text());
        }
        return out;
    }

    /** One paragraph, with the marker its kind calls for ("- ", "3. ", "> ", code indent). */
    public static List<Line> paragraph(Paragraph p, int width) {
        return paragraph(p, width, Cells.ONE_EACH);
    }

    public static List<Line> paragraph(Paragraph p, int width, Cells cells) {
        String indent = "  ".repeat(p.depth());
        return switch (p.kind()) {
            case TEXT, HEADING -> fill(p.runs(), "", "", width, cells);
            case BULLET -> fill(p.runs(), indent + "- ", indent + "  ", width, cells);
            case NUMBERED -> {
                String marker = p.number() + ". ";
                yield fill(p.runs(), indent + marker, indent + " ".repeat(marker.length()), width, cells);
            }
            case QUOTE -> fill(p.runs(), "> ", "> ", width, cells);
            case CODE -> code(p, width, cells);
        };
    }

    /** Code keeps its line breaks and spaces; over-long lines continue on the next line. */
    private static List<Line> code(Paragraph p, int width, Cells cells) {
        String prefix = "    ";
        int room = Math.max(1, width - prefix.length());
        List<Line> out = new ArrayList<>();
        for (String line : p.plainText().split("\n", -1)) {
            int[] cps = line.codePoints().toArray();
            int start = 0;
            do {
                int end = fit(cps, start, room, cells);
                out.add(new Line(prefix, List.of(new Run(Run.Style.CODE, new String(cps, start, end - start)))));
                start = end;
            } while (start < cps.length);
        }
        return out;
    }

    /**
     * The end of the longest stretch of {@code cps} from {@code start} that fits in
     * {@code room} cells; at least one code point (plus the marks that combine with it),
     * so a character wider than the room still moves on.
     */
    private static int fit(int[] cps, int start, int room, Cells cells) {
        int used = 0;
        int end = start;
        while (end < cps.length) {
            int w = cells.of(cps[end]);
            if (used + w > room && end > start && w > 0) break;
            used += w;
            end++;
        }
        return end;
    }

    /** A word: fragments of possibly different styles with no whitespace between them. */
    private record Word(List<Run> parts, int width) {}

    private static List<Line> fill(List<Run> runs, String firstPrefix, String restPrefix, int width, Cells cells) {
        List<Word> words = words(runs, cells);
        List<Line> out = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        int used = 0;
        String prefix = firstPrefix;
        Run.Style lastStyle = null;
        for (Word word : words) {
            int room = Math.max(1, width - prefix.length());
            int need = word.width() + (used > 0 ? 1 : 0);
            if (used > 0 && used + need > room) {
                out.add(new Line(prefix, merge(current)));
                current = new ArrayList<>();
                used = 0;
                prefix = restPrefix;
                room = Math.max(1, width - prefix.length());
            }
            if (used > 0) {
                Run.Style next = word.parts().get(0).style();
                current.add(new Run(next == lastStyle ? next : Run.Style.PLAIN, " "));
                used++;
            }
            for (Run part : word.parts()) {
                int[] cps = part.text().codePoints().toArray();
                int start = 0;
                while (start < cps.length) {
                    if (used >= room) {
                        out.add(new Line(prefix, merge(current)));
                        current = new ArrayList<>();
                        used = 0;
                        prefix = restPrefix;
                        room = Math.max(1, width - prefix.length());
                    }
                    int end = fit(cps, start, room - used, cells);
                    if (used > 0 && cells.of(new String(cps, start, end - start)) > room - used) {
                        // A wide character that does not fit in what is left of the line starts the next.
                        out.add(new Line(prefix, merge(current)));
                        current = new ArrayList<>();
                        used = 0;
                        prefix = restPrefix;
                        room = Math.max(1, width - prefix.length());
                        continue;
                    }
                    String piece = new String(cps, start, end - start);
                    current.add(new Run(part.style(), piece));
                    used += cells.of(piece);
                    start = end;
                }
                lastStyle = part.style();
            }
        }
        if (used > 0 || out.isEmpty()) out.add(new Line(prefix, merge(current)));
        return out;
    }

    private static List<Word> words(List<Run> runs, Cells cells) {
        List<Word> words = new ArrayList<>();
        List<Run> parts = new ArrayList<>();
        int width = 0;
        for (Run run : runs) {
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < run.text().length(); ) {
                int cp = run.text().codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    if (piece.length() > 0) {
                        parts.add(new Run(run.style(), piece.toString()));
                        piece.setLength(0);
                    }
                    if (!parts.isEmpty()) {
                        words.add(new Word(List.copyOf(parts), width));
                        parts.clear();
                        width = 0;
                    }
                } else {
                    piece.appendCodePoint(cp);
                    width += cells.of(cp);
                }
            }
            if (piece.length() > 0) parts.add(new Run(run.style(), piece.toString()));
        }
        if (!parts.isEmpty()) words.add(new Word(List.copyOf(parts), width));
        return words;
    }

    /** Joins neighbouring runs of the same style so players draw fewer spans. */
    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run run : runs) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).style() == run.style()) {
                out.set(last, new Run(run.style(), out.get(last).text() + run.text()));
            } else {
                out.add(run);
            }
        }
        return out;
    }
}
