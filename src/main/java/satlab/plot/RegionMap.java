package satlab.plot;

/**
 * A two-class classifier's decision regions over its data, as text in a frame.
 * Cells wholly in class 1's region are dotted and class 0's are blank; a cell the
 * boundary crosses is drawn, in the Unicode tier, as the braille character of its
 * 2 × 4 samples in class 1, so the boundary is drawn at twice the resolution of
 * the grid across and four times down (ASCII: ':'). Points sit on top: 'o' for
 * class 0, '+' for class 1, '*' where both share a cell. A point in the other
 * class's region is one the classifier gets wrong.
 *
 * <p>Spans: FRAME for the border, BAND for class 1's region, CURVE series 0 and 1
 * for the points of each class.
 */
public final class RegionMap {

    private RegionMap() {}

    /** Samples across each cell: 2 in braille, 1 in ASCII. */
    public static int samplesAcross(Tier tier) {
        return tier == Tier.UNICODE ? 2 : 1;
    }

    /** Samples down each cell: 4 in braille, 1 in ASCII. */
    public static int samplesDown(Tier tier) {
        return tier == Tier.UNICODE ? 4 : 1;
    }

    /**
     * @param p      P(class 1), rows × columns of samples: {@link #samplesDown} per cell row from the
     *               top (the largest y) down, {@link #samplesAcross} per cell column from the left
     * @param xs     the points' x, in the same extent as the samples
     * @param labels 0 or 1 per point
     * @param x0     the left edge's x (the samples' extent), likewise x1, y0 (bottom), y1 (top)
     * @return a picture of (p's rows / samples down + 2) lines and (columns / samples across + 2) characters
     */
    public static Plot render(double[][] p, double[] xs, double[] ys, double[] labels, double x0, double x1,
            double y0, double y1, Tier tier) {
        int across = samplesAcross(tier);
        int down = samplesDown(tier);
        int rows = p.length / down;
        int cols = rows == 0 ? 0 : p[0].length / across;
        Glyphs g = Glyphs.of(tier);
        Canvas canvas = new Canvas(rows + 2, cols + 2);
        for (int c = 0; c < cols + 2; c++) {
            canvas.put(0, c, g.horizontal(), Span.Kind.FRAME, -1);
            canvas.put(rows + 1, c, g.horizontal(), Span.Kind.FRAME, -1);
        }
        for (int r = 0; r < rows + 2; r++) {
            canvas.put(r, 0, g.vertical(), Span.Kind.FRAME, -1);
            canvas.put(r, cols + 1, g.vertical(), Span.Kind.FRAME, -1);
        }
        canvas.put(0, 0, g.topLeft(), Span.Kind.FRAME, -1);
        canvas.put(0, cols + 1, g.topRight(), Span.Kind.FRAME, -1);
        canvas.put(rows + 1, 0, g.bottomLeft(), Span.Kind.FRAME, -1);
        canvas.put(rows + 1, cols + 1, g.bottomRight(), Span.Kind.FRAME, -1);
        char dot = tier == Tier.UNICODE ? '·' : '.';
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int ones = 0;
                int bits = 0;
                for (int dy = 0; dy < down; dy++) {
                    for (int dx = 0; dx < across; dx++) {
                        if (p[r * down + dy][c * across + dx] >= 0.5) {
                            ones++;
                            if (tier == Tier.UNICODE) bits |= Braille.bit(dx, dy);
                        }
                    }
                }
                int all = across * down;
                if (ones == all) {
                    canvas.put(r + 1, c + 1, dot, Span.Kind.BAND, -1);
                } else if (ones > 0) {
                    canvas.put(r + 1, c + 1, tier == Tier.UNICODE ? Braille.cell(bits) : ':', Span.Kind.BAND, -1);
                }
            }
        }
        int[][] seen = new int[rows][cols];
        for (int i = 0; i < xs.length; i++) {
            int c = (int) Math.floor((xs[i] - x0) / (x1 - x0) * cols);
            int r = (int) Math.floor((y1 - ys[i]) / (y1 - y0) * rows);
            if (r < 0 || r >= rows || c < 0 || c >= cols) continue;
            seen[r][c] |= labels[i] >= 0.5 ? 2 : 1;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                switch (seen[r][c]) {
                    case 1 -> canvas.put(r + 1, c + 1, 'o', Span.Kind.CURVE, 0);
                    case 2 -> canvas.put(r + 1, c + 1, '+', Span.Kind.CURVE, 1);
                    case 3 -> canvas.put(r + 1, c + 1, '*', Span.Kind.CURVE, 2);
                    default -> { }
                }
            }
        }
        return canvas.toPlot();
    }
}
