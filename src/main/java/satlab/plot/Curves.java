package satlab.plot;

/**
 * Rasterises sampled curves. A sample is a row (ASCII) or dot row (braille) per
 * plot column or dot column, -1 for a gap; consecutive samples are joined
 * vertically so steep stretches such as the middle of σ stay unbroken.
 */
final class Curves {
    private Curves() {}

    /**
     * The rows sample i covers so the curve is continuous: its own row, plus half
     * of the vertical distance to each finite neighbour (the other half is theirs).
     */
    static int[] extent(int[] rows, int i) {
        int r = rows[i];
        int top = r;
        int bottom = r;
        if (i > 0 && rows[i - 1] >= 0) {
            int a = rows[i - 1];
            if (a < r) top = Math.min(top, Math.floorDiv(a + r, 2) + 1);
            if (a > r) bottom = Math.max(bottom, -Math.floorDiv(-(a + r), 2) - 1);
        }
        if (i + 1 < rows.length && rows[i + 1] >= 0) {
            int b = rows[i + 1];
            if (b > r) bottom = Math.max(bottom, Math.floorDiv(r + b, 2));
            if (b < r) top = Math.min(top, -Math.floorDiv(-(r + b), 2));
        }
        return new int[] {top, bottom};
    }

    /** One glyph per covered cell; rows are panel rows, drawn from canvas row {@code top}. */
    static void ascii(Canvas canvas, int[] rows, int top, int x0, char glyph, int series) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0) continue;
            int[] e = extent(rows, i);
            for (int r = e[0]; r <= e[1]; r++) canvas.put(top + r, x0 + i, glyph, Span.Kind.CURVE, series);
        }
    }

    /** Dots of every series in one panel, merged per cell before they become characters. */
    static final class BrailleGrid {
        private final int[][] bits;
        private final int[][] owner;
        private final int dotRows;

        BrailleGrid(int rows, int columns) {
            bits = new int[rows][columns];
            owner = new int[rows][columns];
            dotRows = rows * 4;
        }

        /** Adds a series drawn in its own line style (see {@link Braille}). */
        void add(int[] dots, int series) {
            for (int i = 0; i < dots.length; i++) {
                if (dots[i] < 0 || !Braille.inPattern(series, i)) continue;
                int[] e = extent(dots, i);
                int last = Braille.isThick(series) ? Math.min(e[1] + 1, dotRows - 1) : e[1];
                for (int d = e[0]; d <= last; d++) {
                    bits[d / 4][i / 2] |= Braille.bit(i % 2, d % 4);
                    owner[d / 4][i / 2] = series;
                }
            }
        }

        /** Writes the non-empty cells; a cell shared by several series is tagged with the last. */
        void drawOn(Canvas canvas, int top, int x0) {
            for (int r = 0; r < bits.length; r++) {
                for (int c = 0; c < bits[r].length; c++) {
                    if (bits[r][c] != 0) canvas.put(top + r, x0 + c, Braille.cell(bits[r][c]), Span.Kind.CURVE, owner[r][c]);
                }
            }
        }
    }
}
