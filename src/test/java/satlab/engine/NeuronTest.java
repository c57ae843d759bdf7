package satlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NeuronTest {

    @Test
    void theQandAsNeuronIsSaturated() {
        Neuron.Report r = new Neuron(new double[] {1000, 1000}, new double[] {1, -0.99}, 0, Activation.SIGMOID).report();
        assertThat(r.z()).isCloseTo(10, within(1e-9));
        assertThat(r.output()).isCloseTo(0.9999546021312976, within(1e-12));
        assertThat(r.gradient()).isCloseTo(4.5395807735907655e-5, within(1e-15));
        assertThat(r.gradientPercent()).isCloseTo(0.0182, within(1e-4));
        assertThat(r.verdict()).isEqualTo("SATURATED");
        assertThat(r.threshold()).isEqualTo(5);
        assertThat(r.explanation()).contains("|z| = 10", "threshold 5", "4.54e-5");
    }

    @Test
    void smallWeightsAreActiveAndTheThresholdIsStrict() {
        assertThat(new Neuron(new double[] {0.5}, new double[] {1}, 0, Activation.SIGMOID).report().verdict())
                .isEqualTo("ACTIVE");
        assertThat(new Neuron(new double[] {5}, new double[] {1}, 0, Activation.SIGMOID).report().saturated()).isFalse();
        assertThat(new Neuron(new double[] {5}, new double[] {1}, 0, Activation.SIGMOID, 4).report().saturated()).isTrue();
    }

    @Test
    void tanhSaturatesAtHalfTheZ() {
        Neuron.Report r = new Neuron(new double[] {3}, new double[] {1}, 0, Activation.TANH).report();
        assertThat(r.verdict()).isEqualTo("SATURATED");
        assertThat(r.gradient()).isCloseTo(0.0098660, within(1e-7));
        assertThat(r.gradientPercent()).isCloseTo(0.98660, within(1e-4));
    }

    @Test
    void reluIsDeadAtOrBelowZero() {
        assertThat(new Neuron(new double[] {-1}, new double[] {1}, 0, Activation.RELU).report().verdict()).isEqualTo("DEAD");
        assertThat(new Neuron(new double[] {1}, new double[] {1}, 0, Activation.RELU).report().verdict()).isEqualTo("ACTIVE");
    }

    @Test
    void mismatchedLengthsAndBadThresholdsAreRefused() {
        assertThatThrownBy(() -> new Neuron(new double[] {1, 2}, new double[] {1}, 0, Activation.SIGMOID))
                .hasMessageContaining("2 weights, 1 inputs");
        assertThatThrownBy(() -> new Neuron(new double[] {1}, new double[] {1}, 0, Activation.SIGMOID, -1))
                .hasMessageContaining("0 or more");
    }

    @Test
    void activationNames() {
        assertThat(Activation.parse(" Tanh ")).isEqualTo(Activation.TANH);
        assertThatThrownBy(() -> Activation.parse("softmax")).hasMessageContaining("sigmoid, tanh or relu");
    }

    @Test
    void aNeuronJustInsideTheThresholdIsNotSaidToLearnFreely() {
        // z = 5: ACTIVE by the |z| > 5 rule, but σ'(5) is 2.66 % of the peak (facts sheet).
        Neuron.Report r = new Neuron(new double[] {1}, new double[] {0}, 5, Activation.SIGMOID).report();
        assertThat(r.verdict()).isEqualTo("ACTIVE");
        assertThat(r.explanation()).contains("2.659 %").contains("37.6 times smaller").contains("convention")
                .doesNotContain("the neuron learns.");
        Neuron.Report middle = new Neuron(new double[] {1}, new double[] {0}, 2, Activation.SIGMOID).report();
        assertThat(middle.explanation()).contains("41.997 %").contains("2.381 times smaller").doesNotContain("convention");
        Neuron.Report steep = new Neuron(new double[] {1}, new double[] {0}, 0.5, Activation.SIGMOID).report();
        assertThat(steep.explanation()).endsWith("the gradient flows and the neuron learns.");
    }
}
