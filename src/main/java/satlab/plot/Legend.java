package satlab.plot;

import java.util.List;

/** The legend line: each series' glyph (or braille line style) and label. */
final class Legend {
    private static final String GAP = "   ";

    private Legend() {}

    /**
     * Writes "* sigmoid(z)   o dsigmoid(z)" on row 0, from column {@code start}
     * when it fits there (over the plot), else from column 0. Tries the fullest
     * form first (the scale each series reads when there are two, three-cell
     * braille samples), then more compact ones, giving up sample width before
     * the scale names; labels are shortened only when even the most compact form
     * does not fit in {@code width - 1} columns.
     */
    static void draw(Canvas canvas, List<Series> series, Glyphs glyphs, boolean braille, boolean dual, int width, int start) {
        int n = series.size();
        String[][] suffixes = dual
                ? new String[][] {{" (left scale)", " (right scale)"}, {" (left)", " (right)"}, {"", ""}}
                : new String[][] {{"", ""}};
        int[] sampleCells = braille ? new int[] {3, 1} : new int[] {1};
        String[] samples = new String[n];
        String[] labels = new String[n];
        int total = 0;
        search:
        for (String[] suffix : suffixes) {
            for (int cells : sampleCells) {
                total = GAP.length() * (n - 1);
                for (int s = 0; s < n; s++) {
                    samples[s] = braille ? Braille.legendSample(s, cells) : String.valueOf(glyphs.seriesGlyph(s));
                    labels[s] = series.get(s).label() + (dual ? suffix[s] : "");
                    total += samples[s].length() + 1 + labels[s].length();
                }
                if (total <= width - 1) break search;
            }
        }
        if (total > width - 1) {
            int room = width - 1 - (total - labelLength(labels));
            for (int s = 0; s < n; s++) labels[s] = shorten(labels[s], Math.max(1, room / n), braille);
            total = width - 1;
        }
        int col = total <= width - 1 - start ? start : 0;
        for (int s = 0; s < n; s++) {
            if (s > 0) col += GAP.length();
            canvas.text(0, col, samples[s], Span.Kind.CURVE, s);
            col += samples[s].length() + 1;
            canvas.text(0, col, labels[s], Span.Kind.LEGEND, s);
            col += labels[s].length();
        }
    }

    private static int labelLength(String[] labels) {
        int sum = 0;
        for (String l : labels) sum += l.length();
        return sum;
    }

    private static String shorten(String s, int max, boolean unicode) {
        if (s.length() <= max) return s;
        String ellipsis = unicode ? "…" : "~";
        return max <= ellipsis.length() ? s.substring(0, max) : s.substring(0, max - ellipsis.length()) + ellipsis;
    }
}
