package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import satlab.engine.Rng;

/** {@link NegExp} is Math.exp(−|x|) to within two units in the last place, and exactly it at the edges. */
class NegExpTest {

    /** Units in the last place between a and the JDK's value b (both positive and normal). */
    private static double ulps(double a, double b) {
        return Math.abs(a - b) / Math.ulp(b);
    }

    @Test
    void withinTwoUlpsOfMathExpFromZeroToTheLimit() {
        Rng rng = new Rng(7);
        int n = 100_003;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            // Dense near 0, where σ is used most, and spread out to the limit.
            x[i] = i % 2 == 0 ? rng.nextDouble() * 8 : rng.nextDouble() * NegExp.LIMIT;
        }
        x[0] = 0;
        x[1] = NegExp.LIMIT;
        x[2] = Math.log(2) / 2; // where rounding x / ln 2 turns over
        x[3] = Double.MIN_VALUE;
        double[] out = new double[n];
        NegExp.ofAbs(x, 1, out, new double[n], n);
        double worst = 0;
        for (int i = 0; i < n; i++) worst = Math.max(worst, ulps(out[i], Math.exp(-x[i])));
        assertThat(worst).isLessThanOrEqualTo(2);
        assertThat(out[0]).isEqualTo(1.0);
        assertThat(out[3]).isEqualTo(1.0);
    }

    @Test
    void beyondTheLimitAndAtTheSpecialValuesItIsMathExp() {
        double[] x = {708.5, 720, 745.1, 746, 1e6, Double.POSITIVE_INFINITY, Double.NaN, Double.MAX_VALUE};
        double[] out = new double[x.length];
        NegExp.ofAbs(x, 1, out, new double[x.length], x.length);
        for (int i = 0; i < x.length; i++) assertThat(Double.valueOf(out[i])).isEqualTo(Double.valueOf(Math.exp(-x[i])));
    }

    @Test
    void itTakesTheMagnitudeAndDoublesItForTanh() {
        double[] z = {-3.5, 3.5, -0.0, -400, 1e-300};
        double[] out = new double[z.length];
        NegExp.ofAbs(z, 2, out, new double[z.length], z.length);
        for (int i = 0; i < z.length; i++) {
            assertThat(ulps(out[i], Math.exp(-2 * Math.abs(z[i])))).as("z = %s", z[i]).isLessThanOrEqualTo(2);
        }
    }

    @Test
    void onlyTheFirstNEntriesAreWritten() {
        double[] x = {1, 2, 3, 4};
        double[] out = {-1, -1, -1, -1};
        NegExp.ofAbs(x, 1, out, new double[4], 2);
        assertThat(out[2]).isEqualTo(-1);
        assertThat(out[3]).isEqualTo(-1);
        assertThat(out[1]).isCloseTo(Math.exp(-2), org.assertj.core.api.Assertions.within(1e-15));
    }
}
