package satlab.sim;

/**
 * e^(−x) of a row of non-negative x, as the training playground's activations need it (σ and tanh take
 * one exponential per unit): within two units in the last place of {@link Math#exp}, about twice as fast
 * on a row of 64 (2.2 ns an element against 3.9 to 5.4).
 *
 * <p>Why not Math.exp: it is a call per element that HotSpot's C2 (JDK 17) cannot vectorise, and it was
 * about a fifth of an epoch. Here the work is four short loops, the first three arithmetic only, which C2
 * turns into SIMD code: x = k·ln 2 + r with k = rint(x / ln 2) (rounded by adding and taking away
 * 1.5·2⁵², exact below 2⁵¹) and |r| ≤ ln 2 / 2, r computed in two parts (Cody and Waite: ln 2's high part
 * has trailing zero bits, so k times it is exact), then e^(−r) by its Taylor series to the 13th power,
 * whose first left-out term is below 2⁻⁵⁷. The last loop multiplies by 2^(−k), built from its bits, which
 * C2 leaves scalar but is a handful of instructions. Above {@link #LIMIT}, where 2^(−k) would be
 * subnormal, and for NaN, it is Math.exp itself, so the tiny tail and the special values are exactly the
 * JDK's.
 */
final class NegExp {

    private NegExp() {}

    /** Where 2^(−k) stops being a normal double (e^(−708) ≈ 3.3·10⁻³⁰⁸); beyond it, Math.exp. */
    static final double LIMIT = 708;

    private static final double LOG2E = 1.4426950408889634;
    /** ln 2 in two parts: the high part's last 32 bits are zero, so k·LN2_HI is exact for k < 2²¹. */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5·2⁵²: adding and taking it away again rounds to an integer, to nearest. */
    private static final double ROUND = 0x1.8p52;

    /** 1/k! for k = 2..13, the Taylor coefficients after 1 + s. */
    private static final double C2 = 1.0 / 2;
    private static final double C3 = C2 / 3;
    private static final double C4 = C3 / 4;
    private static final double C5 = C4 / 5;
    private static final double C6 = C5 / 6;
    private static final double C7 = C6 / 7;
    private static final double C8 = C7 / 8;
    private static final double C9 = C8 / 9;
    private static final double C10 = C9 / 10;
    private static final double C11 = C10 / 11;
    private static final double C12 = C11 / 12;
    private static final double C13 = C12 / 13;

    /**
     * out[j] = e^(−c·|z[j]|) for j &lt; n and c = 1 or 2 (σ and tanh); scale is scratch at least n long.
     * out may not be z.
     */
    static void ofAbs(double[] z, double c, double[] out, double[] scale, int n) {
        // Loops of one store each: C2 vectorises a loop only if its body is short.
        for (int j = 0; j < n; j++) {
            double v = Math.min(c * Math.abs(z[j]), LIMIT);
            scale[j] = (v * LOG2E + ROUND) - ROUND;
        }
        for (int j = 0; j < n; j++) {
            double v = Math.min(c * Math.abs(z[j]), LIMIT);
            double k = scale[j];
            out[j] = k * LN2_LO - (v - k * LN2_HI);
        }
        for (int j = 0; j < n; j++) {
            // Estrin's scheme: the same terms as Horner's, in pairs, so fewer of them wait on each other.
            double s = out[j];
            double s2 = s * s;
            double s4 = s2 * s2;
            double q0 = (1 + s) + (C2 + C3 * s) * s2;
            double q1 = (C4 + C5 * s) + (C6 + C7 * s) * s2;
            double q2 = (C8 + C9 * s) + (C10 + C11 * s) * s2;
            double q3 = C12 + C13 * s;
            out[j] = (q0 + q1 * s4) + (q2 + q3 * s4) * (s4 * s4);
        }
        for (int j = 0; j < n; j++) {
            double v = c * Math.abs(z[j]);
            out[j] = v <= LIMIT ? out[j] * Double.longBitsToDouble((1023L - (long) scale[j]) << 52) : Math.exp(-v);
        }
    }
}
