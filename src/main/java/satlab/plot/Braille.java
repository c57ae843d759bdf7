package satlab.plot;

/**
 * Braille cells as 2×4 dot bitmaps (U+2800 + bits), and the dash pattern that
 * tells overlaid series apart when colour is not available.
 */
final class Braille {
    private static final int[][] BITS = {
        {0x01, 0x02, 0x04, 0x40},
        {0x08, 0x10, 0x20, 0x80},
    };
    /**
     * Per series: which dot columns of every 8 are drawn. Series 0 and 1 (σ and σ'
     * in most lessons) are both solid, series 1 two dots thick; later ones are
     * dotted, dashed and dash-dotted.
     */
    private static final int[] PATTERNS = {0xFF, 0xFF, 0x55, 0x33, 0x5F};

    private Braille() {}

    static int bit(int dx, int dy) {
        return BITS[dx][dy];
    }

    static char cell(int bits) {
        return (char) (0x2800 + bits);
    }

    static boolean inPattern(int series, int dotColumn) {
        return (PATTERNS[style(series)] >> (dotColumn % 8) & 1) != 0;
    }

    /** The thick line adds the dot below every point. */
    static boolean isThick(int series) {
        return style(series) == 1;
    }

    private static int style(int series) {
        return series % PATTERNS.length;
    }

    /** A few cells of the series' line style, for the legend. */
    static String legendSample(int series, int cells) {
        StringBuilder out = new StringBuilder(cells);
        for (int c = 0; c < cells; c++) {
            int bits = 0;
            for (int dx = 0; dx < 2; dx++) {
                if (inPattern(series, 2 * c + dx)) bits |= bit(dx, 2) | (isThick(series) ? bit(dx, 1) : 0);
            }
            out.append(cell(bits == 0 ? bit(0, 2) : bits));
        }
        return out.toString();
    }
}
