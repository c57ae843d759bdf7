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
    /** The most significant digits a double has to give. */
    public static final int MAX_DIGITS = 17;

    private Format() {}

    /**
     * How many digits to show: the default four, N significant digits
     * ({@code eval --digits N}, {@code :digits N}), or exact (the shortest text that reads
     * back as the same double, {@code eval --exact}; vectors in full).
     */
    public record Precision(int digits, boolean exact) {
        public static final Precision DEFAULT = new Precision(DIGITS, false);
        public static final Precision EXACT = new Precision(MAX_DIGITS, true);

        public Precision {
            if (digits < 1 || digits > MAX_DIGITS) {
                throw new IllegalArgumentException("digits must be from 1 to " + MAX_DIGITS + ", got " + digits);
            }
        }

        public static Precision digits(int n) {
            return new Precision(n, false);
        }

        public String number(double x) {
            return exact ? Format.exact(x) : Format.number(x, digits);
        }
    }

    public static String number(double x) {
        return number(x, DIGITS);
    }

    /** {@code x} with {@code digits} significant digits (more only where fewer would read as a whole number). */
    public static String number(double x, int digits) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == 0) return "0";
        double abs = Math.abs(x);
        if (abs < 1e15 && x == Math.rint(x)) {
            return Long.toString((long) x);
        }
        if (abs < 1e-3 || abs >= 1e6) {
            return scientific(x, Math.max(1, digits - 1));
        }
        return fixed(x, digits);
    }

    /** The shortest decimal that reads back as exactly {@code x}: 0.1, 1e-300, 0.30000000000000004. */
    public static String exact(double x) {
        if (!Double.isFinite(x)) return number(x);
        if (x == 0) return "0";
        BigDecimal shortest = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        for (int digits = 1; digits < shortest.precision(); digits++) {
            BigDecimal fewer = shortest.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (fewer.doubleValue() == x) {
                shortest = fewer.stripTrailingZeros();
                break;
            }
        }
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent >= -4 && exponent < 16) return plain(shortest);
        return plain(shortest.movePointLeft(exponent)) + "e" + exponent;
    }

    public static String value(Value v) {
        return v.toString();
    }

    /** A value in the given precision; exact vectors are shown in full, so they too read back. */
    public static String value(Value v, Precision precision) {
        if (v instanceof Value.Num n) return precision.number(n.value());
        if (v instanceof Value.Vec vec) return vec.toString(precision);
        return v.toString();
    }

    /** A percentage with the same rules, e.g. "2.66 %" for σ'(5). */
    public static String percent(double x) {
        return number(x) + " %";
    }

    private static String fixed(double x, int fewest) {
        BigDecimal exact = new BigDecimal(x);
        for (int digits = fewest; digits <= 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            // More digits while rounding would turn a non-integer into an integer
            // (0.99995 -> 1.000): the reader would take it for exactly 1.
            if (rounded.stripTrailingZeros().scale() > 0 || digits == 17) {
                return plain(rounded);
            }
        }
        return Double.toString(x);
    }

    private static String scientific(double x, int fewest) {
        for (int digits = fewest; digits <= 17; digits++) {
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
