package satlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every figure in ../shared/reference/saturation-facts.md, as an oracle. */
class FactsSheetTest {

    @ParameterizedTest(name = "σ({0}) = {1}, σ''({0}) = {2}")
    @CsvSource({
        "0,    0.5,                 0.25",
        "1,    0.7310585786300049,  0.19661193324148185",
        "2,    0.8807970779778823,  0.10499358540350662",
        "3,    0.9525741268224334,  0.045176659730912",
        "4,    0.9820137900379085,  0.017662706213291107",
        "5,    0.9933071490757153,  0.006648056670790033",
        "6,    0.9975273768433653,  0.002466509291359931",
        "10,   0.9999546021312976,  4.5395807735907655e-5",
        "30,   0.9999999999999065,  9.357622968838425e-14",
        "-30,  9.3576229688393e-14, 9.357622968838425e-14",
        "-40,  4.248354255291589e-18, 4.248354255291589e-18",
        "700,  1.0,                 9.85967654375977e-305",
    })
    void sigmoidAndGradientMatchTheSheet(double z, double sigma, double gradient) {
        assertThat(Activation.sigmoid(z)).isCloseTo(sigma, within(Math.abs(sigma) * 1e-15 + 1e-300));
        assertThat(relativeError(Activation.dsigmoid(z), gradient)).isLessThan(1e-12);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 0.41997", "2, 0.070651", "3, 0.0098660", "4, 0.0013410", "5, 1.8158e-4",
            "6, 2.4577e-5", "10, 8.2446e-9"})
    void tanhGradientMatchesTheSheet(double z, double expected) {
        assertThat(relativeError(Activation.dtanh(z), expected)).isLessThan(1e-4);
    }

    @ParameterizedTest
    @CsvSource({"0, 100", "1, 78.6", "2, 42.0", "3, 18.1", "4, 7.07", "5, 2.66", "6, 0.987", "10, 0.0182"})
    void gradientAsPercentOfPeakMatchesTheSheet(double z, double percent) {
        Interpreter in = new Interpreter(new Rng(1));
        assertThat(relativeError(in.number("gradpct(" + z + ")"), percent)).isLessThan(5e-3);
    }

    @org.junit.jupiter.api.Test
    void farLeftTailIsZeroNotNaN() {
        assertThat(Activation.sigmoid(-800)).isEqualTo(0.0);
        assertThat(Activation.dsigmoid(-800)).isEqualTo(0.0);
        assertThat(Activation.dtanh(-800)).isEqualTo(0.0);
    }

    @org.junit.jupiter.api.Test
    void tanhIsTwiceSigmoidOfTwiceZMinusOneAndSaturatesAtHalfTheZ() {
        assertThat(Activation.dtanh(3)).isCloseTo(4 * Activation.dsigmoid(6), within(1e-15));
        assertThat(Activation.dtanh(3)).isCloseTo(0.0098660, within(1e-7));
        assertThat(Neuron.defaultThreshold(Activation.TANH)).isEqualTo(Neuron.defaultThreshold(Activation.SIGMOID) / 2);
    }

    @org.junit.jupiter.api.Test
    void thresholdConventionsFromTheSheet() {
        // σ(z) outside [0.01, 0.99] ⇔ |z| > 4.595; σ' under 10 % of peak ⇔ |z| > 3.64.
        assertThat(Activation.sigmoid(4.595)).isCloseTo(0.99, within(1e-4));
        assertThat(Activation.dsigmoid(3.64) / 0.25).isCloseTo(0.10, within(1e-3));
    }

    @org.junit.jupiter.api.Test
    void theQandAsCancellingWeights() {
        Interpreter in = new Interpreter(new Rng(1));
        in.run("w = [1000, 1000]");
        in.run("a = [1, -0.99]");
        assertThat(in.number("z(w, a, 0)")).isCloseTo(10.0, within(1e-9));
        assertThat(in.run("saturated(dot(w, a))")).isEqualTo(Value.Bool.TRUE);
        assertThat(Format.number(in.number("sigmoid(dot(w, a))"))).isEqualTo("0.99995");
        assertThat(Format.number(in.number("dsigmoid(dot(w, a))"))).isEqualTo("4.54e-5");
    }

    static double relativeError(double actual, double expected) {
        return expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
    }
}
