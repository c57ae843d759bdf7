package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import satlab.engine.Activation;

/**
 * The weights the simulation draws have the variance each scheme promises. Layer 1
 * has fan-in 300 and fan-out 200 (60,000 weights); the variance estimate's
 * relative standard error is √(2/60,000) = 0.6 % for normal weights (less for
 * uniform ones), and we allow 3 %.
 */
class InitTest {
    private static final NetworkConfig SHAPE = new NetworkConfig(2, 200, 300, 1,
            new InputDistribution.Uniform(0, 1), new Init.LeCun(), Bias.ZERO, Activation.SIGMOID, Double.NaN, 10, 11);

    @ParameterizedTest
    @CsvSource({
        "lecun,      0.0033333333",   // 1 / 300
        "xavier,     0.004",          // 2 / (300 + 200)
        "he,         0.0066666667",   // 2 / 300
        "normal:0.5, 0.25",
        "uniform:0.3, 0.03",          // r² / 3
    })
    void drawnWeightsHaveTheSchemesVariance(String spec, double variance) {
        double[][] w = Network.weights(SHAPE.withInit(Init.parse(spec)), 1);
        assertThat(w.length).isEqualTo(300);
        assertThat(w[0].length).isEqualTo(200);
        double[] stats = meanAndVariance(w);
        assertThat(stats[1]).isBetween(variance * 0.97, variance * 1.03);
        assertThat(Math.abs(stats[0])).isLessThan(5 * Math.sqrt(variance / 60_000));
        assertThat(Init.parse(spec).variance(300, 200)).isBetween(variance * 0.9999, variance * 1.0001);
    }

    @Test
    void secondLayerUsesTheWidthAsFanIn() {
        double[][] w = Network.weights(SHAPE.withInit(new Init.Xavier()), 2);
        assertThat(w.length).isEqualTo(200);
        double want = 2.0 / (200 + 200);
        // 40,000 weights: standard error 0.7 %.
        assertThat(meanAndVariance(w)[1]).isBetween(want * 0.965, want * 1.035);
    }

    @Test
    void uniformWeightsStayInsideTheirRange() {
        double[][] w = Network.weights(SHAPE.withInit(new Init.Uniform(0.3)), 1);
        for (double[] row : w) {
            for (double v : row) assertThat(v).isBetween(-0.3, 0.3);
        }
    }

    @Test
    void parsesEveryFormAndRejectsMistakesWithAReason() {
        assertThat(Init.parse("normal")).isEqualTo(new Init.Normal(1));
        assertThat(Init.parse(" Normal:0.05 ")).isEqualTo(new Init.Normal(0.05));
        assertThat(Init.parse("glorot")).isEqualTo(new Init.Xavier());
        assertThat(Init.parse("HE")).isEqualTo(new Init.He());
        assertThat(Init.parse(new Init.Uniform(0.5).spec())).isEqualTo(new Init.Uniform(0.5));
        assertThatThrownBy(() -> Init.parse("gauss:1")).hasMessageContaining("unknown init 'gauss:1'")
                .hasMessageContaining("lecun");
        assertThatThrownBy(() -> Init.parse("normal:abc")).hasMessageContaining("'abc' is not a number");
        assertThatThrownBy(() -> Init.parse("normal:-1")).hasMessageContaining("must be from 0 to 1000000");
        assertThatThrownBy(() -> Init.parse("normal:1e9")).hasMessageContaining("must be from 0 to 1000000");
        assertThatThrownBy(() -> Init.parse("uniform")).hasMessageContaining("takes 1 number");
        assertThatThrownBy(() -> Init.parse("he:2")).hasMessageContaining("takes no number");
        assertThatThrownBy(() -> Init.parse("normal:")).hasMessageContaining("nothing after ':'");
    }

    @Test
    void biasAndInputSpecsParse() {
        assertThat(Bias.parse("zero")).isEqualTo(Bias.ZERO);
        assertThat(Bias.parse("normal")).isEqualTo(Bias.NIELSEN);
        assertThat(Bias.parse("normal:0.1").sd()).isEqualTo(0.1);
        assertThatThrownBy(() -> Bias.parse("big")).hasMessageContaining("expected zero or normal");
        assertThat(InputDistribution.parse("binary")).isEqualTo(new InputDistribution.Binary(0.5));
        assertThat(InputDistribution.parse("uniform:-1,1")).isEqualTo(new InputDistribution.Uniform(-1, 1));
        assertThat(InputDistribution.parse("normal")).isEqualTo(new InputDistribution.Normal(0, 1));
        assertThatThrownBy(() -> InputDistribution.parse("uniform:1,0")).hasMessageContaining("lo < hi");
        assertThatThrownBy(() -> InputDistribution.parse("binary:2")).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> InputDistribution.parse("uniform:1")).hasMessageContaining("takes 2 numbers");
    }

    @Test
    void binaryInputsSwitchOnExactlyTheRequestedShare() {
        double[] row = new double[1000];
        new InputDistribution.Binary(0.5).fill(row, new satlab.engine.Rng(3));
        double sum = 0;
        for (double v : row) {
            assertThat(v == 0.0 || v == 1.0).isTrue();
            sum += v;
        }
        assertThat(sum).isEqualTo(500.0);
    }

    private static double[] meanAndVariance(double[][] m) {
        double sum = 0;
        long n = 0;
        for (double[] row : m) {
            for (double v : row) sum += v;
            n += row.length;
        }
        double mean = sum / n;
        double sq = 0;
        for (double[] row : m) {
            for (double v : row) sq += (v - mean) * (v - mean);
        }
        return new double[] {mean, sq / n};
    }
}
