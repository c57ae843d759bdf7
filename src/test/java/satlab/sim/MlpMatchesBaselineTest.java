package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import satlab.engine.Activation;

/**
 * The fast {@link Mlp} trains the same network as the implementation it replaced ({@link BaselineMlp}),
 * epoch after epoch, for every activation, both costs, batches that do and do not divide the data, widths
 * that are and are not multiples of the loops' four: the same accuracies, and losses, decision regions,
 * gradients and per-layer statistics that agree to the last few digits. Not bit for bit: its exponential
 * ({@link NegExp}) may differ from Math.exp's in the last place or two, and it sums the statistics in
 * another order; and with {@link VectorProducts} the products are fused multiply-adds.
 */
class MlpMatchesBaselineTest {

    /** How closely the figures must agree, relative: set by each test for the products it runs. */
    private double tolerance;

    /**
     * activation, cost, layers, width, batch, init, scale, and the epochs to compare with fused multiply-adds:
     * six, but one for the relu net whose activations grow eightfold a layer (N(0, 1), 64 wide), which is
     * chaotic: any change in the last digits, fused rounding included, grows a hundredfold an epoch there.
     */
    private static final String[] SPECS = {
        "sigmoid cross-entropy 4 64 32 xavier 1 6",
        "sigmoid quadratic 2 32 32 normal 4 6",
        "sigmoid quadratic 3 7 10 normal 1 6",
        "tanh cross-entropy 3 16 24 xavier 2 6",
        "tanh quadratic 1 5 7 normal 8 6",
        "relu cross-entropy 2 13 32 he 1 6",
        "relu quadratic 4 64 100 normal 1 1"};

