package satlab.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import satlab.engine.Activation;
import satlab.engine.Rng;

/**
 * Pushes a batch of random inputs through a stack of randomly initialised dense
 * layers and measures, layer by layer, how far the neurons are driven into
 * saturation and how much gradient survives the way back.
 *
 * <p>Layer l computes z = a·W + b and a' = f(z). Weights, biases, inputs and the
 * upstream gradient each come from their own generator seeded with
 * {@code Rng.seedOf(seed, what, layer)}, so a setting that leaves a layer's
 * shape alone leaves its numbers alone, and the same config always gives the
 * same result.
 *
 * <p>Backward pass: the top layer receives ∂C/∂a = a random unit vector per
 * sample (a cost with no preferred direction); then δ = ∂C/∂a ⊙ f'(z) and
 * ∂C/∂a of the layer below = δ·Wᵀ. Per layer it reports the RMS of δ = ∂C/∂z and
 * the RMS of one sample's weight gradient ∂C/∂w_ij = a_i·δ_j (what one update
 * moves the layer's weights by), and the per-layer gain by which the layer above's
 * δ is multiplied on its way down, measured and as RMS(f'(z))·√(n_out·Var(w))
 * predicts it (Nielsen ch. 5's product, layer by layer).
 */
public final class Network {
    /** Rows per block between progress reports and cancellation checks. */
    private static final int ROW_BLOCK = 64;

    private Network() {}

    /** Runs on the calling thread without progress reports. */
    public static NetworkResult run(NetworkConfig config) {
        return run(config, Progress.none());
    }

    /**
     * Runs on the calling thread.
     *
     * @throws CancellationException if progress asks to stop or the thread is interrupted
     *     (the interrupt flag is left set)
     */
    public static NetworkResult run(NetworkConfig config, Progress progress) {
        return new Run(config, progress).execute();
    }

    /** Runs on an executor; {@code future.cancel(true)} stops it at the next block of rows. */
    public static Future<NetworkResult> submit(NetworkConfig config, ExecutorService executor, Progress progress) {
        return executor.submit(() -> run(config, progress));
    }

    /** Builds the weights the simulation uses for one layer: fanIn rows of width outgoing weights. */
    static double[][] weights(NetworkConfig c, int layer) {
        int fanIn = layer == 1 ? c.inputs() : c.width();
        Rng rng = new Rng(Rng.seedOf(c.seed(), "weights", layer));
        double[][] wt = new double[fanIn][c.width()];
        for (double[] row : wt) {
            for (int j = 0; j < row.length; j++) {
                row[j] = c.init().draw(rng, fanIn, c.width());
            }
        }
        return wt;
    }

    static double[][] inputs(NetworkConfig c) {
        Rng rng = new Rng(Rng.seedOf(c.seed(), "inputs"));
        double[][] x = new double[c.batch()][c.inputs()];
        for (double[] row : x) c.input().fill(row, rng);
        return x;
    }

    static double[] biases(NetworkConfig c, int layer) {
        Rng rng = new Rng(Rng.seedOf(c.seed(), "bias", layer));
        double[] b = new double[c.width()];
        for (int j = 0; j < b.length; j++) b[j] = c.bias().draw(rng);
        return b;
    }

    /** One execution: holds the per-layer matrices the backward pass needs. */
    private static final class Run {
        private final NetworkConfig c;
        private final Progress progress;
        private final long totalWork;
        private long done;

        Run(NetworkConfig c, Progress progress) {
            this.c = c;
            this.progress = progress;
            this.totalWork = 2L * c.layers() * c.batch();
        }

