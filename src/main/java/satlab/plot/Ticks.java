package satlab.plot;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import satlab.engine.Format;

/**
 * Nice tick values: multiples of 1, 2, 2.5 or 5 times a power of ten (and 1.25
 * for quarters such as 0, 0.125, 0.25), chosen so labels never crowd each other.
 */
final class Ticks {
    private static final double[] Y_MANTISSAS = {1, 1.25, 2, 2.5, 5};
    private static final double[] X_MANTISSAS = {1, 2, 5};
    private static final int MAX_Y_TICKS = 5;
    private static final int MAX_X_TICKS = 11;
    private static final int MIN_X_SPACING = 10;

    private Ticks() {}

    /** A y axis: the value at the top row, at the bottom row, and the labelled values. */
    record YAxis(double hi, double lo, double[] ticks) {
        /** Formatted on demand: axes are tried far more often than they are labelled. */
        String[] labels() {
            return Ticks.labels(ticks);
        }

        /** Widest tick label, which sizes the gutter. */
        int labelWidth() {
            int w = 0;
            for (String label : labels()) w = Math.max(w, label.length());
            return w;
        }

        boolean sameRange(YAxis other) {
            return hi == other.hi && lo == other.lo;
        }
    }

    /**
     * Extends [min, max] to nice bounds and picks ticks for an axis of {@code rows}
     * cells, {@code dotsPerRow} positions each (1 for ASCII, 4 for braille). Prefers
     * bounds that waste little space, then more ticks, never two labels on one row
     * or on neighbouring rows when the axis is tall enough to avoid it.
     */
    static YAxis y(double min, double max, int rows, int dotsPerRow) {
        if (!(min <= max)) {
            min = 0;
            max = 1;
        }
        if (max - min <= Math.ulp(max) * 16 || max - min <= Double.MIN_NORMAL) {
            double pad = max == 0 ? 1 : Math.abs(max) * 0.1;
            min -= pad;
            max += pad;
        }
        double halfSpan = max * 0.5 - min * 0.5;
        int k0 = (int) Math.floor(Math.log10(halfSpan) + Math.log10(2));
        int minGap = rows >= 3 ? 2 : 1;
        double bestHi = max;
        double bestLo = min;
        double[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int k = k0 - 2; k <= k0 + 1; k++) {
            double power = Math.pow(10, k);
            for (double m : Y_MANTISSAS) {
                double step = m * power;
                if (!Double.isFinite(step) || step == 0) continue;
                double lo = Math.floor(min / step + 1e-9) * step;
                double hi = Math.ceil(max / step - 1e-9) * step;
                if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo >= hi) continue;
                long n = Math.round(hi / step - lo / step) + 1;
                if (n < 2 || n > MAX_Y_TICKS) continue;
                double[] ticks = new double[(int) n];
                for (int i = 0; i < n; i++) ticks[i] = snap(hi - i * step, step);
                if (!separated(ticks, hi, lo, rows, dotsPerRow, minGap)) continue;
                double coverage = halfSpan / (hi * 0.5 - lo * 0.5);
                double score = 2 * coverage + 0.1 * n - (m == 1.25 ? 0.05 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    bestHi = hi;
                    bestLo = lo;
                    best = ticks;
                }
            }
        }
        if (best == null) {
            // No evenly spaced ticks fit: label the ends, rounded outward to two figures of the
            // span, so tanh's range reads -1 and 1 rather than -0.9999 and 0.9999.
            double unit = Math.pow(10, Math.floor(Math.log10(max - min)) - 1);
            double hi = snap(Math.ceil(max / unit - 1e-9) * unit, unit);
            double lo = snap(Math.floor(min / unit + 1e-9) * unit, unit);
            if (Double.isFinite(hi) && Double.isFinite(lo) && lo < hi) {
                bestHi = hi;
                bestLo = lo;
            }
            best = rows >= 2 ? new double[] {bestHi, bestLo} : new double[] {bestHi};
        }
        return new YAxis(bestHi, bestLo, best);
    }

    /** The cell row (0 = top) where value v is drawn on an axis from hi down to lo. */
    static int row(double v, double hi, double lo, int rows, int dotsPerRow) {
        return new Scale(hi, lo, rows * dotsPerRow).index(v) / dotsPerRow;
    }

    private static boolean separated(double[] ticks, double hi, double lo, int rows, int dotsPerRow, int minGap) {
        Scale scale = new Scale(hi, lo, rows * dotsPerRow);
        int previous = Integer.MIN_VALUE / 2;
        for (double t : ticks) {
            int r = scale.index(t) / dotsPerRow;
            if (r - previous < minGap) return false;
            previous = r;
        }
        return true;
    }

    /**
     * Tick values inside [from, to] for an x axis of {@code cells} columns: the most ticks whose centred labels keep
     * at least {@value #MIN_X_SPACING} columns apart; the two ends when none fit.
     */
    static double[] x(double from, double to, int cells) {
        double halfSpan = to * 0.5 - from * 0.5;
        int k0 = (int) Math.floor(Math.log10(halfSpan) + Math.log10(2));
        for (int k = k0 - 2; k <= k0 + 1; k++) {
            double power = Math.pow(10, k);
            for (double m : X_MANTISSAS) {
                double step = m * power;
                if (!Double.isFinite(step) || step == 0) continue;
                double first = Math.ceil(from / step - 1e-9);
                double last = Math.floor(to / step + 1e-9);
                if (last - first + 1 > MAX_X_TICKS || last < first + 1) continue;
                double[] ticks = new double[(int) (last - first + 1)];
                for (int i = 0; i < ticks.length; i++) ticks[i] = snap((first + i) * step, step);
                int widest = 0;
                for (String label : labels(ticks)) widest = Math.max(widest, label.length());
                double spacing = step / halfSpan * 0.5 * (cells - 1);
                if (spacing >= Math.max(MIN_X_SPACING, widest + 2)) return ticks;
            }
        }
        return new double[] {from, to};
    }

    /**
     * Labels in the project's number format, with more digits only where that
     * format would blur neighbouring ticks: two alike (0.5 and 0.50000025 on a
     * zoomed-in axis) or one nearer another tick's value than its own
     * (1000000.5 shown as "1e6").
     */
    static String[] labels(double[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) out[i] = Format.number(values[i]);
        for (int digits = 5; digits <= 17 && !faithful(values, out); digits++) {
            for (int i = 0; i < values.length; i++) out[i] = precise(values[i], digits);
        }
        return out;
    }

    /** Every label reads back within a tenth of the smallest gap between ticks. */
    private static boolean faithful(double[] values, String[] labels) {
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < values.length; i++) {
            double d = Math.abs(values[i] * 0.5 - values[i - 1] * 0.5) * 2;
            if (d > 0) gap = Math.min(gap, d);
        }
        if (gap == Double.POSITIVE_INFINITY) return true;
        for (int i = 0; i < values.length; i++) {
            double read;
            try {
                read = Double.parseDouble(labels[i]);
            } catch (NumberFormatException notPlain) {
                return true;
            }
            if (!(Math.abs(read * 0.5 - values[i] * 0.5) * 2 <= gap / 10)) return false;
        }
        return true;
    }

    private static String precise(double v, int digits) {
        if (v == 0 || !Double.isFinite(v)) return Format.number(v);
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double abs = Math.abs(v);
        if (abs >= 1e-3 && abs < 1e6) return d.toPlainString();
        int exponent = d.precision() - d.scale() - 1;
        return d.movePointLeft(exponent).toPlainString() + "e" + exponent;
    }

    /** Removes the rounding dust of repeated addition (5.551115123125783e-17 for 0). */
    private static double snap(double v, double step) {
        return Math.abs(v) < Math.abs(step) * 1e-9 ? 0 : v;
    }
}
