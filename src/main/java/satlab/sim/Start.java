package satlab.sim;

import satlab.engine.Format;

/** A trainer's starting weight and bias, written "W,B" ("2,2", "0.6, 0.9" or "2 2"). */
public record Start(double w, double b) {

    public Start {
        if (!Double.isFinite(w) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("a start point needs finite numbers, got " + w + ", " + b);
        }
    }

    public static Start parse(String text) {
        String[] parts = text.trim().split("\\s*,\\s*|\\s+");
        if (parts.length != 2 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a start point W,B (e.g. 2,2 or 0.6,0.9)");
        }
        return new Start(number(parts[0], text), number(parts[1], text));
    }

    private static double number(String part, String whole) {
        try {
            double v = Double.parseDouble(part);
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below with the whole text
        }
        throw new IllegalArgumentException("'" + part + "' in '" + whole.trim()
                + "' is not a finite number (a start point is W,B, e.g. 2,2)");
    }

    /** "2,2" as it would be typed. */
    public String spec() {
        return Format.number(w) + "," + Format.number(b);
    }
}
