package satlab.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import satlab.engine.Activation;

class TicksTest {

    @Test
    void sigmaGetsQuarters() {
        Ticks.YAxis a = Ticks.y(Activation.sigmoid(-10), Activation.sigmoid(10), 9, 1);
        assertThat(a.ticks()).containsExactly(1, 0.75, 0.5, 0.25, 0);
    }

    @Test
    void sigmaPrimeTopsOutAtItsPeak() {
        Ticks.YAxis a = Ticks.y(Activation.dsigmoid(10), Activation.dsigmoid(0), 7, 1);
        assertThat(a.hi()).isEqualTo(0.25);
        assertThat(a.lo()).isEqualTo(0);
        assertThat(a.ticks()).containsExactly(0.25, 0.125, 0);
    }

    @Test
    void shortAxesNeverCrowdLabels() {
        Ticks.YAxis a = Ticks.y(0, 1, 4, 1);
        assertThat(a.ticks()).containsExactly(1, 0);
    }

    @Test
    void xTicksAreTheRoundNumbersALearnerExpects() {
        assertThat(Ticks.x(-10, 10, 70)).containsExactly(-10, -5, 0, 5, 10);
        assertThat(Ticks.x(-10, 10, 21)).containsExactly(-10, 0, 10);
        assertThat(Ticks.x(-4, 4, 56)).containsExactly(-4, -2, 0, 2, 4);
    }

    @Test
    void flatAndEmptyDataStillGetAnAxis() {
        assertThat(Ticks.y(0.5, 0.5, 10, 1).ticks()).contains(0.5);
        assertThat(Ticks.y(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 10, 1).ticks()).containsExactly(1, 0.75, 0.5, 0.25, 0);
        assertThat(Arrays.stream(Ticks.y(-Double.MAX_VALUE, Double.MAX_VALUE, 10, 4).ticks()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void labelsUseTheProjectFormatAndMoreDigitsOnlyWhenTicksWouldBlur() {
        assertThat(Ticks.labels(new double[] {1, 0.75, 0.5, 0.25, 0})).containsExactly("1", "0.75", "0.5", "0.25", "0");
        assertThat(Ticks.labels(new double[] {4.54e-5, 0.25})).containsExactly("4.54e-5", "0.25");
        assertThat(Ticks.labels(new double[] {0.5, 0.500000125, 0.50000025})).doesNotHaveDuplicates();
        String[] zoomed = Ticks.labels(new double[] {1e6, 1000000.5, 1000001});
        assertThat(Double.parseDouble(zoomed[1])).isEqualTo(1000000.5);
    }

    @Test
    void parsersExplainWhatTheyAccept() {
        assertThat(Layout.parse("Overlay")).isEqualTo(Layout.OVERLAY);
        assertThatThrownBy(() -> Layout.parse("side"))
                .hasMessage("unknown layout 'side' (expected stacked or overlay)");
    }
}
