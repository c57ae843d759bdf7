package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Nielsen ch. 3, "the learning slowdown": one neuron, x = 1, y = 0, η = 0.15 (saturation-facts.md). */
class TrainerTest {
    // σ(4) and σ'(4) from the facts sheet.
    private static final double SIGMA_4 = 0.9820137900379085;
    private static final double DSIGMA_4 = 0.017662706213291107;

    @Test
    void saturatedStartWithQuadraticCostBarelyMovesFor150Epochs() {
        TrainResult r = Trainer.run(TrainConfig.nielsen(2, 2, Cost.QUADRATIC));
        assertThat(r.at(0).output()).isEqualTo(SIGMA_4);
        // "still about 0.93 after 150 epochs": two digits, so ±0.005.
        assertThat(r.at(150).output()).isCloseTo(0.93, within(0.005));
        assertThat(r.at(50).output()).isGreaterThan(0.97);
        // Nielsen's animation ends at an output of 0.20 after 300 epochs.
        assertThat(r.at(300).output()).isCloseTo(0.20, within(0.005));
    }

    @Test
    void unsaturatedStartFallsFast() {
        TrainResult r = Trainer.run(TrainConfig.nielsen(0.6, 0.9, Cost.QUADRATIC));
        assertThat(r.at(0).output()).isCloseTo(0.82, within(0.005));
        assertThat(r.firstBelow(0.5)).isBetween(1, 50);
        // Nielsen's animation ends at 0.09 after 300 epochs.
        assertThat(r.at(300).output()).isCloseTo(0.09, within(0.005));
    }

    @Test
    void crossEntropyFromTheSaturatedStartFallsFast() {
        TrainResult ce = Trainer.run(TrainConfig.nielsen(2, 2, Cost.CROSS_ENTROPY));
        TrainResult quad = Trainer.run(TrainConfig.nielsen(2, 2, Cost.QUADRATIC));
        assertThat(ce.firstBelow(0.5)).isBetween(1, 30);
        assertThat(ce.at(150).output()).isLessThan(0.1);
        assertThat(quad.firstBelow(0.5)).isGreaterThan(150);
    }

    @Test
    void firstStepFollowsEachCostsGradient() {
        // Quadratic: ∂C/∂w = (a − y)·σ'(z)·x; cross-entropy: ∂C/∂w = (a − y)·x.
        TrainResult quad = Trainer.run(TrainConfig.nielsen(2, 2, Cost.QUADRATIC).withEpochs(1));
        assertThat(quad.at(1).w()).isCloseTo(2 - 0.15 * SIGMA_4 * DSIGMA_4, within(1e-15));
        TrainResult ce = Trainer.run(TrainConfig.nielsen(2, 2, Cost.CROSS_ENTROPY).withEpochs(1));
        assertThat(ce.at(1).w()).isCloseTo(2 - 0.15 * SIGMA_4, within(1e-15));
        assertThat(ce.at(1).b()).isCloseTo(2 - 0.15 * SIGMA_4, within(1e-15));
    }

    @Test
    void costGradientsAgreeWithFiniteDifferences() {
        double h = 1e-6;
        for (Cost cost : Cost.values()) {
            for (double z : new double[] {-6, -1, 0, 0.7, 3, 8}) {
                for (double y : new double[] {0, 0.3, 1}) {
                    double numeric = (cost.value(z + h, y) - cost.value(z - h, y)) / (2 * h);
                    assertThat(cost.dz(z, y)).as("%s at z=%s y=%s", cost, z, y).isCloseTo(numeric, within(1e-8));
                }
            }
        }
    }

    @Test
    void crossEntropyStaysFiniteForSaturatedOutputs() {
        // −ln(1 − σ(800)) = 800 + ln(1 + e^−800) = 800; the naive formula gives ln(0).
        assertThat(Cost.CROSS_ENTROPY.value(800, 0)).isEqualTo(800.0);
        assertThat(Cost.CROSS_ENTROPY.value(-800, 0)).isEqualTo(0.0);
        assertThat(Cost.QUADRATIC.value(4, 0)).isCloseTo(SIGMA_4 * SIGMA_4 / 2, within(1e-15));
    }

    @Test
    void recordsEveryEpochAndKeepsWMinusBForUnitInput() {
        TrainResult r = Trainer.run(TrainConfig.nielsen(0.6, 0.9, Cost.QUADRATIC).withEpochs(40));
        assertThat(r.epochs()).hasSize(41);
        for (TrainResult.Epoch e : r.epochs()) {
            // With x = 1 the weight and the bias get the same update.
            assertThat(e.w() - e.b()).isCloseTo(-0.3, within(1e-12));
            assertThat(e.cost()).isCloseTo(e.output() * e.output() / 2, within(1e-15));
        }
        assertThat(r.outputs()).hasSize(41);
        assertThat(r.costs()[40]).isEqualTo(r.last().cost());
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> TrainConfig.nielsen(2, 2, Cost.QUADRATIC).withEta(0)).hasMessageContaining("eta must be > 0");
        assertThatThrownBy(() -> TrainConfig.nielsen(2, 2, Cost.QUADRATIC).withEpochs(-1)).hasMessageContaining("epochs");
        assertThatThrownBy(() -> Cost.parse("hinge")).hasMessageContaining("expected quadratic or cross-entropy");
        assertThat(Cost.parse("CE")).isEqualTo(Cost.CROSS_ENTROPY);
    }
}
