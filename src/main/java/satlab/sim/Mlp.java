package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Activation;
import satlab.engine.Rng;

/**
 * The training playground's network: {@code layers} dense hidden layers and one
 * sigmoid output neuron, trained by mini-batch gradient descent on its data set.
 *
 * <p>Hidden layer l computes z = a·W + b, a' = f(z); the output is σ(a·w + b).
 * A step on a batch of B examples moves every weight by −η·∂C/∂w with C the
 * batch's mean cost: δ_out = ∂C/∂z_out (quadratic: (a − y)·σ'(z), cross-entropy:
 * a − y, which is the whole difference between the two), δ of the layer below =
 * (δ·Wᵀ) ⊙ f'(z), ∂C/∂W = aᵀ·δ. Matrices are arrays of rows for
 * {@link Dense}'s vectorised loops; each layer also keeps Wᵀ so the backward
 * pass is the same axpy loop.
 *
 * <p>An epoch allocates only its statistics: every batch, the test set's pass and
 * the decision regions' grid reuse work arrays kept here. The activations are
 * loops that C2 turns into SIMD code (no branch: see {@link #sigmoid}), the
 * exponentials included ({@link NegExp}, within two units in the last place of
 * Math.exp), and f' comes from the same exponential. The per-layer statistics,
 * saturation included, are summed per unit (column) over the epoch, which
 * vectorises too, and added up once in {@link #stats}. The products are summed in
 * the order they always were, so the network trains as the implementation it
 * replaced does to the last digits (MlpMatchesBaselineTest; bench/jmh
 * TrainingBenchmark times both).
 *
 * <p>Mutable and confined to one thread at a time: a screen keeps a {@link #copy}
 * as its snapshot and trains another copy on its worker. Weights follow from
 * {@code Rng.seedOf(seed, "mlp", layer)} and the order of the examples from
 * {@code (seed, "shuffle", epoch)}, so a run is the same on every machine with the
 * same {@link Products} (the Vector API's give the same sums whatever a machine's
 * vector width; they and Dense's agree to the last digits, which a chaotic net, as
 * relu with N(0, 1) at width 64 is, grows over many epochs), and two runs that
 * differ only in the init draw the same Gaussians, scaled.
 */
public final class Mlp {
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
    /** How the layers' matrix products are computed: the same sums either way, to the last digits. */
    private final Products products;
    private Buffers buffers;
    private Eval eval;

    private Mlp(TrainNetConfig config, Products products, DataSet train, DataSet test, double[][][] w, double[][] b,
            double[] wOut, double bOut, int epoch) {
        this.config = config;
        this.products = products;
        this.train = train;
        this.test = test;
        this.w = w;
        this.b = b;
        this.wOut = wOut;
        this.bOut = bOut;
        this.epoch = epoch;
        this.wt = new double[w.length][][];
        for (int l = 0; l < w.length; l++) wt[l] = Dense.transpose(w[l]);
    }

    /** The network at epoch 0, with its data drawn, computing with the fastest products this JVM has. */
    public static Mlp build(TrainNetConfig c) {
        return build(c, Products.best());
    }

    /** The network at epoch 0, with its data drawn, computing with the given products. */
    public static Mlp build(TrainNetConfig c, Products products) {
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
        return new Mlp(c, products, all.slice(0, c.points()), all.slice(c.points(), all.size()), w, b, wOut, 0, 0);
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
    public Mlp copy() {
        double[][][] w2 = new double[w.length][][];
        double[][] b2 = new double[b.length][];
        for (int l = 0; l < w.length; l++) {
            w2[l] = new double[w[l].length][];
            for (int k = 0; k < w[l].length; k++) w2[l][k] = w[l][k].clone();
            b2[l] = b[l].clone();
        }
        return new Mlp(config, products, train, test, w2, b2, wOut.clone(), bOut, epoch);
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
        Tally t = new Tally(config.layers(), config.width());
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
        Tally t = new Tally(config.layers(), config.width());
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
            double slope = l < L ? sum(t.unitSlope[l]) : t.outSlope;
            double activation = l < L ? sum(t.unitActivation[l]) : t.outActivation;
            double saturated = l < L ? sum(t.unitBeyond[l]) : t.outSaturated;
            layers.add(new EpochStats.Layer(l + 1, saturated / units, slope / units, activation / units,
                    t.gradNorm[l] / t.batches));
        }
        return new EpochStats(epoch, t.loss / t.examples, testFit[0], t.right / t.examples, testFit[1], eta, layers);
    }

