package satlab.sim;

import java.util.Arrays;

/**
 * Counts of values in equal-width bins over [lo, hi]; a value equal to hi falls in
 * the last bin, values outside the range are clamped to the end bins (the range
 * always covers an activation's outputs, so clamping only catches rounding).
 */
public record Histogram(double lo, double hi, long[] counts) {

    public Histogram {
        if (!(lo < hi)) throw new IllegalArgumentException("histogram needs lo < hi, got " + lo + ", " + hi);
        if (counts.length == 0) throw new IllegalArgumentException("histogram needs at least one bin");
        counts = counts.clone();
    }

    /** Counts values[i] for every row of a matrix. */
    static Histogram of(double[][] values, double lo, double hi, int bins) {
        long[] counts = new long[bins];
        double scale = bins / (hi - lo);
        for (double[] row : values) {
            for (double v : row) {
                int b = (int) ((v - lo) * scale);
                counts[b < 0 ? 0 : Math.min(b, bins - 1)]++;
            }
        }
        return new Histogram(lo, hi, counts);
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    public int bins() {
        return counts.length;
    }

    public long count(int bin) {
        return counts[bin];
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    public double fraction(int bin) {
        long t = total();
        return t == 0 ? 0 : (double) counts[bin] / t;
    }

    public double binLow(int bin) {
        return lo + (hi - lo) * bin / counts.length;
    }

    public double binHigh(int bin) {
        return lo + (hi - lo) * (bin + 1) / counts.length;
    }

    public long maxCount() {
        return Arrays.stream(counts).max().orElse(0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && lo == h.lo && hi == h.hi && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lo) * 31 + Double.hashCode(hi) * 17 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[" + lo + ".." + hi + " " + Arrays.toString(counts) + "]";
    }
}
