package satlab.sim;

import java.util.Locale;
import satlab.engine.Activation;

/** The cost of one sigmoid output a = σ(z) against a target y. */
public enum Cost {
    /** C = (a − y)² / 2, so ∂C/∂z = (a − y)·σ'(z): a saturated neuron learns slowly. */
    QUADRATIC("quadratic"),
    /** C = −[y ln a + (1 − y) ln(1 − a)], so ∂C/∂z = a − y: σ' cancels. */
    CROSS_ENTROPY("cross-entropy");

    private final String displayName;

    Cost(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The cost at pre-activation z; cross-entropy as softplus sums so it stays finite for saturated z. */
    public double value(double z, double y) {
        return switch (this) {
            case QUADRATIC -> {
                double d = Activation.sigmoid(z) - y;
                yield d * d / 2.0;
            }
            // ln σ(z) = −softplus(−z) and ln(1 − σ(z)) = −softplus(z).
            case CROSS_ENTROPY -> y * softplus(-z) + (1 - y) * softplus(z);
        };
    }

    /** ∂C/∂z at pre-activation z. */
    public double dz(double z, double y) {
        double a = Activation.sigmoid(z);
        return switch (this) {
            case QUADRATIC -> (a - y) * Activation.dsigmoid(z);
            case CROSS_ENTROPY -> a - y;
        };
    }

    /** ln(1 + eˣ) without overflow or loss of digits. */
    static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** Parses "quadratic" ("mse", "quad") or "cross-entropy" ("crossentropy", "ce", "xent"). */
    public static Cost parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "quadratic", "quad", "mse" -> QUADRATIC;
            case "cross-entropy", "crossentropy", "cross_entropy", "ce", "xent" -> CROSS_ENTROPY;
            default -> throw new IllegalArgumentException(
                    "unknown cost '" + text.trim() + "' (expected quadratic or cross-entropy)");
        };
    }
}