        NetworkResult execute() {
            int layers = c.layers();
            double[][][] weights = new double[layers][][];
            double[][][] slopes = new double[layers][][];
            Partial[] partial = new Partial[layers];

            double[][] a = inputs(c);
            double meanSquare = c.input().meanSquare();
            double[][] inputSquares = new double[layers][];
            for (int l = 1; l <= layers; l++) {
                inputSquares[l - 1] = rowSquares(a);
                // Layer 1 uses the inputs' exact moments, as the predicted sd does.
                double inputMean = l == 1 ? c.input().mean() : mean(a);
                double inputMeanSquare = meanSquare;
                double[][] wt = weights(c, l);
                stopIfCancelled();
                double[] b = biases(c, l);
                double[][] z = new double[c.batch()][c.width()];
                forward(a, wt, b, z);
                int fanIn = wt.length;
                double weightVariance = c.init().variance(fanIn, c.width());
                double predicted = Math.sqrt(fanIn * weightVariance * meanSquare + c.bias().variance());
                double[][] next = new double[c.batch()][c.width()];
                double[][] slope = new double[c.batch()][c.width()];
                Inputs in = new Inputs(fanIn, weightVariance, inputMean, inputMeanSquare);
                partial[l - 1] = measure(l, in, z, next, slope, predicted);
                meanSquare = meanSquare(next);
                weights[l - 1] = wt;
                slopes[l - 1] = slope;
                a = next;
            }

            double[][] gradients = backward(weights, slopes, inputSquares);
            List<LayerStats> out = new ArrayList<>(layers);
            // Layer l's gain: the factor between the RMS of δ above it and its own, measured and
            // as RMS(f')·√(n_out·Var(w)) predicts it (the two part when a few neurons carry it all).
            double nextVariance = c.init().variance(c.width(), c.width());
            double[] delta = gradients[0];
            for (int l = 0; l < layers; l++) {
                boolean top = l + 1 == layers;
                double gain = top ? Double.NaN : delta[l + 1] > 0 ? delta[l] / delta[l + 1] : 0;
                double predictedGain = top ? Double.NaN : partial[l].slopeRms() * Math.sqrt(c.width() * nextVariance);
                out.add(partial[l].complete(delta[l], gradients[1][l], gain, predictedGain));
            }
            return new NetworkResult(c, out);
        }

        private void forward(double[][] a, double[][] wt, double[] b, double[][] z) {
            for (int r0 = 0; r0 < a.length; r0 += ROW_BLOCK) {
                int r1 = Math.min(a.length, r0 + ROW_BLOCK);
                Dense.forward(Arrays.copyOfRange(a, r0, r1), wt, b, Arrays.copyOfRange(z, r0, r1));
                advance(r1 - r0);
            }
        }

        /**
         * The RMS of δ = ∂C/∂z (row 0) and of one sample's weight gradient a_i·δ_j
         * (row 1) per layer: Σ_ij (a_i·δ_j)² = ‖a‖²·‖δ‖² per sample.
         */
        private double[][] backward(double[][][] weights, double[][][] slopes, double[][] inputSquares) {
            int layers = c.layers();
            double[] deltaRms = new double[layers];
            double[] weightRms = new double[layers];
            double[][] g = upstream();
            for (int l = layers; l >= 1; l--) {
                double[][] slope = slopes[l - 1];
                double[] aSq = inputSquares[l - 1];
                double deltaSum = 0;
                double weightSum = 0;
                for (int i = 0; i < g.length; i++) {
                    double[] gi = g[i];
                    double[] si = slope[i];
                    double sq = 0;
                    for (int j = 0; j < gi.length; j++) {
                        gi[j] *= si[j];
                        sq += gi[j] * gi[j];
                    }
                    deltaSum += sq;
                    weightSum += sq * aSq[i];
                }
                int fanIn = l == 1 ? c.inputs() : c.width();
                deltaRms[l - 1] = Math.sqrt(deltaSum / ((double) g.length * c.width()));
                weightRms[l - 1] = Math.sqrt(weightSum / ((double) g.length * c.width() * fanIn));
                slopes[l - 1] = null;
                if (l > 1) {
                    double[][] w = Dense.transpose(weights[l - 1]);
                    weights[l - 1] = null;
                    double[][] below = new double[c.batch()][w[0].length];
                    for (int r0 = 0; r0 < g.length; r0 += ROW_BLOCK) {
                        int r1 = Math.min(g.length, r0 + ROW_BLOCK);
                        Dense.multiplyAdd(Arrays.copyOfRange(g, r0, r1), w, Arrays.copyOfRange(below, r0, r1));
                        advance(r1 - r0);
                    }
                    g = below;
                } else {
                    advance(c.batch());
                }
            }
            return new double[][] {deltaRms, weightRms};
        }

        private double[][] upstream() {
            Rng rng = new Rng(Rng.seedOf(c.seed(), "upstream"));
            double[][] g = new double[c.batch()][c.width()];
            for (double[] row : g) {
                double sq = 0;
                for (int j = 0; j < row.length; j++) {
                    row[j] = rng.nextGaussian();
                    sq += row[j] * row[j];
                }
                double inv = 1.0 / Math.sqrt(sq);
                for (int j = 0; j < row.length; j++) row[j] *= inv;
            }
            return g;
        }

        private void advance(long rows) {
            stopIfCancelled();
            done += rows;
            progress.update(done, totalWork);
        }

        private void stopIfCancelled() {
            if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("network simulation cancelled");
            }
        }

