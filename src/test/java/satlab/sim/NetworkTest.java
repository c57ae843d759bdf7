package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import satlab.engine.Activation;

class NetworkTest {
    private static final NetworkConfig SMALL = NetworkConfig.defaults().withLayers(4).withWidth(64).withBatch(32);

    @Test
    void sameSeedGivesTheSameResultAndTable() {
        NetworkResult a = Network.run(SMALL);
        NetworkResult b = Network.run(SMALL);
        assertThat(a).isEqualTo(b);
        assertThat(NetworkText.table(a)).isEqualTo(NetworkText.table(b));
        assertThat(Network.run(SMALL.withSeed(2))).isNotEqualTo(a);
    }

    @Test
    void histogramsCountEveryActivationOnceWithinTheActivationsRange() {
        for (Activation f : Activation.values()) {
            NetworkResult r = Network.run(SMALL.withActivation(f).withInit(new Init.Xavier()).withBins(7));
            for (LayerStats s : r.layers()) {
                Histogram h = s.histogram();
                assertThat(h.bins()).isEqualTo(7);
                assertThat(h.total()).isEqualTo(32L * 64);
                double sum = 0;
                for (int i = 0; i < h.bins(); i++) sum += h.fraction(i);
                assertThat(sum).isCloseTo(1.0, within(1e-12));
                assertThat(h.lo()).isEqualTo(f == Activation.TANH ? -1.0 : 0.0);
                if (f != Activation.RELU) assertThat(h.hi()).isEqualTo(1.0);
            }
        }
    }

    @Test
    void measuredSpreadOfZFollowsTheVarianceFormula() {
        // Var(z) = n·Var(w)·E[x²] + Var(b): 256 inputs U(0,1) (E[x²] = 1/3), N(0, 0.1²) weights,
        // N(0, 0.5²) biases ⇒ sd = √(256·0.01/3 + 0.25) = 1.0583. 512 independent neurons:
        // standard error of the variance ≤ √(2/512) = 6 %, so 3 % on the sd; we allow 10 %.
        NetworkConfig c = new NetworkConfig(1, 512, 256, 64, new InputDistribution.Uniform(0, 1),
                new Init.Normal(0.1), new Bias(0.5), Activation.SIGMOID, Double.NaN, 10, 5);
        LayerStats s = Network.run(c).layer(1);
        double want = Math.sqrt(256 * 0.01 / 3 + 0.25);
        assertThat(s.predictedZSd()).isCloseTo(want, within(1e-12));
        assertThat(s.zSd()).isCloseTo(want, within(0.1 * want));
        assertThat(Math.abs(s.zMean())).isLessThan(0.25);
    }

    @Test
    void gradientVanishesTowardTheInputInAnUnsaturatedSigmoidNet() {
        // LeCun weights on 256 x 256 layers: the largest singular value of W is about
        // sd·(√n_in + √n_out) = 2, and σ' ≤ 1/4, so each layer passes back at most about
        // half of the gradient it receives; 0.55 allows for finite-size fluctuation.
        NetworkConfig c = new NetworkConfig(6, 256, 256, 64, new InputDistribution.Uniform(0, 1),
                new Init.LeCun(), Bias.ZERO, Activation.SIGMOID, Double.NaN, 10, 8);
        List<LayerStats> layers = Network.run(c).layers();
        for (int l = 0; l + 1 < layers.size(); l++) {
            assertThat(layers.get(l).deltaRms()).isLessThan(0.55 * layers.get(l + 1).deltaRms());
            assertThat(layers.get(l).saturated()).isZero();
            // Unsaturated, the variance formula's gain is what the simulation measures.
            assertThat(layers.get(l).gain()).isCloseTo(layers.get(l).predictedGain(), withinPercentage(10));
            assertThat(layers.get(l).gain()).isBetween(0.2, 0.26);
        }
    }

    @Test
    void gradientShrinksTowardTheInputInASaturatedSigmoidNet() {
        // Weights N(0, (8/√n)²): z has sd about 8·√E[a²] ≈ 5.6, so a third of the neurons
        // have |z| > 5. Each layer passes back about sd_w·√n·rms σ'(z) ≈ 8·0.11 ≈ 0.87 of
        // its gradient (rms σ'(z) ≈ √(1/(6·√(2π)·sd_z)) for wide z), so over 8 layers the
        // norm at layer 1 should be about 0.87⁷ ≈ 0.38 of the top's; we require < 0.75 and
        // a decrease at every step.
        int n = 200;
        NetworkConfig c = new NetworkConfig(8, n, n, 128, new InputDistribution.Uniform(0, 1),
                new Init.Normal(8 / Math.sqrt(n)), Bias.ZERO, Activation.SIGMOID, Double.NaN, 10, 9);
        List<LayerStats> layers = Network.run(c).layers();
        for (int l = 0; l + 1 < layers.size(); l++) {
            assertThat(layers.get(l).deltaRms()).isLessThan(layers.get(l + 1).deltaRms());
        }
        for (LayerStats s : layers) assertThat(s.saturated()).isGreaterThan(0.2);
        assertThat(layers.get(0).deltaRms()).isLessThan(0.75 * layers.get(7).deltaRms());
    }

