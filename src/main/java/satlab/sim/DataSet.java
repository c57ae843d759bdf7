package satlab.sim;

import satlab.engine.Rng;

/**
 * Labelled points in the plane, generated from a seed so every machine draws the
 * same ones. Not copied on the way out: the arrays are read, never written, by
 * the trainer and the views.
 */
public final class DataSet {
    private final double[][] points;
    private final double[] labels;

    private DataSet(double[][] points, double[] labels) {
        this.points = points;
        this.labels = labels;
    }

    public int size() {
        return labels.length;
    }

    public double x(int i) {
        return points[i][0];
    }

    public double y(int i) {
        return points[i][1];
    }

    /** 0 or 1. */
    public double label(int i) {
        return labels[i];
    }

    double[][] points() {
        return points;
    }

    double[] labels() {
        return labels;
    }

    /**
     * n points of the kind, alternately of class 0 and 1, with Gaussian noise of sd
     * {@code noise} added to every coordinate (the blobs' own spread grows with it).
     */
    public static DataSet generate(DataKind kind, int n, double noise, long seed) {
        Rng rng = new Rng(Rng.seedOf(seed, "data", kind.spec()));
        double[][] p = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            y[i] = label;
            double px;
            double py;
            switch (kind) {
                case BLOBS -> {
                    double c = label == 1 ? 0.5 : -0.5;
                    double sd = 0.25 + noise;
                    px = c + sd * rng.nextGaussian();
                    py = c + sd * rng.nextGaussian();
                }
                case XOR -> {
                    // Keep a small margin off the axes, as the playground does, so the classes touch only by noise.
                    double ax = rng.uniform(0.05, 1.0);
                    double ay = rng.uniform(0.05, 1.0);
                    boolean flipX = rng.nextDouble() < 0.5;
                    px = flipX ? -ax : ax;
                    py = (label == 1) == flipX ? -ay : ay;
                }
                case CIRCLES -> {
                    double r = label == 1 ? rng.uniform(0, 0.45) : rng.uniform(0.65, 1.0);
                    double angle = rng.uniform(0, 2 * Math.PI);
                    px = r * Math.cos(angle);
                    py = r * Math.sin(angle);
                }
                case SPIRALS -> {
                    double t = rng.uniform(0.05, 1.0);
                    double angle = 3 * Math.PI * t + (label == 1 ? Math.PI : 0);
                    px = t * Math.cos(angle);
                    py = t * Math.sin(angle);
                }
                default -> throw new IllegalStateException(kind.name());
            }
            if (kind != DataKind.BLOBS) {
                px += noise * rng.nextGaussian();
                py += noise * rng.nextGaussian();
            }
            p[i][0] = px;
            p[i][1] = py;
        }
        return new DataSet(p, y);
    }

    /** Points [from, to). */
    public DataSet slice(int from, int to) {
        double[][] p = new double[to - from][];
        double[] y = new double[to - from];
        for (int i = from; i < to; i++) {
            p[i - from] = points[i];
            y[i - from] = labels[i];
        }
        return new DataSet(p, y);
    }
}
