package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import satlab.engine.Activation;

/**
 * The fast {@link Mlp} trains the same network as the implementation it replaced ({@link BaselineMlp}):
 * the same losses, accuracies and decision regions bit for bit, epoch after epoch, for every activation,
 * both costs, batches that do and do not divide the data, widths that are and are not multiples of the
 * loops' four; the per-layer statistics, which it sums in another order, agree to the last few digits.
 */
class MlpMatchesBaselineTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "sigmoid cross-entropy 4 64 32 xavier 1",
        "sigmoid quadratic 2 32 32 normal 4",
        "sigmoid quadratic 3 7 10 normal 1",
        "tanh cross-entropy 3 16 24 xavier 2",
        "tanh quadratic 1 5 7 normal 8",
        "relu cross-entropy 2 13 32 he 1",
        "relu quadratic 4 64 100 normal 1"})
    void everyEpochIsTheBaselinesEpoch(String spec) {
        String[] p = spec.split(" ");
        TrainNetConfig c = new TrainNetConfig(DataKind.SPIRALS, 300, 0.05, Integer.parseInt(p[2]),
                Integer.parseInt(p[3]), Activation.parse(p[0]), Init.parse(p[5]), Double.parseDouble(p[6]),
                Cost.parse(p[1]), Integer.parseInt(p[4]), 0.3, 6, Double.NaN, 11);
        Mlp fast = Mlp.build(c);
        BaselineMlp baseline = BaselineMlp.build(c);
        same(fast.measure(), baseline.measure());
        for (int e = 0; e < c.epochs(); e++) {
            double eta = e < 3 ? c.eta() : c.eta() * 2;
            same(fast.epoch(eta), baseline.epoch(eta));
            assertThat(fast.trainingLoss()).isEqualTo(baseline.trainingLoss());
        }
        double[][] a = fast.probabilities(37, 11, -1.3, 1.2, -1.1, 1.4);
        double[][] b = baseline.probabilities(37, 11, -1.3, 1.2, -1.1, 1.4);
        assertThat(a).isDeepEqualTo(b);
        // A grid larger than one block of the work arrays.
        assertThat(fast.probabilities(60, 20, -1, 1, -1, 1)).isDeepEqualTo(baseline.probabilities(60, 20, -1, 1, -1, 1));
        assertThat(fast.gradient()).containsExactly(baseline.gradient());
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

    private static void same(EpochStats fast, EpochStats baseline) {
        assertThat(fast.epoch()).isEqualTo(baseline.epoch());
        assertThat(fast.trainLoss()).isEqualTo(baseline.trainLoss());
        assertThat(fast.testLoss()).isEqualTo(baseline.testLoss());
        assertThat(fast.trainAccuracy()).isEqualTo(baseline.trainAccuracy());
        assertThat(fast.testAccuracy()).isEqualTo(baseline.testAccuracy());
        List<EpochStats.Layer> f = fast.layers();
        List<EpochStats.Layer> b = baseline.layers();
        assertThat(f).hasSameSizeAs(b);
        for (int l = 0; l < f.size(); l++) {
            assertThat(f.get(l).layer()).isEqualTo(b.get(l).layer());
            assertThat(f.get(l).saturated()).isEqualTo(b.get(l).saturated());
            close(f.get(l).meanAbsSlope(), b.get(l).meanAbsSlope());
            close(f.get(l).meanActivation(), b.get(l).meanActivation());
            close(f.get(l).gradientNorm(), b.get(l).gradientNorm());
        }
    }

    private static void close(double fast, double baseline) {
        assertThat(fast).isCloseTo(baseline, within(1e-12 * Math.max(1, Math.abs(baseline))));
    }
}
