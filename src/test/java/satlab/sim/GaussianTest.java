package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussianTest {

    @Test
    void erfcMatchesTabulatedValues() {
        // Reference values of erfc, e.g. Abramowitz & Stegun table 7.1 / any CAS.
        assertThat(Gaussian.erfc(0)).isEqualTo(1.0);
        assertThat(Gaussian.erfc(0.5)).isCloseTo(0.4795001221869535, within(1e-14));
        assertThat(Gaussian.erfc(1)).isCloseTo(0.15729920705028513, within(1e-14));
        assertThat(Gaussian.erfc(2)).isCloseTo(0.004677734981047266, within(1e-15));
        relative(Gaussian.erfc(3), 2.209049699858544e-5);
        relative(Gaussian.erfc(5), 1.5374597944280349e-12);
    }

    @Test
    void erfcIsContinuousWhereTheMethodChangesAndSymmetric() {
        double below = Gaussian.erfc(Math.nextDown(2.0));
        double at = Gaussian.erfc(2.0);
        assertThat(Math.abs(below - at) / at).isLessThan(1e-12);
        assertThat(Gaussian.erfc(-1.3) + Gaussian.erfc(1.3)).isCloseTo(2.0, within(1e-15));
        assertThat(Gaussian.erfc(40)).isEqualTo(0.0);
        assertThat(Gaussian.erfc(Double.NaN)).isNaN();
    }

    @Test
    void twoSidedTailOfStandardNormal() {
        // P(|Z| > 1.96) = 0.05 (to 4 digits: 0.04999579).
        assertThat(Gaussian.twoSidedTail(1.96, 0, 1)).isCloseTo(0.04999579, within(1e-8));
        assertThat(Gaussian.twoSidedTail(1, 0, 0)).isEqualTo(0.0);
        assertThat(Gaussian.twoSidedTail(1, 2, 0)).isEqualTo(1.0);
    }

    private static void relative(double got, double want) {
        assertThat(Math.abs(got - want) / want).isLessThan(1e-12);
    }
}
