package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import satlab.engine.Activation;

/**
 * The training playground against the two classic results the course cites, on
 * fixed seeds, and its gradients against finite differences.
 */
class TrainingPlaygroundTest {

    /** Nielsen ch. 3 in a net: weights N(0,1) x 4 saturate the output; XOR, 2 x 32 sigmoid, eta 0.1. */
    private static TrainNetConfig saturated(long seed, Cost cost) {
        return new TrainNetConfig(DataKind.XOR, 400, 0.05, 2, 32, Activation.SIGMOID, new Init.Normal(1), 4, cost,
                32, 0.1, 80, Double.NaN, seed);
    }

    private static int firstReaching(TrainNetResult r, double accuracy) {
        for (EpochStats e : r.epochs()) if (e.testAccuracy() >= accuracy) return e.epoch();
        return Integer.MAX_VALUE;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void aSaturatedSigmoidNetLearnsSlowlyWithTheQuadraticCostAndFastWithCrossEntropy(long seed) {
        TrainNetResult quadratic = NetTraining.run(saturated(seed, Cost.QUADRATIC));
        TrainNetResult crossEntropy = NetTraining.run(saturated(seed, Cost.CROSS_ENTROPY));
        // Both start from the same saturated output: most of it beyond |z| = 5.
        assertThat(quadratic.first().output().saturated()).isGreaterThan(0.5);
        assertThat(crossEntropy.first().output().saturated()).isEqualTo(quadratic.first().output().saturated());
        int fast = firstReaching(crossEntropy, 0.9);
        int slow = firstReaching(quadratic, 0.9);
        assertThat(fast).isLessThanOrEqualTo(10);
        assertThat(slow).isGreaterThan(3 * fast);
        // Why: the quadratic cost's gradient at the output carries sigma'(z), cross-entropy's does not.
        assertThat(quadratic.first().output().gradientNorm()).isLessThan(crossEntropy.first().output().gradientNorm()
                / 10);
        assertThat(quadratic.epochs().get(5).testAccuracy()).isLessThan(0.7);
    }

    @Test
    void theSlowdownIsFlatForSeedOne() {
        TrainNetResult quadratic = NetTraining.run(saturated(1, Cost.QUADRATIC));
        for (EpochStats e : quadratic.epochs()) assertThat(e.testAccuracy()).isLessThanOrEqualTo(0.55);
        assertThat(quadratic.last().output().saturated()).isGreaterThan(0.75);
        assertThat(TrainNetText.verdict(quadratic)).startsWith("STUCK").contains("outputs are saturated");
    }

    @Test
    void smallerInitialWeightsAreTheOtherCure() {
        // The block proposed for lesson 7: the same net from weights four times smaller learns with the quadratic cost.
        TrainNetResult small = NetTraining.run(saturated(1, Cost.QUADRATIC).withScale(1));
        assertThat(small.first().output().saturated()).isLessThan(0.05);
        assertThat(small.last().testAccuracy()).isGreaterThanOrEqualTo(0.9);
    }

    /** Glorot and Bengio (2010): 4 sigmoid hidden layers, the standard init U(-1/sqrt(n), 1/sqrt(n)). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void withTheStandardInitTheTopHiddenSigmoidLayerSaturatesTowardsZeroAndSlowlyComesBack(long seed) {
        TrainNetConfig c = new TrainNetConfig(DataKind.BLOBS, 400, 0.05, 4, 32, Activation.SIGMOID,
                new Init.Standard(), 1, Cost.CROSS_ENTROPY, 32, 1, 400, Double.NaN, seed);
        TrainNetResult r = NetTraining.run(c);
        List<EpochStats> epochs = r.epochs();
        EpochStats low = epochs.get(0);
        for (EpochStats e : epochs) if (e.hidden(4).meanActivation() < low.hidden(4).meanActivation()) low = e;
        // It starts near 0.5, falls towards 0 early, while the net has learned nothing yet ...
        assertThat(r.first().hidden(4).meanActivation()).isBetween(0.4, 0.6);
        assertThat(low.hidden(4).meanActivation()).isLessThan(0.1);
        assertThat(low.epoch()).isLessThan(c.epochs() / 2);
        assertThat(low.testAccuracy()).isLessThan(0.6);
        // ... the lower layers stay around 0.5 meanwhile ...
        for (EpochStats e : epochs) assertThat(e.hidden(1).meanActivation()).isBetween(0.4, 0.6);
        // ... and it comes back only slowly, as learning gets going: tens of epochs at the bottom.
        int sinking = 0;
        for (EpochStats e : epochs) if (e.hidden(4).meanActivation() < 0.15) sinking++;
        assertThat(sinking).isGreaterThan(20);
        assertThat(r.last().hidden(4).meanActivation()).isGreaterThan(2 * low.hidden(4).meanActivation());
        assertThat(r.last().testAccuracy()).isGreaterThan(0.9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sigmoid:quadratic:3", "sigmoid:cross-entropy:3", "tanh:quadratic:3", "relu:cross-entropy:7"})
    void backpropagationMatchesFiniteDifferences(String spec) {
        // relu's seed puts no z exactly on the kink at 0, where a finite difference is one-sided.
        String[] parts = spec.split(":");
        TrainNetConfig c = new TrainNetConfig(DataKind.CIRCLES, 16, 0.05, 2, 3, Activation.parse(parts[0]),
                new Init.Normal(1), 1, Cost.parse(parts[1]), 16, 0.5, 1, Double.NaN, Long.parseLong(parts[2]));
        Mlp net = Mlp.build(c);
        double[] g = net.gradient();
        assertThat(g.length).isEqualTo(net.parameters()).isEqualTo(2 * 3 + 3 + 3 * 3 + 3 + 3 + 1);
        double h = 1e-6;
        for (int i = 0; i < g.length; i++) {
            net.nudge(i, h);
            double up = net.trainingLoss();
            net.nudge(i, -2 * h);
            double down = net.trainingLoss();
            net.nudge(i, h);
            double numeric = (up - down) / (2 * h);
            assertThat(g[i]).as("parameter %d", i).isCloseTo(numeric, org.assertj.core.data.Offset.offset(
                    1e-6 + 1e-4 * Math.abs(numeric)));
        }
    }

    @Test
    void aRunIsTheSameEveryTimeAndAnotherSeedGivesAnotherRun() {
        TrainNetConfig c = TrainNetConfig.defaults().withEpochs(5);
        assertThat(NetTraining.run(c).epochs()).isEqualTo(NetTraining.run(c).epochs());
        assertThat(NetTraining.run(c.withSeed(2)).epochs()).isNotEqualTo(NetTraining.run(c).epochs());
    }

    @Test
    void twoRunsThatDifferOnlyInTheInitTrainOnTheSameData() {
        Mlp a = Mlp.build(TrainNetConfig.defaults());
        Mlp b = Mlp.build(TrainNetConfig.defaults().withInit(new Init.Xavier()));
        for (int i = 0; i < a.train().size(); i++) {
            assertThat(a.train().x(i)).isEqualTo(b.train().x(i));
            assertThat(a.train().label(i)).isEqualTo(b.train().label(i));
        }
    }

    @Test
    void aCopyTrainsWithoutChangingTheSnapshot() {
        Mlp snapshot = Mlp.build(TrainNetConfig.defaults());
        double before = snapshot.trainingLoss();
        Mlp copy = snapshot.copy();
        copy.epoch(0.5);
        assertThat(copy.epoch()).isEqualTo(1);
        assertThat(snapshot.epoch()).isZero();
        assertThat(snapshot.trainingLoss()).isEqualTo(before);
        assertThat(copy.trainingLoss()).isNotEqualTo(before);
    }

    @Test
    void everyDataSetIsBalancedAndInsideItsExtent() {
        for (DataKind k : DataKind.values()) {
            DataSet d = DataSet.generate(k, 200, 0.05, 1);
            double ones = 0;
            for (int i = 0; i < d.size(); i++) {
                ones += d.label(i);
                assertThat(Math.abs(d.x(i))).isLessThan(2.5);
                assertThat(Math.abs(d.y(i))).isLessThan(2.5);
            }
            assertThat(ones).as(k.spec()).isEqualTo(100);
            assertThat(DataKind.parse(k.spec())).isEqualTo(k);
        }
    }

    @Test
    void settingsByNameBuildTheComparedRunAndReportBadValues() {
        TrainNetSettings s = new TrainNetSettings().set("layers", "2").set("compare", "init=xavier");
        List<TrainNetConfig> runs = s.configs();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).init()).isEqualTo(new Init.Xavier());
        assertThat(runs.get(1).layers()).isEqualTo(2);
        assertThat(s.compare()).isEqualTo("init=xavier");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TrainNetSettings().set("compare", "seed=2"))
                .hasMessageContaining("compare can change");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TrainNetSettings().set("data", "moons"))
                .hasMessageContaining("blobs, xor, circles or spirals");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TrainNetSettings().set("scale", "0"))
                .hasMessageContaining("scale must be above 0");
    }

    @Test
    void theTablesFit72Columns() {
        TrainNetResult a = NetTraining.run(TrainNetConfig.defaults().withEpochs(20).withLayers(6));
        TrainNetResult b = NetTraining.run(TrainNetConfig.defaults().withEpochs(20).withLayers(6)
                .withInit(new Init.Xavier()));
        for (String l : TrainNetText.table(List.of(a), 5)) assertThat(l.length()).isLessThanOrEqualTo(72);
        for (String l : TrainNetText.table(List.of(a, b), 5)) assertThat(l.length()).isLessThanOrEqualTo(72);
        for (String l : TrainNetText.layers(a)) assertThat(l.length()).isLessThanOrEqualTo(72);
        assertThat(TrainNetText.table(List.of(a), 5)).hasSize(1 + 5);
    }
}
