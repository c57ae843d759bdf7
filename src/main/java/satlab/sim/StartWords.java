package satlab.sim;

import satlab.engine.Activation;
import satlab.engine.Format;

/** Why a training-race start learns slowly or fast, in words, from its first step's numbers. */
public final class StartWords {
    private StartWords() {}

    /** One or two sentences: z at the start, σ'(z) against its peak, and the gradient the cost makes of it. */
    public static String why(TrainConfig c) {
        double z = c.w() * c.x() + c.b();
        double a = Activation.sigmoid(z);
        double slope = Activation.dsigmoid(z);
        double share = slope / 0.25;
        double grad = Math.abs(c.cost().dz(z, c.y()));
        String at = "z = " + Format.number(z) + ", a = " + Format.number(a) + ", sigma'(z) = " + Format.number(slope)
                + " (" + Math.round(share * 100) + "% of its peak)";
        if (Math.abs(a - c.y()) < 0.05) return at + ": it starts next to the target y = " + Format.number(c.y())
                + ", so there is little to learn.";
        if (c.cost() == Cost.CROSS_ENTROPY) {
            return at + ". Cross-entropy's gradient a - y = " + Format.number(a - c.y()) + " has no sigma'(z) in it,"
                    + (share < 0.2 ? " so even this saturated start" : " so it") + " learns fast.";
        }
        String speed = share < 0.2 ? "the neuron is saturated and the quadratic cost's gradient (a - y)sigma'(z) = "
                + Format.number(grad) + " is small: it starts SLOWLY"
                : "the quadratic cost's gradient (a - y)sigma'(z) = " + Format.number(grad) + " is healthy: it starts fast";
        return at + ": " + speed + ".";
    }
}
