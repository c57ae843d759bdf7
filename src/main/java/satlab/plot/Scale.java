package satlab.plot;

/**
 * A linear map from values onto {@code steps} evenly spaced positions (cell rows,
 * braille dot rows, columns or dot columns), the first at {@code first} and the
 * last at {@code last}. Computed on halves so ranges near ±Double.MAX_VALUE do
 * not overflow.
 */
record Scale(double first, double last, int steps) {

    /** Fractional position of v, 0 at {@code first}; NaN for non-finite v. */
    double position(double v) {
        if (!Double.isFinite(v)) return Double.NaN;
        double span = last * 0.5 - first * 0.5;
        if (span == 0) return 0;
        return (v * 0.5 - first * 0.5) / span * (steps - 1);
    }

    /** Nearest position of v clamped to the grid, or -1 for non-finite v. */
    int index(double v) {
        double p = position(v);
        if (Double.isNaN(p)) return -1;
        long r = Math.round(p);
        return (int) Math.max(0, Math.min(steps - 1, r));
    }

    /** The value at position i. */
    double value(int i) {
        if (steps <= 1) return first;
        double t = (double) i / (steps - 1);
        return first + (last * t - first * t);
    }

    /** True when v lies on the grid, not merely clamped onto it. */
    boolean covers(double v) {
        double p = position(v);
        return p >= -0.5 && p <= steps - 0.5;
    }
}