        /** Applies the activation (into a and slope) and measures everything but the backward pass. */
        private Partial measure(int layer, Inputs in, double[][] z, double[][] a, double[][] slope, double predicted) {
            Activation f = c.activation();
            boolean relu = f == Activation.RELU;
            boolean sigmoid = f == Activation.SIGMOID;
            double shift = c.centred() ? 0.5 : 0.0;
            double t = c.saturationThreshold();
            long n = (long) z.length * c.width();
            double zSum = 0;
            double aSum = 0;
            double gradSum = 0;
            double gradSquares = 0;
            double aMax = 0;
            long saturated = 0;
            for (int i = 0; i < z.length; i++) {
                double[] zi = z[i];
                double[] ai = a[i];
                double[] si = slope[i];
                for (int j = 0; j < zi.length; j++) {
                    double v = zi[j];
                    double out;
                    double d;
                    if (sigmoid) {
                        // σ and σ' from one exponential, the same formulas as Activation's.
                        double e = Math.exp(-Math.abs(v));
                        double q = 1.0 + e;
                        out = (v >= 0 ? 1.0 / q : e / q) - shift;
                        d = e / (q * q);
                    } else {
                        out = f.apply(v);
                        d = f.derivative(v);
                    }
                    ai[j] = out;
                    si[j] = d;
                    zSum += v;
                    aSum += out;
                    gradSum += Math.abs(d);
                    gradSquares += d * d;
                    aMax = Math.max(aMax, out);
                    if (relu ? v <= 0 : Math.abs(v) > t) saturated++;
                }
            }
            double zMean = zSum / n;
            double aMean = aSum / n;
            double zSd = sd(z, zMean, n);
            double aSd = sd(a, aMean, n);
            double expected = relu
                    ? (zSd == 0 ? (zMean <= 0 ? 1 : 0) : 0.5 * Gaussian.erfc(zMean / (zSd * Math.sqrt(2))))
                    : Gaussian.twoSidedTail(t, zMean, zSd);
            Histogram h = Histogram.of(a, lowEnd(c), highEnd(c, aMax), c.bins());
            return new Partial(layer, in, zMean, zSd, predicted, aMean, aSd, (double) saturated / n, expected, h,
                    gradSum / n, Math.sqrt(gradSquares / n));
        }

        /** Σ a² of each row. */
        private static double[] rowSquares(double[][] m) {
            double[] out = new double[m.length];
            for (int i = 0; i < m.length; i++) {
                double sq = 0;
                for (double v : m[i]) sq += v * v;
                out[i] = sq;
            }
            return out;
        }

        private static double mean(double[][] m) {
            double sum = 0;
            long n = 0;
            for (double[] row : m) {
                for (double v : row) sum += v;
                n += row.length;
            }
            return sum / n;
        }

        private static double mean(double[] v) {
            double sum = 0;
            for (double x : v) sum += x;
            return sum / v.length;
        }

        private static double sd(double[][] m, double mean, long n) {
            double sq = 0;
            for (double[] row : m) {
                for (double v : row) {
                    double d = v - mean;
                    sq += d * d;
                }
            }
            return Math.sqrt(sq / n);
        }

        private static double meanSquare(double[][] m) {
            double sq = 0;
            long n = 0;
            for (double[] row : m) {
                for (double v : row) sq += v * v;
                n += row.length;
            }
            return sq / n;
        }
    }

    /** The low end of the activations' range: −1 for tanh, −0.5 for the centred sigmoid, else 0. */
    static double lowEnd(NetworkConfig c) {
        if (c.activation() == Activation.TANH) return -1.0;
        return c.centred() ? -0.5 : 0.0;
    }

    static double highEnd(NetworkConfig c, double observedMax) {
        if (c.activation() != Activation.RELU) return c.centred() ? 0.5 : 1.0;
        return observedMax > 0 ? observedMax : 1.0;
    }

    /** What feeds a layer: its fan-in, the init's Var(w), and E[a], E[a²] of its inputs. */
    private record Inputs(int fanIn, double weightVariance, double mean, double meanSquare) {}

    private record Partial(int layer, Inputs in, double zMean, double zSd, double predicted, double aMean, double aSd,
                           double saturated, double expected, Histogram histogram, double meanAbsGradient,
                           double slopeRms) {
        LayerStats complete(double deltaRms, double weightGradientRms, double gain, double predictedGain) {
            return new LayerStats(layer, in.fanIn(), in.weightVariance(), in.mean(), in.meanSquare(), zMean, zSd,
                    predicted, aMean, aSd, saturated, expected, histogram, meanAbsGradient, slopeRms, gain,
                    predictedGain, deltaRms, weightGradientRms);
        }
    }
}
