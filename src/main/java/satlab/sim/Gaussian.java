package satlab.sim;

/**
 * Normal tail probabilities, for the "expected if z were normal" figures beside
 * the measured ones: a saturation rate of 4.5e-5 cannot be measured from a few
 * thousand samples, but follows from the sd exactly.
 */
public final class Gaussian {
    private static final double SQRT_PI = Math.sqrt(Math.PI);

    private Gaussian() {}

    /** P(|Z| > t) for Z ~ N(mean, sd²); for sd = 0 it is 1 when |mean| > t, else 0. */
    public static double twoSidedTail(double t, double mean, double sd) {
        if (sd == 0) return Math.abs(mean) > t ? 1.0 : 0.0;
        double s = sd * Math.sqrt(2.0);
        return 0.5 * (erfc((t - mean) / s) + erfc((t + mean) / s));
    }

    /** The complementary error function, accurate to about 1e-13 relative. */
    public static double erfc(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        if (x < 0) return 2.0 - erfc(-x);
        if (x < 2.0) return 1.0 - erfSeries(x);
        if (x > 27.3) return 0.0;
        return Math.exp(-x * x) / SQRT_PI * continuedFraction(x);
    }

    /** erf(x) = 2/√π · Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)); for x < 2 the terms stay below e⁴. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
        }
        return 2.0 / SQRT_PI * sum;
    }

    /**
     * 1 / (x + (1/2) / (x + 1 / (x + (3/2) / (x + 2 / (x + ...))))), evaluated with
     * the modified Lentz method; it converges quickly for x ≥ 2.
     */
    private static double continuedFraction(double x) {
        final double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int k = 1; k < 500; k++) {
            double a = k / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : d;
            c = x + a / c;
            c = c == 0 ? tiny : c;
            d = 1.0 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1.0) < 1e-16) break;
        }
        return 1.0 / f;
    }
}
