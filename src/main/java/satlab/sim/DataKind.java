package satlab.sim;

import java.util.Locale;

/**
 * The two-class problems the training playground generates, after TensorFlow
 * Playground's: every point lies in about [−1, 1]², label 0 or 1, half of each.
 */
public enum DataKind {
    /** Two Gaussian blobs: a straight line separates them; even one neuron can learn it. */
    BLOBS("blobs", "two Gaussian blobs"),
    /** The quadrants: label 1 where x and y have the same sign; needs a hidden layer. */
    XOR("xor", "XOR quadrants"),
    /** A disc inside a ring: needs a closed boundary. */
    CIRCLES("circles", "a disc inside a ring"),
    /** Two interleaved spirals: the hard one, many bends. */
    SPIRALS("spirals", "two interleaved spirals");

    private final String spec;
    private final String description;

    DataKind(String spec, String description) {
        this.spec = spec;
        this.description = description;
    }

    /** The option text ("xor"). */
    public String spec() {
        return spec;
    }

    /** In words, for headers ("a disc inside a ring"). */
    public String description() {
        return description;
    }

    public DataKind next() {
        DataKind[] all = values();
        return all[(ordinal() + 1) % all.length];
    }

    public static DataKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (DataKind k : values()) {
            if (k.spec.equals(t) || (k.spec + "s").equals(t) || k.spec.equals(t + "s")) return k;
        }
        throw new IllegalArgumentException("unknown data set '" + text.trim()
                + "' (expected blobs, xor, circles or spirals)");
    }
}
