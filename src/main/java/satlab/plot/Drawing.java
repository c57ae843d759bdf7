package satlab.plot;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;

/**
 * One rendering: sizes are fixed first (panels, gutters, plot columns), then
 * samples, scales and glyphs go onto a canvas. See {@link Plotter} for the layout.
 */
final class Drawing {
    /** Panel rows below which stacking gives up and overlays instead. */
    private static final int MIN_PANEL_ROWS = 3;
    private static final int MIN_PLOT_COLUMNS = 10;
    private static final int ROUGH_COLUMNS = 16;

    private final List<Series> series;
    private final PlotOptions options;
    private final int width;
    private final int height;
    private final Glyphs glyphs;
    private final boolean braille;
    /** Sample positions per cell across and down: 2×4 for braille, 1×1 for ASCII. */
    private final int dotsX;
    private final int dotsY;
    private final List<Panel> panels = new ArrayList<>();

    // Set by fit(): the left gutter, the right gutter (0 without a second scale),
    // plot columns, and per series its samples and the axis it is drawn on.
    private int leftGutter;
    private int rightGutter;
    private int columns;
    private double[] xs;
    private double[][] ys;
    private Ticks.YAxis[] axisOf;
    private boolean dual;

    Drawing(List<Series> series, PlotOptions options, int width, int height) {
        this.series = series;
        this.options = options;
        this.width = width;
        this.height = height;
        this.glyphs = Glyphs.of(options.tier());
        this.braille = options.tier() == Tier.UNICODE;
        this.dotsX = braille ? 2 : 1;
        this.dotsY = braille ? 4 : 1;
        layoutPanels();
    }

    /** A band of rows showing some of the series on its own y scale(s). */
    private record Panel(int top, int rows, int[] members) {}

