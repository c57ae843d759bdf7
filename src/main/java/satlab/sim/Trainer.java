package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Activation;

/** Runs {@link TrainConfig}: plain gradient descent, w ← w − η·∂C/∂z·x, b ← b − η·∂C/∂z. */
public final class Trainer {
    private Trainer() {}

    /** Epoch 0 is the start; epoch k is the state after k steps. */
    public static TrainResult run(TrainConfig c) {
        List<TrainResult.Epoch> epochs = new ArrayList<>(c.epochs() + 1);
        double w = c.w();
        double b = c.b();
        for (int k = 0; ; k++) {
            double z = w * c.x() + b;
            double delta = c.cost().dz(z, c.y());
            epochs.add(new TrainResult.Epoch(k, w, b, Activation.sigmoid(z), c.cost().value(z, c.y()),
                    delta * c.x(), Activation.dsigmoid(z)));
            if (k == c.epochs()) break;
            w -= c.eta() * delta * c.x();
            b -= c.eta() * delta;
        }
        return new TrainResult(c, epochs);
    }
}