    /** Mean cost and accuracy on a data set at the current weights. */
    double[] evaluate(DataSet d) {
        double loss = 0;
        double right = 0;
        double[][] points = d.points();
        double[] labels = d.labels();
        double[] z = outputs(points, points.length);
        for (int i = 0; i < points.length; i++) {
            double y = labels[i];
            loss += config.cost().value(z[i], y);
            if ((z[i] >= 0 ? 1 : 0) == y) right++;
        }
        return new double[] {loss / d.size(), right / d.size()};
    }

    /**
     * The output's pre-activation z for the first n rows of x, in blocks of {@link Eval#ROWS} rows through
     * the work arrays (each row's result is the same whatever block it falls in).
     */
    private double[] outputs(double[][] x, int n) {
        Eval ev = eval();
        double[] out = new double[n];
        for (int s = 0; s < n; s += Eval.ROWS) {
            int m = Math.min(Eval.ROWS, n - s);
            System.arraycopy(x, s, ev.inputs, 0, m);
            forwardOnly(ev, ev.inputs, m, out, s);
        }
        return out;
    }

    /** The hidden layers and the output's z for the first m rows of in, into out from index at. */
    private void forwardOnly(Eval ev, double[][] in, int m, double[] out, int at) {
        double[][] a = in;
        for (int l = 0; l < w.length; l++) {
            double[][] z = ev.layers[l];
            products.forward(a, w[l], b[l], z, m);
            for (int i = 0; i < m; i++) activate(config.activation(), z[i], z[i], null, ev.rows, 0, null, null, null);
            a = z;
        }
        int width = config.width();
        for (int i = 0; i < m; i++) out[at + i] = bOut + dot(a[i], wOut, width);
    }

    private Eval eval() {
        if (eval == null) eval = new Eval(config);
        return eval;
    }

    /**
     * P(class 1) on a grid over [x0, x1] × [y0, y1]: rows from the top (y1) down,
     * columns from x0, each sample at the centre of its cell.
     */
    public double[][] probabilities(int cols, int rows, double x0, double x1, double y0, double y1) {
        Eval ev = eval();
        int n = cols * rows;
        double[] z = new double[n];
        for (int s = 0; s < n; s += Eval.ROWS) {
            int m = Math.min(Eval.ROWS, n - s);
            for (int i = 0; i < m; i++) {
                int r = (s + i) / cols;
                int c = (s + i) % cols;
                ev.grid[i][0] = x0 + (c + 0.5) * (x1 - x0) / cols;
                ev.grid[i][1] = y1 - (r + 0.5) * (y1 - y0) / rows;
            }
            forwardOnly(ev, ev.grid, m, z, s);
        }
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
        int width = config.width();
        for (int l = 0; l < L; l++) {
            double[][] z = buf.a[l + 1];
            products.forward(buf.a[l], w[l], b[l], z, n);
            for (int i = 0; i < n; i++) {
                double[] row = z[i];
                activate(config.activation(), row, row, buf.slope[l][i], buf.rows, threshold, t.unitSlope[l],
                        t.unitActivation[l], t.unitBeyond[l]);
            }
            t.units[l] += (double) n * width;
        }
        // The output neuron and its δ = ∂C/∂z for the batch's mean cost.
        double[][] top = buf.a[L];
        double[] dOut = buf.dOut;
        double outSat = 0;
        double outSlope = 0;
        double outAct = 0;
        double outThreshold = Activation.SIGMOID.defaultThreshold();
        for (int i = 0; i < n; i++) {
            double z = bOut + dot(top[i], wOut, width);
            double y = buf.y[i];
            double a = Activation.sigmoid(z);
            t.loss += config.cost().value(z, y);
            if ((z >= 0 ? 1 : 0) == y) t.right++;
            dOut[i] = config.cost().dz(z, y) / n;
            if (Math.abs(z) > outThreshold) outSat++;
            outSlope += Activation.dsigmoid(z);
            outAct += a;
        }
        t.outSaturated += outSat;
        t.outSlope += outSlope;
        t.outActivation += outAct;
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
        t.gradNorm[L] += Math.sqrt(sumSquares(gOut, buf.squares));
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
            products.transposedTimes(below, d, g, n);
            t.gradNorm[l] += Math.sqrt(sumSquares(g, buf.squares));
            double[] gb = buf.gb[l];
            java.util.Arrays.fill(gb, 0);
            for (int i = 0; i < n; i++) {
                double[] di = d[i];
                for (int j = 0; j < gb.length; j++) gb[j] += di[j];
            }
            if (l > 0) {
                double[][] dn = buf.delta[l - 1];
                products.times(d, wt[l], dn, n);
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
            Dense.transposeInto(wl, wt[l]);
        }
    }