    /** Stacks one panel per series when each gets enough rows, else overlays them in one. */
    private void layoutPanels() {
        int n = series.size();
        int stackedRows = height - 3 - n;
        if (options.layout() == Layout.STACKED && n > 1 && stackedRows / n >= MIN_PANEL_ROWS) {
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) rows[i] = stackedRows / n + (i < stackedRows % n ? 1 : 0);
            setPanels(rows);
        } else {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            panels.add(new Panel(2, height - 4, all));
        }
    }

    private void setPanels(int[] rows) {
        panels.clear();
        int top = 2;
        for (int i = 0; i < rows.length; i++) {
            panels.add(new Panel(top, rows[i], new int[] {i}));
            top += rows[i] + 1;
        }
    }

    /**
     * Two stacked panels need not split the rows evenly: moving a row or two
     * between them can put every tick exactly on a row (σ over 9 rows labels 0,
     * 0.25, 0.5, 0.75, 1 exactly; over 8 rows it can only label 0, 0.5, 1).
     */
    private void balanceTwoPanels() {
        if (panels.size() != 2) return;
        int total = panels.get(0).rows + panels.get(1).rows;
        double[][] range = {dataRange(new int[] {0}), dataRange(new int[] {1})};
        int bestTop = panels.get(0).rows;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int top = (total - 3 + 1) / 2; top <= (total + 3) / 2; top++) {
            int bottom = total - top;
            if (top < MIN_PANEL_ROWS || bottom < MIN_PANEL_ROWS || Math.abs(top - bottom) > 3) continue;
            double score = 1.001 * tickScore(range[0], top) + tickScore(range[1], bottom)
                    - 0.3 * Math.abs(top - bottom);
            if (score > bestScore) {
                bestScore = score;
                bestTop = top;
            }
        }
        setPanels(new int[] {bestTop, total - bestTop});
    }

    /** More ticks are better; ticks that all land exactly on a row are better still. */
    private double tickScore(double[] range, int rows) {
        Ticks.YAxis a = Ticks.y(range[0], range[1], rows, dotsY);
        Scale scale = new Scale(a.hi(), a.lo(), rows * dotsY);
        boolean exact = true;
        for (double t : a.ticks()) {
            double p = scale.position(t);
            exact &= Math.abs(p - Math.rint(p)) < 0.15;
        }
        return a.ticks().length + (exact ? 1 : 0);
    }

    Plot draw() {
        if (!fit()) return Plot.message("too narrow to plot with these y labels", width);
        Canvas canvas = new Canvas(height, width - 1);
        int xb = leftBorder();
        int xr = rightBorder();
        boolean[] band = bandColumns();
        int markCol = markerColumn();
        for (Panel p : panels) {
            shadeBands(canvas, p, band);
            if (markCol >= 0) {
                for (int r = 0; r < p.rows; r++) canvas.put(p.top + r, xb + 1 + markCol, glyphs.markerLine(), Span.Kind.MARKER, -1);
            }
            if (braille) drawBraille(canvas, p);
            else drawAscii(canvas, p);
            if (markCol >= 0) drawMarkerPoints(canvas, p, markCol);
        }
        drawFrame(canvas, xb, xr, markCol);
        drawYLabels(canvas, xb, xr);
        drawXAxis(canvas, xb);
        Legend.draw(canvas, series, glyphs, braille, dual, width, xb + 1);
        drawTopLabels(canvas, xb, xr, band, markCol);
        return canvas.toPlot();
    }

    private int leftBorder() {
        return leftGutter + 1;
    }

    private int rightBorder() {
        return leftBorder() + columns + 1;
    }

    /**
     * Sizes the gutters from the labels the scales will show. The labels depend
     * on the samples, which depend on the plot width, which depends on the
     * gutters: iterate until stable (one or two passes in practice).
     */
    private boolean fit() {
        int[] guess = roughGutters();
        int left = guess[0];
        int right = guess[1];
        boolean twoScales = guess[2] == 1;
        for (int pass = 0; pass < 4; pass++) {
            int cols = width - 4 - left - (twoScales ? right + 1 : 0);
            if (cols < MIN_PLOT_COLUMNS) return false;
            leftGutter = left;
            rightGutter = twoScales ? right : 0;
            dual = twoScales;
            columns = cols;
            sample();
            // The split hardly depends on the exact sample positions: choose it once.
            if (pass == 0) balanceTwoPanels();
            scale();
            int[] labels = labelWidths();
            boolean newDual = wantsTwoScales();
            if (labels[0] == left && labels[1] == right && newDual == twoScales) return true;
            left = labels[0];
            right = labels[1];
            twoScales = newDual;
        }
        return true;
    }

    /**
     * Left gutter, right gutter and whether there are two scales, judged from a
     * coarse sampling: usually right, so the full sampling (the costly part when
     * the functions are compiled expressions) happens only once.
     */
    private int[] roughGutters() {
        columns = ROUGH_COLUMNS;
        dual = false;
        sample();
        boolean twoScales = wantsTwoScales();
        dual = twoScales;
        scale();
        int[] labels = labelWidths();
        return new int[] {labels[0], labels[1], twoScales ? 1 : 0};
    }

    /** Widest label on the left axes and on the right one (0 without a second scale). */
    private int[] labelWidths() {
        int left = 1;
        int right = 0;
        for (int s = 0; s < series.size(); s++) {
            if (dual && s == 1) right = axisOf[s].labelWidth();
            else left = Math.max(left, axisOf[s].labelWidth());
        }
        return new int[] {left, right};
    }

    private void sample() {
        int n = columns * dotsX;
        Scale x = new Scale(options.from(), options.to(), n);
        xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = x.value(i);
        xs[n - 1] = options.to();
        ys = new double[series.size()][n];
        for (int s = 0; s < series.size(); s++) {
            Series f = series.get(s);
            for (int i = 0; i < n; i++) ys[s][i] = f.at(xs[i]);
        }
    }

    /** Gives every series its y axis: one per panel, or one per series with two scales. */
    private void scale() {
        axisOf = new Ticks.YAxis[series.size()];
        for (Panel p : panels) {
            if (dual) {
                for (int s : p.members) axisOf[s] = axisFor(p, new int[] {s});
            } else {
                Ticks.YAxis axis = axisFor(p, p.members);
                for (int s : p.members) axisOf[s] = axis;
            }
        }
    }

    /** Two overlaid series whose ranges differ get a scale each (σ and σ' differ 4×). */
    private boolean wantsTwoScales() {
        if (panels.size() != 1 || series.size() != 2) return false;
        Panel p = panels.get(0);
        return !axisFor(p, new int[] {0}).sameRange(axisFor(p, new int[] {1}));
    }

    private Ticks.YAxis axisFor(Panel p, int[] members) {
        double[] range = dataRange(members);
        return Ticks.y(range[0], range[1], p.rows, dotsY);
    }

    /**
     * Smallest and largest finite value of the series over the samples and at
     * the marked z, so the marker's point is always on the chart even where it
     * falls between samples (min > max when there is no finite value).
     */
    private double[] dataRange(int[] members) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean marked = markerColumn() >= 0;
        for (int s : members) {
            for (double y : ys[s]) {
                if (!Double.isFinite(y)) continue;
                if (y < min) min = y;
                if (y > max) max = y;
            }
            double y = marked ? series.get(s).at(options.mark().getAsDouble()) : Double.NaN;
            if (Double.isFinite(y)) {
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        return new double[] {min, max};
    }

    private boolean[] bandColumns() {
        boolean[] band = new boolean[columns];
        if (options.threshold().isEmpty()) return band;
        double t = options.threshold().getAsDouble();
        if (!(t > 0)) return band;
        for (int c = 0; c < columns; c++) {
            double x = braille ? xs[2 * c] * 0.5 + xs[2 * c + 1] * 0.5 : xs[c];
            band[c] = Math.abs(x) > t;
        }
        return band;
    }

    private void shadeBands(Canvas canvas, Panel p, boolean[] band) {
        int x0 = leftBorder() + 1;
        for (int c = 0; c < columns; c++) {
            if (!band[c]) continue;
            for (int r = 0; r < p.rows; r++) canvas.put(p.top + r, x0 + c, glyphs.bandShade(), Span.Kind.BAND, -1);
        }
    }

    /** The plot column of the marked z, or -1 when there is none or it is off the range. */
    private int markerColumn() {
        if (options.mark().isEmpty()) return -1;
        double z = options.mark().getAsDouble();
        if (z < options.from() || z > options.to()) return -1;
        return new Scale(options.from(), options.to(), columns * dotsX).index(z) / dotsX;
    }

    private int rowIndex(int series, double y, int rows, int dotsPerRow) {
        Ticks.YAxis a = axisOf[series];
        return new Scale(a.hi(), a.lo(), rows * dotsPerRow).index(y);
    }

    /** Rows of every sample on the grid of the given resolution; -1 marks a gap. */
    private int[] positions(int s, Panel p, int dotsPerRow) {
        int[] rows = new int[ys[s].length];
        Scale scale = new Scale(axisOf[s].hi(), axisOf[s].lo(), p.rows * dotsPerRow);
        for (int i = 0; i < rows.length; i++) rows[i] = scale.index(ys[s][i]);
        return rows;
    }

    private void drawAscii(Canvas canvas, Panel p) {
        for (int s : p.members) {
            Curves.ascii(canvas, positions(s, p, 1), p.top, leftBorder() + 1, glyphs.seriesGlyph(s), s);
        }
    }

    private void drawBraille(Canvas canvas, Panel p) {
        Curves.BrailleGrid grid = new Curves.BrailleGrid(p.rows, columns);
        for (int s : p.members) grid.add(positions(s, p, 4), s);
        grid.drawOn(canvas, p.top, leftBorder() + 1);
    }

    private void drawMarkerPoints(Canvas canvas, Panel p, int markCol) {
        double z = options.mark().getAsDouble();
        for (int s : p.members) {
            double y = series.get(s).at(z);
            if (!Double.isFinite(y)) continue;
            int row = rowIndex(s, y, p.rows, dotsY) / dotsY;
            canvas.put(p.top + row, leftBorder() + 1 + markCol, glyphs.markerPoint(), Span.Kind.MARKER_POINT, s);
        }
    }

    private void drawFrame(Canvas canvas, int xb, int xr, int markCol) {
        Glyphs g = glyphs;
        horizontal(canvas, 1, xb, xr, g.topLeft(), g.topRight());
        for (int i = 0; i < panels.size(); i++) {
            Panel p = panels.get(i);
            for (int r = 0; r < p.rows; r++) {
                canvas.put(p.top + r, xb, g.vertical(), Span.Kind.FRAME, -1);
                canvas.put(p.top + r, xr, g.vertical(), Span.Kind.FRAME, -1);
            }
            int below = p.top + p.rows;
            if (i + 1 < panels.size()) {
                horizontal(canvas, below, xb, xr, g.joinLeft(), g.joinRight());
                if (markCol >= 0) canvas.put(below, xb + 1 + markCol, g.cross(), Span.Kind.MARKER, -1);
            } else {
                horizontal(canvas, below, xb, xr, g.bottomLeft(), g.bottomRight());
            }
        }
    }

    private void horizontal(Canvas canvas, int row, int xb, int xr, char left, char right) {
        canvas.put(row, xb, left, Span.Kind.FRAME, -1);
        for (int c = xb + 1; c < xr; c++) canvas.put(row, c, glyphs.horizontal(), Span.Kind.FRAME, -1);
        canvas.put(row, xr, right, Span.Kind.FRAME, -1);
    }

    private void drawYLabels(Canvas canvas, int xb, int xr) {
        for (Panel p : panels) {
            for (int s : p.members) {
                boolean right = dual && s == 1;
                if (!right && s != p.members[0]) continue;
                Ticks.YAxis a = axisOf[s];
                String[] labels = a.labels();
                for (int i = 0; i < a.ticks().length; i++) {
                    int row = p.top + Ticks.row(a.ticks()[i], a.hi(), a.lo(), p.rows, dotsY);
                    String label = labels[i];
                    if (right) {
                        canvas.put(row, xr, glyphs.rightTick(), Span.Kind.FRAME, -1);
                        canvas.text(row, xr + 2, label, Span.Kind.TICK_LABEL, s);
                    } else {
                        canvas.put(row, xb, glyphs.leftTick(), Span.Kind.FRAME, -1);
                        canvas.text(row, leftGutter - label.length(), label, Span.Kind.TICK_LABEL, dual ? s : -1);
                    }
                }
            }
        }
    }

    private void drawXAxis(Canvas canvas, int xb) {
        int axisRow = height - 2;
        int labelRow = height - 1;
        Scale x = new Scale(options.from(), options.to(), columns * dotsX);
        int freeFrom = 0;
        double[] ticks = Ticks.x(options.from(), options.to(), columns);
        String[] labels = Ticks.labels(ticks);
        for (int i = 0; i < ticks.length; i++) {
            int col = xb + 1 + x.index(ticks[i]) / dotsX;
            // In ASCII a tick beside a corner would read as a doubled corner ("++").
            boolean besideCorner = col == xb + 1 || col == xb + columns;
            if (braille || !besideCorner) canvas.put(axisRow, col, glyphs.bottomTick(), Span.Kind.FRAME, -1);
            String label = labels[i];
            int start = Math.max(0, Math.min(col - label.length() / 2, width - 1 - label.length()));
            if (start < freeFrom) continue;
            canvas.text(labelRow, start, label, Span.Kind.TICK_LABEL, -1);
            freeFrom = start + label.length() + 1;
        }
    }

    /** The marker's value (or edge arrow) first, then "saturated" over each band where it fits. */
    private void drawTopLabels(Canvas canvas, int xb, int xr, boolean[] band, int markCol) {
        int lo = xb + 1;
        int hi = xr - 1;
        if (options.mark().isPresent()) {
            double z = options.mark().getAsDouble();
            String value = options.variable() + "=" + Format.number(z);
            if (z < options.from()) {
                placeOnBorder(canvas, lo, " " + glyphs.leftArrow() + " " + value + " ", lo, hi, Span.Kind.MARKER_LABEL);
            } else if (z > options.to()) {
                String label = " " + value + " " + glyphs.rightArrow() + " ";
                placeOnBorder(canvas, hi + 1 - label.length(), label, lo, hi, Span.Kind.MARKER_LABEL);
            } else {
                String label = " " + value + " ";
                placeOnBorder(canvas, lo + markCol - label.length() / 2, label, lo, hi, Span.Kind.MARKER_LABEL);
            }
        }
        int c = 0;
        while (c < columns) {
            if (!band[c]) {
                c++;
                continue;
            }
            int start = c;
            while (c < columns && band[c]) c++;
            int length = c - start;
            for (String word : new String[] {" saturated ", " sat "}) {
                if (word.length() > length) continue;
                int at = lo + start + (length - word.length()) / 2;
                if (free(canvas, at, at + word.length() - 1)) {
                    canvas.text(1, at, word, Span.Kind.BAND_LABEL, -1);
                    break;
                }
            }
        }
    }

    /** Writes a label on the top border, shifted to stay between lo and hi. */
    private void placeOnBorder(Canvas canvas, int start, String label, int lo, int hi, Span.Kind kind) {
        int at = Math.max(lo, Math.min(start, hi + 1 - label.length()));
        String shown = label.length() > hi - lo + 1 ? label.strip() : label;
        if (shown.length() > hi - lo + 1) shown = shown.substring(0, hi - lo + 1);
        at = Math.max(lo, Math.min(at, hi + 1 - shown.length()));
        canvas.text(1, at, shown, kind, -1);
    }

    private boolean free(Canvas canvas, int from, int to) {
        for (int col = from; col <= to; col++) {
            if (canvas.at(1, col) != glyphs.horizontal()) return false;
        }
        return true;
    }
}