    @Test
    void saturatedLayersPassBackASmallLocalGradient() {
        // z ~ N(0, s²) with s ≈ √(500/3) ≈ 12.9 ⇒ E[σ'(z)] ≈ 1/(s·√(2π)) ≈ 0.031 (σ' integrates
        // to 1); unsaturated z (LeCun, sd ≈ 0.58) keeps σ'(z) near its peak 0.25.
        NetworkConfig big = NetworkConfig.defaults().withLayers(1).withWidth(500).withBatch(64);
        assertThat(Network.run(big).layer(1).meanAbsGradient()).isBetween(0.02, 0.045);
        assertThat(Network.run(big.withInit(new Init.LeCun())).layer(1).meanAbsGradient()).isGreaterThan(0.2);
    }

    @Test
    void reluCountsNonPositiveZAsDead() {
        // Zero-mean inputs and zero biases: z is symmetric about 0, so half the neurons are dead.
        // 256 x 200 values, neurons independent: standard error < 0.02; we allow 0.05.
        NetworkConfig c = NetworkConfig.defaults().withLayers(1).withWidth(200).withActivation(Activation.RELU)
                .withInit(new Init.He()).withInput(new InputDistribution.Normal(0, 1));
        LayerStats s = Network.run(c).layer(1);
        assertThat(s.saturated()).isCloseTo(0.5, within(0.05));
        assertThat(s.expectedSaturated()).isCloseTo(0.5, within(0.05));
        assertThat(c.saturationThreshold()).isZero();
        assertThat(s.histogram().hi()).isGreaterThan(0);
    }

    @Test
    void tanhUsesItsOwnThresholdUnlessOneIsGiven() {
        NetworkConfig tanh = SMALL.withActivation(Activation.TANH);
        assertThat(tanh.saturationThreshold()).isEqualTo(2.5);
        assertThat(tanh.withThreshold(4).saturationThreshold()).isEqualTo(4);
        double lowered = Network.run(SMALL.withThreshold(1)).layer(2).saturated();
        double standard = Network.run(SMALL).layer(2).saturated();
        assertThat(lowered).isGreaterThan(standard);
    }

    @Test
    void reportsProgressUpToTheTotal() {
        List<long[]> seen = new ArrayList<>();
        Network.run(SMALL.withBatch(200), (done, total) -> seen.add(new long[] {done, total}));
        assertThat(seen).isNotEmpty();
        for (int i = 1; i < seen.size(); i++) assertThat(seen.get(i)[0]).isGreaterThan(seen.get(i - 1)[0]);
        long[] last = seen.get(seen.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]);
    }

    @Test
    void stopsWhenAskedOrInterrupted() throws Exception {
        Progress stopAtOnce = new Progress() {
            public void update(long done, long total) { }

            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> Network.run(SMALL, stopAtOnce)).isInstanceOf(CancellationException.class);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Network.run(SMALL)).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void runsOnAnExecutor() throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertThat(Network.submit(SMALL, pool, Progress.none()).get()).isEqualTo(Network.run(SMALL));
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void forwardPassOfTheStackMatchesTheSimulation() {
        LayerStack stack = LayerStack.build(SMALL);
        double[][] top = stack.forward();
        double sum = 0;
        for (double[] row : top) for (double v : row) sum += v;
        assertThat(sum / (32 * 64)).isCloseTo(Network.run(SMALL).top().aMean(), within(1e-12));
    }

    @Test
    void denseProductMatchesTheDefinition() {
        double[][] a = {{1, 2, 3, 4, 5}, {-1, 0.5, 0, 2, 1}};
        double[][] wt = {{1, 0, 2}, {0, 1, 0}, {1, 1, 1}, {-1, 2, 0}, {0.5, 0, -1}};
        double[] b = {0.25, -1, 0};
        double[][] out = new double[2][3];
        Dense.forward(a, wt, b, out);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                double want = b[j];
                for (int k = 0; k < 5; k++) want += a[i][k] * wt[k][j];
                assertThat(out[i][j]).isCloseTo(want, within(1e-12));
            }
        }
        assertThat(Dense.transpose(wt)[2]).containsExactly(2, 0, 1, 0, -1);
    }

    @Test
    void rejectsImpossibleConfigurationsWithAReason() {
        assertThatThrownBy(() -> SMALL.withLayers(0)).hasMessage("layers must be between 1 and 200, got 0");
        assertThatThrownBy(() -> SMALL.withWidth(5000)).hasMessageContaining("width must be between 1 and 4096");
        assertThatThrownBy(() -> SMALL.withWidth(4096).withLayers(3)).hasMessageContaining("too many weights");
        assertThatThrownBy(() -> SMALL.withLayers(1).withWidth(4096).withBatch(8192))
                .hasMessageContaining("use a smaller batch");
        assertThatThrownBy(() -> SMALL.withThreshold(-1)).hasMessageContaining("threshold must be");
    }
}
