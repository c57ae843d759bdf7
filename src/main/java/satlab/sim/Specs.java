package satlab.sim;

import java.util.Locale;

/** Shared parsing of "name:number" and "name:a,b" option texts, with messages a learner can act on. */
final class Specs {
    private Specs() {}

    /** The part before ':' in lower case ("Normal:1" → "normal"). */
    static String name(String spec) {
        String s = spec.trim();
        int colon = s.indexOf(':');
        return (colon < 0 ? s : s.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The numbers after ':' ("uniform:-1,1" → [-1, 1]); empty when there is no ':'. */
    static double[] numbers(String spec, String what, String example) {
        String s = spec.trim();
        int colon = s.indexOf(':');
        if (colon < 0) return new double[0];
        String rest = s.substring(colon + 1).trim();
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(what + " '" + s + "' has nothing after ':' (e.g. " + example + ")");
        }
        String[] parts = rest.split("[,\\s]+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(parts[i], what + " '" + s + "'", example);
        }
        return out;
    }

    /** A finite number, or a message naming the text that is not one. */
    static double number(String text, String where, String example) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + text.trim() + "' is not a number (e.g. " + example + ")");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(where + ": '" + text.trim() + "' is not a finite number");
        }
        return v;
    }

    static double[] expect(double[] got, int min, int max, String spec, String what, String example) {
        if (got.length < min || got.length > max) {
            String count = min == max ? String.valueOf(min) : min + " to " + max;
            throw new IllegalArgumentException(what + " '" + spec.trim() + "' takes " + count
                    + " number" + (max == 1 ? "" : "s") + " after ':' (e.g. " + example + ")");
        }
        return got;
    }

    /** A whole number in [lo, hi] (hi = Integer.MAX_VALUE reads "at least lo"), or a message naming the key. */
    static long whole(String key, String v, long lo, long hi) {
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + v.trim() + "'");
        }
        if (n < lo || n > hi) {
            throw new IllegalArgumentException(key + " must be " + (hi == Integer.MAX_VALUE ? "at least " + lo
                    : "between " + lo + " and " + hi) + ", got " + n);
        }
        return n;
    }
}
