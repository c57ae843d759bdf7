package satlab.plot;

import java.util.List;

/**
 * A rendered plot: lines of text (no line reaches the last column of the width it
 * was drawn for) and style spans saying which element each run of characters is.
 */
public record Plot(List<String> lines, List<Span> spans) {

    public Plot {
        lines = List.copyOf(lines);
        spans = List.copyOf(spans);
    }

    /** A one-line explanation instead of a picture, cut to fit the width. */
    static Plot message(String text, int width) {
        String line = text.length() > width - 1 ? text.substring(0, Math.max(0, width - 1)) : text;
        List<Span> spans = line.isEmpty() ? List.of() : List.of(new Span(0, 0, line.length(), Span.Kind.MESSAGE, -1));
        return new Plot(List.of(line), spans);
    }

    /** True when the plot is a one-line message rather than a picture. */
    public boolean isMessage() {
        return spans.size() <= 1 && lines.size() == 1
                && (spans.isEmpty() || spans.get(0).kind() == Span.Kind.MESSAGE);
    }

    /** The lines joined with '\n', each ending with one. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (String line : lines) out.append(line).append('\n');
        return out.toString();
    }
}