    /** Every network both ways: with Dense's loops, and with the Vector API's products. */
    static Stream<Arguments> networks() {
        Products vector = Products.choose(true);
        return Stream.of(SPECS).flatMap(spec -> Stream.of(Arguments.of(spec, Products.JAVA), Arguments.of(spec, vector)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("networks")
    void everyEpochIsTheBaselinesEpoch(String spec, Products products) {
        // Fused multiply-adds round once where Dense rounds twice, so more last digits differ, and those
        // differences grow as the network trains: six digits agree after six epochs, more than the screens
        // show, and a product gone wrong is off in the first.
        boolean fused = products != Products.JAVA;
        tolerance = fused ? 1e-6 : 1e-10;
        String[] p = spec.split(" ");
        int epochs = fused ? Integer.parseInt(p[7]) : 6;
        TrainNetConfig c = new TrainNetConfig(DataKind.SPIRALS, 300, 0.05, Integer.parseInt(p[2]),
                Integer.parseInt(p[3]), Activation.parse(p[0]), Init.parse(p[5]), Double.parseDouble(p[6]),
                Cost.parse(p[1]), Integer.parseInt(p[4]), 0.3, epochs, Double.NaN, 11);
        Mlp fast = Mlp.build(c, products);
        BaselineMlp baseline = BaselineMlp.build(c);
        same(fast.measure(), baseline.measure());
        for (int e = 0; e < c.epochs(); e++) {
            double eta = e < 3 ? c.eta() : c.eta() * 2;
            same(fast.epoch(eta), baseline.epoch(eta));
            close(fast.trainingLoss(), baseline.trainingLoss());
        }
        close(fast.probabilities(37, 11, -1.3, 1.2, -1.1, 1.4), baseline.probabilities(37, 11, -1.3, 1.2, -1.1, 1.4));
        // A grid larger than one block of the work arrays.
        close(fast.probabilities(60, 20, -1, 1, -1, 1), baseline.probabilities(60, 20, -1, 1, -1, 1));
        double[] g = fast.gradient();
        double[] h = baseline.gradient();
        assertThat(g).hasSameSizeAs(h);
        double norm = 0;
        for (double v : h) norm = Math.max(norm, Math.abs(v));
        // Each component to within 1e-9 of the largest: a component near 0 is a difference of large terms.
        for (int i = 0; i < g.length; i++) assertThat(g[i]).as("component %d", i).isCloseTo(h[i], within(10 * tolerance * norm));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 7, 64})
    void theBlockedProductIsTheRowByRowProductBitForBit(int inner) {
        satlab.engine.Rng rng = new satlab.engine.Rng(inner);
        double[][] left = new double[70][inner];
        double[][] right = new double[inner][9];
        for (double[] row : left) for (int k = 0; k < inner; k++) row[k] = rng.nextGaussian();
        for (double[] row : right) for (int j = 0; j < 9; j++) row[j] = rng.nextGaussian() * 1e3;
        double[] bias = new double[9];
        for (int j = 0; j < 9; j++) bias[j] = rng.nextGaussian();
        double[][] byRows = new double[70][9];
        double[][] blocked = new double[70][9];
        Dense.forward(left, right, bias, byRows);
        Dense.forwardBlocked(left, right, bias, blocked, 70);
        assertThat(blocked).isDeepEqualTo(byRows);
        // Work arrays longer than the rows in use: the rest is left as it was.
        double[][] some = new double[70][9];
        Dense.forwardBlocked(left, right, bias, some, 37);
        assertThat(java.util.Arrays.copyOf(some, 37)).isDeepEqualTo(java.util.Arrays.copyOf(byRows, 37));
        assertThat(some[37]).containsOnly(0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 7, 64})
    void theProductsThatOverwriteAreTheProductsIntoZerosBitForBit(int inner) {
        satlab.engine.Rng rng = new satlab.engine.Rng(inner + 100);
        double[][] left = new double[inner][9];
        double[][] right = new double[inner][5];
        for (double[] row : left) for (int k = 0; k < 9; k++) row[k] = rng.nextGaussian();
        for (double[] row : right) for (int j = 0; j < 5; j++) row[j] = rng.nextGaussian() * 1e3;
        // leftᵀ·right over the first n rows, into rows full of stale values.
        for (int n : new int[] {inner, Math.max(1, inner - 1)}) {
            double[][] zeros = new double[9][5];
            Dense.multiplyAddTransposed(left, right, zeros, n);
            double[][] stale = new double[9][5];
            for (double[] row : stale) java.util.Arrays.fill(row, 42);
            Dense.multiplyTransposed(left, right, stale, n);
            assertThat(stale).isDeepEqualTo(zeros);
        }
        // left·right, left being rows × inner.
        double[][] a = new double[11][inner];
        for (double[] row : a) for (int k = 0; k < inner; k++) row[k] = rng.nextGaussian();
        double[][] zeros = new double[11][5];
        Dense.multiplyAddBlocked(a, right, zeros, 11);
        double[][] stale = new double[11][5];
        for (double[] row : stale) java.util.Arrays.fill(row, -7);
        Dense.multiplyBlocked(a, right, stale, 10);
        assertThat(java.util.Arrays.copyOf(stale, 10)).isDeepEqualTo(java.util.Arrays.copyOf(zeros, 10));
        assertThat(stale[10]).containsOnly(-7);
    }

    private void same(EpochStats fast, EpochStats baseline) {
        assertThat(fast.epoch()).isEqualTo(baseline.epoch());
        close(fast.trainLoss(), baseline.trainLoss());
        close(fast.testLoss(), baseline.testLoss());
        assertThat(fast.trainAccuracy()).isEqualTo(baseline.trainAccuracy());
        assertThat(fast.testAccuracy()).isEqualTo(baseline.testAccuracy());
        List<EpochStats.Layer> f = fast.layers();
        List<EpochStats.Layer> b = baseline.layers();
        assertThat(f).hasSameSizeAs(b);
        for (int l = 0; l < f.size(); l++) {
            assertThat(f.get(l).layer()).isEqualTo(b.get(l).layer());
            close(f.get(l).saturated(), b.get(l).saturated());
            close(f.get(l).meanAbsSlope(), b.get(l).meanAbsSlope());
            close(f.get(l).meanActivation(), b.get(l).meanActivation());
            close(f.get(l).gradientNorm(), b.get(l).gradientNorm());
        }
    }

    /** Equal to the tolerance, relative (absolute below 1): units in the last place, grown over a few epochs. */
    private void close(double fast, double baseline) {
        assertThat(fast).isCloseTo(baseline, within(tolerance * Math.max(1, Math.abs(baseline))));
    }

    private void close(double[][] fast, double[][] baseline) {
        assertThat(fast.length).isEqualTo(baseline.length);
        for (int r = 0; r < fast.length; r++) {
            assertThat(fast[r]).hasSameSizeAs(baseline[r]);
            for (int k = 0; k < fast[r].length; k++) close(fast[r][k], baseline[r][k]);
        }
    }
}
