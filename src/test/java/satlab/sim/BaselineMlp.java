package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Activation;
import satlab.engine.Rng;

/**
 * The training playground's network as it was before the epoch was made fast (commit 13ca135's
 * {@code Mlp} and {@code Dense}, frozen): the reference {@link MlpMatchesBaselineTest} compares
 * {@link Mlp} with, and the baseline {@code bench/jmh TrainingBenchmark} times beside it.
 * Not used by the product.
 */
public final class BaselineMlp {
    private final TrainNetConfig config;
    private final DataSet train;
    private final DataSet test;
    /** w[l][k][j]: from unit k of layer l (0 = the input) to unit j of layer l + 1. */
    private final double[][][] w;
    private final double[][][] wt;
    private final double[][] b;
    private final double[] wOut;
    private double bOut;
    private int epoch;
    private Buffers full;
    private Buffers tail;

    private BaselineMlp(TrainNetConfig config, DataSet train, DataSet test, double[][][] w, double[][] b, double[] wOut,
            double bOut, int epoch) {
        this.config = config;
        this.train = train;
        this.test = test;
        this.w = w;
        this.b = b;
        this.wOut = wOut;
        this.bOut = bOut;
        this.epoch = epoch;
        this.wt = new double[w.length][][];
        for (int l = 0; l < w.length; l++) wt[l] = OldDense.transpose(w[l]);
    }

    /** The network at epoch 0, with its data drawn. */
    public static BaselineMlp build(TrainNetConfig c) {
        DataSet all = DataSet.generate(c.data(), c.points() + c.testPoints(), c.noise(), c.seed());
        int L = c.layers();
        double[][][] w = new double[L][][];
        double[][] b = new double[L][c.width()];
        for (int l = 0; l < L; l++) {
            int fanIn = l == 0 ? 2 : c.width();
            w[l] = draw(c, l + 1, fanIn, c.width());
        }
        double[][] out = draw(c, L + 1, c.width(), 1);
        double[] wOut = new double[c.width()];
        for (int k = 0; k < wOut.length; k++) wOut[k] = out[k][0];
        return new BaselineMlp(c, all.slice(0, c.points()), all.slice(c.points(), all.size()), w, b, wOut, 0, 0);
    }

    private static double[][] draw(TrainNetConfig c, int layer, int fanIn, int fanOut) {
        Rng rng = new Rng(Rng.seedOf(c.seed(), "mlp", layer));
        double[][] m = new double[fanIn][fanOut];
        for (double[] row : m) {
            for (int j = 0; j < fanOut; j++) row[j] = c.scale() * c.init().draw(rng, fanIn, fanOut);
        }
        return m;
    }

    /** An independent network with the same weights, data and epoch. */
    public BaselineMlp copy() {
        double[][][] w2 = new double[w.length][][];
        double[][] b2 = new double[b.length][];
        for (int l = 0; l < w.length; l++) {
            w2[l] = new double[w[l].length][];
            for (int k = 0; k < w[l].length; k++) w2[l][k] = w[l][k].clone();
            b2[l] = b[l].clone();
        }
        return new BaselineMlp(config, train, test, w2, b2, wOut.clone(), bOut, epoch);
    }

    public TrainNetConfig config() {
        return config;
    }

    public DataSet train() {
        return train;
    }

    public DataSet test() {
        return test;
    }

    /** Half the side of a square around the origin that holds every point, a little margin included. */
    public double extent() {
        double m = 1;
        for (DataSet d : new DataSet[] {train, test}) {
            for (int i = 0; i < d.size(); i++) m = Math.max(m, Math.max(Math.abs(d.x(i)), Math.abs(d.y(i))));
        }
        return Math.ceil(m * 1.05 * 10) / 10;
    }

    /** Epochs trained so far. */
    public int epoch() {
        return epoch;
    }

    /** The statistics at the current weights without changing them: epoch 0's row. */
    public EpochStats measure() {
        Tally t = new Tally(config.layers());
        for (int s = 0; s < train.size(); s += config.batch()) {
            int e = Math.min(train.size(), s + config.batch());
            pass(null, s, e, t, 0);
        }
        return stats(t, config.eta());
    }

