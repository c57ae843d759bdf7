package satlab.lesson;

import satlab.engine.Format;

/**
 * How close a number answer must be: relative ({@code 1%}, the default) or absolute
 * ({@code 0.001}).
 *
 * @param amount   a fraction (0.01 for 1%) when relative, else an absolute distance
 * @param relative whether {@code amount} scales with the right answer
 */
public record Tolerance(double amount, boolean relative) {

    public static final Tolerance DEFAULT = new Tolerance(0.01, true);

    /** Whether {@code given} counts as {@code expected}. NaN is never accepted. */
    public boolean accepts(double expected, double given) {
        if (Double.isNaN(expected) || Double.isNaN(given)) return false;
        if (expected == given) return true;
        double allowed = relative ? amount * Math.abs(expected) : amount;
        return Math.abs(given - expected) <= allowed;
    }

    /** As an author writes it: "1%" or "0.001". */
    @Override
    public String toString() {
        return relative ? Format.number(amount * 100) + "%" : Format.number(amount);
    }
}
