package satlab.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers for people: four significant digits, scientific notation for tiny and
 * huge values (4.54e-5), and never a rounding that lies — σ(10) = 0.9999546 is
 * shown as 0.99995, not as a misleading 1.000.
 */
public final class Format {
    private static final int DIGITS = 4;
    private static final int SCIENTIFIC_DIGITS = 3;

    private Format() {}

    public static String number(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return "0";
        double abs = Math.abs(x);
        if (abs < 1e15 && x == Math.rint(x)) {
            return Long.toString((long) x);
        }
        if (abs < 1e-3 || abs >= 1e6) {
            return scientific(x);
        }
        return fixed(x);
    }

    public static String value(Value v) {
        return v.toString();
    }

    /** A percentage with the same rules, e.g. "2.66 %" for σ'(5). */
    public static String percent(double x) {
        return number(x) + " %";
    }

    private static String fixed(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int digits = DIGITS; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            // More digits while rounding would turn a non-integer into an integer
            // (0.99995 -> 1.000): the reader would take it for exactly 1.
            if (rounded.stripTrailingZeros().scale() > 0 || digits == 17) {
                return plain(rounded);
            }
        }
        return Double.toString(x);
    }

    private static String scientific(double x) {
        for (int digits = SCIENTIFIC_DIGITS; digits <= 17; digits++) {
            BigDecimal rounded = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() != Math.rint(rounded.doubleValue()) || Math.abs(x) >= 1e6 || digits == 17) {
                BigDecimal unscaled = rounded.stripTrailingZeros();
                int exponent = unscaled.precision() - unscaled.scale() - 1;
                BigDecimal mantissa = unscaled.movePointLeft(exponent);
                return plain(mantissa) + "e" + exponent;
            }
        }
        return Double.toString(x);
    }

    private static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
