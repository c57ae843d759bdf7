package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import satlab.engine.Activation;

/**
 * What the lessons say the layer-stack lab shows, checked on the lab's own
 * numbers: the gradient through depth (lesson 7, Nielsen ch. 5), the E[a²]
 * decomposition and centring (lesson 6), and the verdict's words.
 */
class CourseClaimsTest {

    private static final NetworkConfig NORMAL = NetworkConfig.defaults();
    private static final NetworkConfig XAVIER = NORMAL.withInit(new Init.Xavier());

    @Test
    void xavierSigmoidNetSaturatesNothingButEachLayerPassesBackAboutAQuarter() {
        NetworkResult r = Network.run(XAVIER);
        for (LayerStats s : r.layers()) {
            assertThat(s.saturated()).isZero();
            if (s.layer() < 5) assertThat(s.gain()).isBetween(0.22, 0.25);
        }
        // Four layers of about 0.24: layer 1's weights get well under 1 % of the top layer's.
        assertThat(r.layer(1).weightGradientRms() / r.top().weightGradientRms()).isBetween(0.002, 0.006);
        assertThat(NetworkText.verdict(r).word()).isEqualTo("VANISHING");
    }

    @Test
    void standardNormalWeightsSaturateAboutFortyPercentAndKeepTheGradientsSize() {
        NetworkResult r = Network.run(NORMAL);
        for (LayerStats s : r.layers()) {
            assertThat(s.saturated()).isBetween(0.3, 0.5);
            // σ' is small, but √(n·Var(w)) = 10 makes up for it.
            if (s.layer() < 5) assertThat(s.gain()).isBetween(0.9, 1.2);
        }
        NetworkText.Verdict v = NetworkText.verdict(r);
        assertThat(v.word()).isEqualTo("SATURATED");
        assertThat(v.reason()).contains("only through the unsaturated neurons");
    }

    @Test
    void wideStandardNormalLayersMakeTheGradientGrowTowardsLayerOne() {
        NetworkResult r = Network.run(NORMAL.withWidth(500));
        for (int l = 1; l < 5; l++) assertThat(r.layer(l).gain()).isGreaterThan(1.2);
        assertThat(r.layer(1).weightGradientRms()).isGreaterThan(r.top().weightGradientRms());
        assertThat(NetworkText.verdict(r).reason()).contains("grows towards layer 1").contains("Unstable");
    }

    @Test
    void weightsOfAThousandStarveTheEarlyLayersCentredOrNot() {
        for (NetworkConfig c : new NetworkConfig[] {NORMAL.withInit(new Init.Normal(1000)),
                NORMAL.withInit(new Init.Normal(1000)).withInput(new InputDistribution.Uniform(-0.5, 0.5))
                        .withCentred(true)}) {
            NetworkResult r = Network.run(c);
            for (LayerStats s : r.layers()) assertThat(s.saturated()).isGreaterThan(0.99);
            assertThat(r.layer(1).weightGradientRms()).isLessThan(1e-9 * r.top().weightGradientRms());
            assertThat(NetworkText.verdict(r).word()).isEqualTo("SATURATED");
        }
    }

    @Test
    void theDecompositionAddsUpToThePredictedSpread() {
        NetworkResult r = Network.run(NORMAL.withBias(Bias.NIELSEN));
        for (LayerStats s : r.layers()) {
            assertThat(s.inputVariance() + s.inputMean() * s.inputMean()).isCloseTo(s.inputMeanSquare(), within(1e-12));
            double var = s.fanIn() * s.weightVariance() * s.inputMeanSquare() + 1;
            assertThat(s.predictedZSd()).isCloseTo(Math.sqrt(var), within(1e-6 * Math.sqrt(var)));
        }
        // Layer 1 reads U(0, 1): Var(a) = 1/12, E[a]² = 1/4, so E[a]² is 3/4 of E[a²].
        assertThat(r.layer(1).inputMean()).isCloseTo(0.5, within(0.01));
        assertThat(r.layer(1).meanShare()).isCloseTo(0.75, within(0.01));
    }

    @Test
    void inTheXavierStackTheMeanIsMostOfEA2() {
        NetworkResult r = Network.run(XAVIER);
        for (int l = 2; l <= 5; l++) assertThat(r.layer(l).meanShare()).isBetween(0.9, 0.97);
    }

    @Test
    void centringTheInputsHalvesTheSpreadOfLayerOneAtTheSameWeights() {
        NetworkResult raw = Network.run(NORMAL);
        NetworkResult centred = Network.run(NORMAL.withInput(new InputDistribution.Uniform(-0.5, 0.5)));
        // Same seed, same weights: Var(z) = 100·(1/12 + 1/4) against 100·(1/12).
        assertThat(raw.layer(1).predictedZSd()).isCloseTo(Math.sqrt(100.0 / 3), within(1e-9));
        assertThat(centred.layer(1).predictedZSd()).isCloseTo(Math.sqrt(100.0 / 12), within(1e-9));
        assertThat(raw.layer(1).expectedSaturated()).isBetween(0.35, 0.45);
        assertThat(centred.layer(1).expectedSaturated()).isBetween(0.05, 0.12);
    }

    @Test
    void theCentredSigmoidReducesDeepSaturationWithoutRemovingIt() {
        NetworkConfig centred = NORMAL.withInput(new InputDistribution.Uniform(-0.5, 0.5)).withCentred(true);
        NetworkResult raw = Network.run(NORMAL);
        NetworkResult r = Network.run(centred);
        for (int l = 2; l <= 5; l++) {
            assertThat(r.layer(l).inputMean()).isCloseTo(0, within(0.05));
            assertThat(r.layer(l).saturated()).isBetween(0.1, 0.3).isLessThan(raw.layer(l).saturated());
        }
        assertThat(r.layer(1).histogram().lo()).isEqualTo(-0.5);
        assertThat(centred.summary()).contains("sigmoid - 0.5 (centred)");
    }

    @Test
    void onlyTheSigmoidHasACentredForm() {
        assertThatThrownBy(() -> NORMAL.withActivation(Activation.TANH).withCentred(true))
                .hasMessageContaining("zero-centred already");
        assertThat(NORMAL.withCentred(true).withActivation(Activation.TANH).centred()).isFalse();
        assertThat(new NetworkSettings().set("centre", "yes").config().centred()).isTrue();
        assertThatThrownBy(() -> new NetworkSettings().set("centre", "maybe")).hasMessageContaining("yes or no");
    }

    @Test
    void lecunAndXavierAreTheSameWhenFanInEqualsFanOut() {
        assertThat(Network.run(NORMAL.withInit(new Init.LeCun())).layers())
                .isEqualTo(Network.run(XAVIER).layers());
        assertThat(new Init.Xavier().variance(300, 100)).isNotEqualTo(new Init.LeCun().variance(300, 100));
    }
}