    /**
     * ∂C/∂θ of the mean cost over every training point, θ in the order of {@link #parameter}:
     * each hidden layer's weights row by row and then its biases, then the output's weights and bias.
     * For the gradient check, which compares it with finite differences.
     */
    double[] gradient() {
        Tally t = new Tally(config.layers(), config.width());
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

    /** 2¹⁰⁰⁰: a z of magnitude at least 2⁻¹⁰⁰⁰ times this is at least 1 in magnitude. */
    private static final double HUGE = 0x1p1000;

    /**
     * a = f(z) and, when slope is given, slope = f'(z); a may be z itself; rows is scratch as long as z.
     * With slope given, also adds unit by unit |f'| to unitSlope, a to unitActivation, and 1 to unitBeyond
     * where |z| is beyond the threshold (relu: where z ≤ 0, the unit is dead).
     */
    static void activate(Activation f, double[] z, double[] a, double[] slope, Rows rows, double threshold,
            double[] unitSlope, double[] unitActivation, double[] unitBeyond) {
        switch (f) {
            case SIGMOID -> sigmoid(z, a, slope, rows, threshold, unitSlope, unitActivation, unitBeyond);
            case TANH -> tanh(z, a, slope, rows, threshold, unitSlope, unitActivation, unitBeyond);
            case RELU -> relu(z, a, slope, unitSlope, unitActivation, unitBeyond);
        }
    }

    /**
     * 1 where |v| &gt; threshold, else 0, without a branch, so that the loop around it stays SIMD code: the
     * difference times 2¹⁰⁰⁰ is at least 1 when positive (a double above a threshold of the playground's
     * size is above it by far more than 2⁻¹⁰⁰⁰).
     */
    private static double beyond(double v, double threshold) {
        return Math.min(1.0, Math.max(0.0, (Math.abs(v) - threshold) * HUGE));
    }

    /**
     * σ(z) = q = 1/(1 + e) for z ≥ 0 and e·q below, e = exp(−|z|), σ' = e·q²: one exponential per unit
     * ({@link NegExp}), right for any z. Each step is a loop that C2 vectorises, so none has a branch: the
     * factor m is 1 for z ≥ 0 (z·2¹⁰⁰⁰ ≥ 1, or e = 1 exactly when z is that close to 0) and e for z &lt; 0,
     * so q·m is bit for bit the value the branch would give.
     */
    private static void sigmoid(double[] z, double[] a, double[] slope, Rows rows, double threshold,
            double[] unitSlope, double[] unitActivation, double[] unitBeyond) {
        int n = z.length;
        double[] exps = rows.exps;
        NegExp.ofAbs(z, 1, exps, rows.scale, n);
        if (slope == null) {
            for (int j = 0; j < n; j++) {
                double e = exps[j];
                double q = 1.0 / (1.0 + e);
                a[j] = q * Math.max(e, Math.min(1.0, z[j] * HUGE));
            }
            return;
        }
        tallyBeyond(z, threshold, unitBeyond);
        for (int j = 0; j < n; j++) {
            double v = z[j];
            double e = exps[j];
            double q = 1.0 / (1.0 + e);
            double out = q * Math.max(e, Math.min(1.0, v * HUGE));
            double d = e * q * q;
            slope[j] = d;
            a[j] = out;
            unitSlope[j] += d;
            unitActivation[j] += out;
        }
    }

    /** Adds 1 to unitBeyond[j] where |z[j]| is beyond the threshold: a loop of its own, so that it is SIMD code. */
    private static void tallyBeyond(double[] z, double threshold, double[] unitBeyond) {
        for (int j = 0; j < z.length; j++) unitBeyond[j] += beyond(z[j], threshold);
    }

    /**
     * tanh(z) = ±t, t = (1 − e)/(1 + e), e = exp(−2|z|), tanh' = 1 − t²: σ's scheme with the sign as a factor
     * (±1, or +0 at z = ±0 where t = 0, as the branch gives; below 2⁻¹⁰⁰⁰, e = 1 and t = 0 times the sign).
     */
    private static void tanh(double[] z, double[] a, double[] slope, Rows rows, double threshold,
            double[] unitSlope, double[] unitActivation, double[] unitBeyond) {
        int n = z.length;
        double[] exps = rows.exps;
        NegExp.ofAbs(z, 2, exps, rows.scale, n);
        if (slope != null) tallyBeyond(z, threshold, unitBeyond);
        for (int j = 0; j < n; j++) {
            double v = z[j];
            double e = exps[j];
            double t = (1 - e) / (1 + e);
            double out = t * Math.max(-1.0, Math.min(1.0, v * HUGE + 0.0));
            a[j] = out;
            if (slope != null) {
                double d = 1 - t * t;
                slope[j] = d;
                unitSlope[j] += d;
                unitActivation[j] += out;
            }
        }
    }

    /** Scratch rows for {@link #activate}, as long as a layer. */
    static final class Rows {
        final double[] exps;
        final double[] scale;

        Rows(int width) {
            exps = new double[width];
            scale = new double[width];
        }
    }

    private static void relu(double[] z, double[] a, double[] slope, double[] unitSlope, double[] unitActivation,
            double[] unitBeyond) {
        for (int j = 0; j < z.length; j++) {
            double v = z[j];
            boolean on = v > 0;
            double out = on ? v : 0;
            a[j] = out;
            if (slope != null) {
                double d = on ? 1 : 0;
                slope[j] = d;
                unitBeyond[j] += 1 - d;
                unitSlope[j] += d;
                unitActivation[j] += out;
            }
        }
    }

    private static double dot(double[] a, double[] b, int n) {
        double s = 0;
        for (int k = 0; k < n; k++) s += a[k] * b[k];
        return s;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    /** Σ v², summed per index into squares (scratch as long as v) so that it vectorises, then added up. */
    private static double sumSquares(double[] v, double[] squares) {
        for (int j = 0; j < v.length; j++) squares[j] = v[j] * v[j];
        return sum(squares, v.length);
    }

    /** Σ of every m[k][j]², per column first (vectorised), then over the columns. */
    private static double sumSquares(double[][] m, double[] squares) {
        int n = m[0].length;
        java.util.Arrays.fill(squares, 0, n, 0);
        for (double[] row : m) {
            for (int j = 0; j < n; j++) squares[j] += row[j] * row[j];
        }
        return sum(squares, n);
    }

    private static double sum(double[] v, int n) {
        double s = 0;
        for (int j = 0; j < n; j++) s += v[j];
        return s;
    }

    /** Work arrays for at least n examples: a batch's, or the whole set's for {@link #gradient}. */
    private Buffers buffers(int n) {
        if (buffers == null || buffers.y.length < n) buffers = new Buffers(config, Math.max(n, config.batch()));
        return buffers;
    }

    /** Work arrays for batches of up to as many examples as they were made for, kept between steps. */
    private static final class Buffers {
        /** a[0] = the inputs (rows point at the data set), a[l] = layer l's outputs. */
        final double[][][] a;
        final double[][][] slope;
        final double[][][] delta;
        /** Scratch for activating a row. */
        final Rows rows;
        /** Squares of a gradient's row, for its norm. */
        final double[] squares;
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
            rows = new Rows(width);
            squares = new double[width];
        }
    }

    /** Work arrays for forward passes without gradients (the test set, the decision regions' grid). */
    private static final class Eval {
        /** Rows per block: as many as {@link Dense#multiplyAddBlocked} keeps in the cache at once. */
        static final int ROWS = 32;
        /** Rows pointing at a block of the data set's points. */
        final double[][] inputs = new double[ROWS][];
        /** A block of the grid's points. */
        final double[][] grid = new double[ROWS][2];
        final double[][][] layers;
        final Rows rows;

        Eval(TrainNetConfig c) {
            layers = new double[c.layers()][ROWS][c.width()];
            rows = new Rows(c.width());
        }
    }

    /** Sums over an epoch's batches. Index l < layers is a hidden layer, index layers the output. */
    private static final class Tally {
        /**
         * Per unit of each hidden layer (index [l][j]), and the output's: how often it was beyond the
         * saturation threshold, Σ|f'| and Σa.
         */
        final double[][] unitBeyond;
        final double[][] unitSlope;
        final double[][] unitActivation;
        double outSaturated;
        double outSlope;
        double outActivation;
        final double[] units;
        final double[] gradNorm;
        double loss;
        double right;
        double examples;
        int batches;

        Tally(int layers, int width) {
            unitBeyond = new double[layers][width];
            unitSlope = new double[layers][width];
            unitActivation = new double[layers][width];
            units = new double[layers + 1];
            gradNorm = new double[layers + 1];
        }
    }
}