    /**
     * Trains one epoch with learning rate eta: the examples in a fresh order, one
     * step per mini-batch.
     */
    public EpochStats epoch(double eta) {
        int n = train.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Rng rng = new Rng(Rng.seedOf(config.seed(), "shuffle", epoch + 1));
        for (int i = n - 1; i > 0; i--) {
            int j = (int) (rng.nextDouble() * (i + 1));
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        Tally t = new Tally(config.layers());
        for (int s = 0; s < n; s += config.batch()) {
            pass(order, s, Math.min(n, s + config.batch()), t, eta);
        }
        epoch++;
        return stats(t, eta);
    }

    private EpochStats stats(Tally t, double eta) {
        double[] testFit = evaluate(test);
        int L = config.layers();
        List<EpochStats.Layer> layers = new ArrayList<>(L + 1);
        for (int l = 0; l <= L; l++) {
            double units = t.units[l];
            layers.add(new EpochStats.Layer(l + 1, t.saturated[l] / units, t.slope[l] / units,
                    t.activation[l] / units, t.gradNorm[l] / t.batches));
        }
        return new EpochStats(epoch, t.loss / t.examples, testFit[0], t.right / t.examples, testFit[1], eta, layers);
    }

    /** Mean cost and accuracy on a data set at the current weights. */
    double[] evaluate(DataSet d) {
        double loss = 0;
        double right = 0;
        int bs = Math.max(1, Math.min(256, d.size()));
        for (int s = 0; s < d.size(); s += bs) {
            int e = Math.min(d.size(), s + bs);
            double[][] x = new double[e - s][];
            for (int i = s; i < e; i++) x[i - s] = d.points()[i];
            double[] z = outputs(x);
            for (int i = 0; i < z.length; i++) {
                double y = d.labels()[s + i];
                loss += config.cost().value(z[i], y);
                if ((z[i] >= 0 ? 1 : 0) == y) right++;
            }
        }
        return new double[] {loss / d.size(), right / d.size()};
    }

    /** The output's pre-activation z for each row of x (no statistics, no buffers shared). */
    double[] outputs(double[][] x) {
        double[][] a = x;
        for (int l = 0; l < w.length; l++) {
            double[][] z = new double[a.length][config.width()];
            OldDense.forward(a, w[l], b[l], z);
            for (double[] row : z) activate(config.activation(), row, row, null, 0, null);
            a = z;
        }
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = bOut + dot(a[i], wOut);
        return out;
    }

    /**
     * P(class 1) on a grid over [x0, x1] × [y0, y1]: rows from the top (y1) down,
     * columns from x0, each sample at the centre of its cell.
     */
    public double[][] probabilities(int cols, int rows, double x0, double x1, double y0, double y1) {
        double[][] pts = new double[cols * rows][2];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                pts[r * cols + c][0] = x0 + (c + 0.5) * (x1 - x0) / cols;
                pts[r * cols + c][1] = y1 - (r + 0.5) * (y1 - y0) / rows;
            }
        }
        double[] z = outputs(pts);
        double[][] p = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) p[r][c] = Activation.sigmoid(z[r * cols + c]);
        }
        return p;
    }

    /**
     * Forward and backward over examples [s, e) (through order, if given), tallying
     * the statistics; with eta > 0 the weights then take the step.
     */
    private void pass(int[] order, int s, int e, Tally t, double eta) {
        int n = e - s;
        Buffers buf = buffers(n);
        int L = config.layers();
        double[][] x = buf.a[0];
        for (int i = 0; i < n; i++) {
            int idx = order == null ? s + i : order[s + i];
            x[i] = train.points()[idx];
            buf.y[i] = train.labels()[idx];
        }
        double threshold = config.saturationThreshold();
        for (int l = 0; l < L; l++) {
            double[][] z = buf.a[l + 1];
            OldDense.forward(buf.a[l], w[l], b[l], z);
            double[] sums = buf.sums;
            java.util.Arrays.fill(sums, 0);
            for (int i = 0; i < n; i++) {
                double[] row = z[i];
                activate(config.activation(), row, row, buf.slope[l][i], threshold, sums);
            }
            t.saturated[l] += sums[0];
            t.slope[l] += sums[1];
            t.activation[l] += sums[2];
            t.units[l] += (double) n * config.width();
        }
        // The output neuron and its δ = ∂C/∂z for the batch's mean cost.
        double[][] top = buf.a[L];
        double[] dOut = buf.dOut;
        double outSat = 0;
        double outSlope = 0;
        double outAct = 0;
        double outThreshold = Activation.SIGMOID.defaultThreshold();
        for (int i = 0; i < n; i++) {
            double z = bOut + dot(top[i], wOut);
            double y = buf.y[i];
            double a = Activation.sigmoid(z);
            t.loss += config.cost().value(z, y);
            if ((z >= 0 ? 1 : 0) == y) t.right++;
            dOut[i] = config.cost().dz(z, y) / n;
            if (Math.abs(z) > outThreshold) outSat++;
            outSlope += Activation.dsigmoid(z);
            outAct += a;
        }
        t.saturated[L] += outSat;
        t.slope[L] += outSlope;
        t.activation[L] += outAct;
        t.units[L] += n;
        t.examples += n;
        t.batches++;

        // Backward: the output's weights, then δ for the top hidden layer.
        double[] gOut = buf.gOut;
        java.util.Arrays.fill(gOut, 0);
        double gbOut = 0;
        for (int i = 0; i < n; i++) {
            double d = dOut[i];
            gbOut += d;
            double[] ai = top[i];
            for (int k = 0; k < gOut.length; k++) gOut[k] += d * ai[k];
        }
        buf.gbOut = gbOut;
        t.gradNorm[L] += Math.sqrt(sumSquares(gOut));
        double[][] delta = buf.delta[L - 1];
        for (int i = 0; i < n; i++) {
            double d = dOut[i];
            double[] di = delta[i];
            double[] si = buf.slope[L - 1][i];
            for (int k = 0; k < di.length; k++) di[k] = d * wOut[k] * si[k];
        }
        for (int l = L - 1; l >= 0; l--) {
            double[][] d = buf.delta[l];
            double[][] below = buf.a[l];
            double[][] g = buf.gW[l];
            for (double[] row : g) java.util.Arrays.fill(row, 0);
            OldDense.multiplyAddTransposed(below, d, g);
            double sq = 0;
            for (double[] row : g) sq += sumSquares(row);
            t.gradNorm[l] += Math.sqrt(sq);
            double[] gb = buf.gb[l];
            java.util.Arrays.fill(gb, 0);
            for (double[] di : d) for (int j = 0; j < gb.length; j++) gb[j] += di[j];
            if (l > 0) {
                double[][] dn = buf.delta[l - 1];
                for (double[] row : dn) java.util.Arrays.fill(row, 0);
                OldDense.multiplyAdd(d, wt[l], dn);
                for (int i = 0; i < n; i++) {
                    double[] row = dn[i];
                    double[] si = buf.slope[l - 1][i];
                    for (int k = 0; k < row.length; k++) row[k] *= si[k];
                }
            }
        }
        if (eta <= 0) return;
        for (int k = 0; k < wOut.length; k++) wOut[k] -= eta * gOut[k];
        bOut -= eta * gbOut;
        for (int l = 0; l < L; l++) {
            double[][] wl = w[l];
            double[][] g = buf.gW[l];
            for (int k = 0; k < wl.length; k++) {
                double[] row = wl[k];
                double[] gr = g[k];
                for (int j = 0; j < row.length; j++) row[j] -= eta * gr[j];
            }
            double[] bl = b[l];
            double[] gb = buf.gb[l];
            for (int j = 0; j < bl.length; j++) bl[j] -= eta * gb[j];
            OldDense.transposeInto(wl, wt[l]);
        }
    }

    /**
     * ∂C/∂θ of the mean cost over every training point, θ in the order of {@link #parameter}:
     * each hidden layer's weights row by row and then its biases, then the output's weights and bias.
     * For the gradient check, which compares it with finite differences.
     */
    double[] gradient() {
        Tally t = new Tally(config.layers());
        pass(null, 0, train.size(), t, 0);
        Buffers buf = buffers(train.size());
        double[] out = new double[parameters()];
        int i = 0;
        for (int l = 0; l < w.length; l++) {
            for (double[] row : buf.gW[l]) for (double v : row) out[i++] = v;
            for (double v : buf.gb[l]) out[i++] = v;
        }
        for (double v : buf.gOut) out[i++] = v;
        out[i] = buf.gbOut;
        return out;
    }

    int parameters() {
        int n = 0;
        for (int l = 0; l < w.length; l++) n += w[l].length * w[l][0].length + b[l].length;
        return n + wOut.length + 1;
    }

    /** Adds delta to parameter i (the order of {@link #gradient}). */
    void nudge(int i, double delta) {
        for (int l = 0; l < w.length; l++) {
            int size = w[l].length * w[l][0].length;
            if (i < size) {
                int k = i / w[l][0].length;
                int j = i % w[l][0].length;
                w[l][k][j] += delta;
                wt[l][j][k] = w[l][k][j];
                return;
            }
            i -= size;
            if (i < b[l].length) {
                b[l][i] += delta;
                return;
            }
            i -= b[l].length;
        }
        if (i < wOut.length) wOut[i] += delta;
        else bOut += delta;
    }

    /** The mean cost over the training points. */
    double trainingLoss() {
        return evaluate(train)[0];
    }

    /**
     * a = f(z) and, when slope is given, slope = f'(z); a may be z itself. With sums given, adds
     * to them the units beyond the threshold (relu: z ≤ 0), Σ|f'| and Σa, in one pass.
     */
    static void activate(Activation f, double[] z, double[] a, double[] slope, double threshold, double[] sums) {
        double sat = 0;
        double slopes = 0;
        double outs = 0;
        switch (f) {
            case SIGMOID -> {
                for (int j = 0; j < z.length; j++) {
                    double v = z[j];
                    double abs = Math.abs(v);
                    double e = Math.exp(-abs);
                    double q = 1.0 / (1.0 + e);
                    double out = v >= 0 ? q : e * q;
                    double d = e * q * q;
                    if (slope != null) slope[j] = d;
                    a[j] = out;
                    sat += abs > threshold ? 1 : 0;
                    slopes += d;
                    outs += out;
                }
            }
            case TANH -> {
                // tanh(z) = 2σ(2z) − 1 from one exponential; tanh' = 1 − tanh².
                for (int j = 0; j < z.length; j++) {
                    double v = z[j];
                    double abs = Math.abs(v);
                    double e = Math.exp(-2 * abs);
                    double t = (1 - e) / (1 + e);
                    double out = v >= 0 ? t : -t;
                    double d = 1 - t * t;
                    if (slope != null) slope[j] = d;
                    a[j] = out;
                    sat += abs > threshold ? 1 : 0;
                    slopes += d;
                    outs += out;
                }
            }
            case RELU -> {
                for (int j = 0; j < z.length; j++) {
                    double v = z[j];
                    double d = v > 0 ? 1 : 0;
                    if (slope != null) slope[j] = d;
                    double out = v > 0 ? v : 0;
                    a[j] = out;
                    sat += 1 - d;
                    slopes += d;
                    outs += out;
                }
            }
        }
        if (sums != null) {
            sums[0] += sat;
            sums[1] += slopes;
            sums[2] += outs;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) s += a[k] * b[k];
        return s;
    }

    private static double sumSquares(double[] v) {
        double s = 0;
        for (double x : v) s += x * x;
        return s;
    }

    private Buffers buffers(int n) {
        if (n == config.batch()) {
            if (full == null) full = new Buffers(config, n);
            return full;
        }
        if (tail == null || tail.y.length != n) tail = new Buffers(config, n);
        return tail;
    }

    /** Work arrays for one batch size, kept between steps so an epoch allocates nothing. */
    private static final class Buffers {
        /** a[0] = the inputs (rows point at the data set), a[l] = layer l's outputs. */
        final double[][][] a;
        final double[][][] slope;
        final double[][][] delta;
        /** Saturated units, Σ|f'| and Σa of the layer being activated. */
        final double[] sums = new double[3];
        final double[][][] gW;
        final double[][] gb;
        final double[] gOut;
        double gbOut;
        final double[] dOut;
        final double[] y;

        Buffers(TrainNetConfig c, int n) {
            int L = c.layers();
            int width = c.width();
            a = new double[L + 1][][];
            a[0] = new double[n][];
            slope = new double[L][n][width];
            delta = new double[L][n][width];
            gW = new double[L][][];
            gb = new double[L][width];
            for (int l = 0; l < L; l++) {
                a[l + 1] = new double[n][width];
                int fanIn = l == 0 ? 2 : width;
                gW[l] = new double[fanIn][width];
            }
            gOut = new double[width];
            dOut = new double[n];
            y = new double[n];
        }
    }

    /** Sums over an epoch's batches. Index l < layers is a hidden layer, index layers the output. */
    private static final class Tally {
        final double[] saturated;
        final double[] slope;
        final double[] activation;
        final double[] units;
        final double[] gradNorm;
        double loss;
        double right;
        double examples;
        int batches;

        Tally(int layers) {
            saturated = new double[layers + 1];
            slope = new double[layers + 1];
            activation = new double[layers + 1];
            units = new double[layers + 1];
            gradNorm = new double[layers + 1];
        }
    }

    static final class OldDense {

        private OldDense() {}

        /**
         * out[i][j] = bias[j] + Σ_k in[i][k] · wt[k][j].
         *
         * @param in batch rows of length inner
         * @param wt inner rows of length cols: row k holds the weights leaving input k
         * @param bias cols entries
         * @param out batch rows of length cols, overwritten
         */
        static void forward(double[][] in, double[][] wt, double[] bias, double[][] out) {
            for (double[] row : out) {
                System.arraycopy(bias, 0, row, 0, bias.length);
            }
            multiplyAdd(in, wt, out);
        }

        /** out[i] += Σ_k left[i][k] · right[k] (right's rows are as long as out's). */
        static void multiplyAdd(double[][] left, double[][] right, double[][] out) {
            int inner = right.length;
            for (int i = 0; i < out.length; i++) {
                double[] o = out[i];
                double[] a = left[i];
                int k = 0;
                for (; k + 4 <= inner; k += 4) {
                    addFour(o, a[k], right[k], a[k + 1], right[k + 1], a[k + 2], right[k + 2], a[k + 3], right[k + 3]);
                }
                for (; k < inner; k++) {
                    addOne(o, a[k], right[k]);
                }
            }
        }

        private static void addFour(double[] o, double s0, double[] r0, double s1, double[] r1,
                                    double s2, double[] r2, double s3, double[] r3) {
            for (int j = 0; j < o.length; j++) {
                o[j] += s0 * r0[j] + s1 * r1[j] + s2 * r2[j] + s3 * r3[j];
            }
        }

        private static void addOne(double[] o, double s, double[] r) {
            for (int j = 0; j < o.length; j++) {
                o[j] += s * r[j];
            }
        }

        /**
         * out[k] += Σ_i left[i][k] · right[i]: leftᵀ·right without building the transpose (a layer's weight
         * gradient aᵀ·δ). The same axpy loop as {@link #multiplyAdd}, four rows of right per pass.
         */
        static void multiplyAddTransposed(double[][] left, double[][] right, double[][] out) {
            int n = right.length;
            for (int k = 0; k < out.length; k++) {
                double[] o = out[k];
                int i = 0;
                for (; i + 4 <= n; i += 4) {
                    addFour(o, left[i][k], right[i], left[i + 1][k], right[i + 1], left[i + 2][k], right[i + 2],
                            left[i + 3][k], right[i + 3]);
                }
                for (; i < n; i++) {
                    addOne(o, left[i][k], right[i]);
                }
            }
        }

        /** Writes the transpose of m into t (cols × rows), in tiles so both sides stay in cache. */
        static void transposeInto(double[][] m, double[][] t) {
            int rows = m.length;
            int cols = rows == 0 ? 0 : m[0].length;
            final int tile = 16;
            for (int r0 = 0; r0 < rows; r0 += tile) {
                int r1 = Math.min(rows, r0 + tile);
                for (int c0 = 0; c0 < cols; c0 += tile) {
                    int c1 = Math.min(cols, c0 + tile);
                    for (int c = c0; c < c1; c++) {
                        double[] dst = t[c];
                        for (int r = r0; r < r1; r++) dst[r] = m[r][c];
                    }
                }
            }
        }

        /** The transpose of a rows × cols matrix, walked in tiles so both sides stay in cache. */
        static double[][] transpose(double[][] m) {
            int rows = m.length;
            int cols = rows == 0 ? 0 : m[0].length;
            double[][] t = new double[cols][rows];
            final int tile = 32;
            for (int r0 = 0; r0 < rows; r0 += tile) {
                int r1 = Math.min(rows, r0 + tile);
                for (int c0 = 0; c0 < cols; c0 += tile) {
                    int c1 = Math.min(cols, c0 + tile);
                    for (int r = r0; r < r1; r++) {
                        double[] src = m[r];
                        for (int c = c0; c < c1; c++) {
                            t[c][r] = src[c];
                        }
                    }
                }
            }
            return t;
        }
    }
}
