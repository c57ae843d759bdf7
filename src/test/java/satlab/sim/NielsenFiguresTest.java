package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import satlab.engine.Activation;

/**
 * Nielsen, "Neural Networks and Deep Learning", ch. 3: a neuron with 1000 inputs,
 * 500 of them 1 (saturation-facts.md). Each of the 4000 neurons of one layer is
 * such a neuron with its own weights and bias; a batch of 16 random half-on inputs
 * gives 64,000 values of z.
 *
 * <p>Tolerances: neurons are independent, so the mean of z² over a neuron's 16
 * samples varies across neurons by at most sd(z²) = √2·Var(z) and the variance
 * estimate's standard error is at most √(2/4000) = 2.2 %, i.e. 1.1 % on the sd; we
 * allow 4.5 % (four standard errors). For a fraction p the standard error is at
 * most √(p(1−p)/4000) ≈ 0.006 at p = 0.82; we allow 0.025.
 */
class NielsenFiguresTest {
    private static final NetworkConfig NEURONS = new NetworkConfig(1, 4000, 1000, 16,
            new InputDistribution.Binary(0.5), new Init.Normal(1), Bias.NIELSEN, Activation.SIGMOID, Double.NaN, 10, 2026);

    @Test
    void standardNormalWeightsGiveSdOfZAbout22Point4AndMostNeuronsSaturated() {
        LayerStats s = Network.run(NEURONS).layer(1);

        assertThat(s.predictedZSd()).isCloseTo(Math.sqrt(501), within(1e-9));
        assertThat(s.zSd()).isCloseTo(22.38, within(22.38 * 0.045));
        assertThat(s.saturated()).isCloseTo(0.823, within(0.025));
    }

    @Test
    void weightsOfVarianceOneOverNGiveSdOfZAbout1Point22() {
        LayerStats s = Network.run(NEURONS.withInit(new Init.Normal(Math.sqrt(1.0 / 1000)))).layer(1);

        assertThat(s.predictedZSd()).isCloseTo(1.2247, within(1e-4));
        assertThat(s.zSd()).isCloseTo(1.2247, within(1.2247 * 0.045));
        // The expected rate is 4.46e-5, about 3 of 64,000 values: far too few to
        // estimate. The sample can only show the collapse from 0.82; an upper bound of
        // 1e-3 (64 events) is more than 20 times the expected count.
        assertThat(s.saturated()).isLessThan(1e-3);
    }

    @Test
    void analyticTailProbabilitiesMatchTheFactsSheet() {
        // P(|z| > 5) for z ~ N(0, 501) and z ~ N(0, 1.5): 0.823 and 4.46e-5, given to 3 digits.
        assertThat(Gaussian.twoSidedTail(5, 0, Math.sqrt(501))).isCloseTo(0.823, within(0.0005));
        assertThat(Gaussian.twoSidedTail(5, 0, Math.sqrt(1.5))).isCloseTo(4.46e-5, within(0.005e-5));
    }

    @Test
    void countedTailMatchesTheNormalTailWhereTheSampleCanResolveIt() {
        // With z ~ N(0, 1.5), P(|z| > 3) = P(|N(0,1)| > 2.449) = 0.0143: about 900 of the
        // 64,000 values. Neurons are independent, so the standard error is at most
        // √(p(1−p)/4000) = 0.0019; we allow 0.0075 (four of them).
        LayerStats s = Network.run(NEURONS.withInit(new Init.Normal(Math.sqrt(1.0 / 1000))).withThreshold(3)).layer(1);
        assertThat(Gaussian.twoSidedTail(3, 0, Math.sqrt(1.5))).isCloseTo(0.0143, within(0.00005));
        assertThat(s.saturated()).isCloseTo(0.0143, within(0.0075));
    }

    @Test
    void theRareSaturationRateFollowsFromTheMeasuredSpread() {
        LayerStats s = Network.run(NEURONS.withInit(new Init.Normal(Math.sqrt(1.0 / 1000)))).layer(1);
        // The normal tail at the measured sd: a 4.5 % error in the sd moves P(|z| > 5)
        // by a factor of about e^(0.045 · (5/1.22)²) ≈ 2.1, hence the wide band.
        assertThat(s.expectedSaturated()).isBetween(4.46e-5 / 2.5, 4.46e-5 * 2.5);
    }
}
