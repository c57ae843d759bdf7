package satlab.tui;

import java.util.List;
import satlab.engine.Activation;
import satlab.sim.Init;
import satlab.sim.NetworkConfig;
import satlab.sim.NetworkResult;

/**
 * The network lab's state: the experiment being looked at, the last result that
 * arrived, and how far the running computation is. Keys give the neighbouring
 * experiment; the result of the previous one stays on screen until the new one
 * arrives, so the screen never goes blank while a heavy setting computes.
 *
 * @param title      where the lab was opened from (a lesson's title, or "free lab")
 * @param initial    the block's experiment, restored by 0
 * @param config     the experiment asked for
 * @param result     the latest result; for another config while computing; null before the first
 * @param computing  a result for {@code config} is on its way
 * @param layersDone layers finished in the current pass while computing
 * @param backward   the computation is in its backward pass
 * @param message    one line about the last key ("width is at its limit"), "" for none
 */
public record NetworkLab(String title, NetworkConfig initial, NetworkConfig config, NetworkResult result,
        boolean computing, int layersDone, boolean backward, String message) {

    static final int[] WIDTHS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 4000};
    static final double[] SDS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100};
    /** Deeper stacks do not fit the screen's rows and teach nothing more. */
    static final int MAX_LAYERS = 50;

    /** A lab on this experiment, waiting for its first result. */
    static NetworkLab open(String title, NetworkConfig config) {
        return new NetworkLab(title, config, config, null, true, 0, false, "");
    }

    /**
     * The lab after one key, running the new experiment when the key changed it; Esc
     * closes the lab and stops its computation.
     */
    Step<NetworkLab> update(Key key) {
        if (key.type() == Key.Type.ESC) return Step.close(this, new Effect.CancelNetwork());
        if (key.type() != Key.Type.CHAR) return Step.stay(this);
        char c = key.ch();
        try {
            return switch (c) {
                case '+', '=' -> change(config.layers() >= MAX_LAYERS ? null : config.withLayers(config.layers() + 1),
                        "at most " + MAX_LAYERS + " layers here");
                case '-', '_' -> change(config.layers() <= 1 ? null : config.withLayers(config.layers() - 1),
                        "one layer is the least");
                case ']' -> change(width(+1), "the width is at its largest");
                case '[' -> change(width(-1), "the width is at its smallest");
                case 'i' -> change(config.withInit(nextInit(config.init())), "");
                case '>', '.' -> change(sd(+1), "the normal sd is at its largest");
                case '<', ',' -> change(sd(-1), "the normal sd is at its smallest");
                case 'a' -> change(config.withActivation(nextActivation(config.activation())), "");
                case 's' -> change(config.withSeed(config.seed() + 1), "");
                case 'S' -> change(config.withSeed(config.seed() - 1), "");
                case '0' -> change(initial.equals(config) ? null : initial, "these are the lab's first settings");
                default -> Step.stay(this);
            };
        } catch (IllegalArgumentException tooBig) {
            return Step.stay(withMessage(tooBig.getMessage()));
        }
    }

    /** Takes a progress report or result; events for another experiment are stale and change nothing. */
    NetworkLab on(LabEvent.Network e) {
        if (!computing || !e.config().equals(config)) return this;
        if (e instanceof LabEvent.Computing p) {
            return new NetworkLab(title, initial, config, result, true, p.layersDone(), p.backward(), message);
        }
        if (e instanceof LabEvent.Computed done) {
            return new NetworkLab(title, initial, config, done.result(), false, 0, false, message);
        }
        return new NetworkLab(title, initial, config, result, false, 0, false, ((LabEvent.Failed) e).message());
    }

    /** The result shown is for another experiment (the new one is computing). */
    boolean stale() {
        return result != null && !result.config().equals(config);
    }

    NetworkLab withMessage(String m) {
        return new NetworkLab(title, initial, config, result, computing, layersDone, backward, m);
    }

    private Step<NetworkLab> change(NetworkConfig next, String whyNot) {
        if (next == null) return Step.stay(withMessage(whyNot));
        return Step.stay(new NetworkLab(title, initial, next, result, true, 0, false, ""), new Effect.RunNetwork(next));
    }

    private NetworkConfig width(int dir) {
        int w = config.width();
        int next = w;
        if (dir > 0) {
            for (int v : WIDTHS) if (v > w) { next = v; break; }
        } else {
            for (int i = WIDTHS.length - 1; i >= 0; i--) if (WIDTHS[i] < w) { next = WIDTHS[i]; break; }
        }
        return next == w ? null : config.withWidth(next);
    }

    /** Steps the normal sd; on another scheme, switches to the normal with the nearest sd. */
    private NetworkConfig sd(int dir) {
        if (!(config.init() instanceof Init.Normal n)) return config.withInit(new Init.Normal(1));
        double sd = n.sd();
        double next = sd;
        if (dir > 0) {
            for (double v : SDS) if (v > sd * (1 + 1e-9)) { next = v; break; }
        } else {
            for (int i = SDS.length - 1; i >= 0; i--) if (SDS[i] < sd * (1 - 1e-9)) { next = SDS[i]; break; }
        }
        return next == sd ? null : config.withInit(new Init.Normal(next));
    }

    /** normal:sd, then LeCun, Xavier, He, and back to normal with sd 1. */
    static Init nextInit(Init init) {
        List<Init> cycle = List.of(new Init.LeCun(), new Init.Xavier(), new Init.He());
        if (init instanceof Init.Normal || init instanceof Init.Uniform) return cycle.get(0);
        int i = cycle.indexOf(init);
        return i < cycle.size() - 1 ? cycle.get(i + 1) : new Init.Normal(1);
    }

    static Activation nextActivation(Activation a) {
        return switch (a) {
            case SIGMOID -> Activation.TANH;
            case TANH -> Activation.RELU;
            case RELU -> Activation.SIGMOID;
        };
    }
}
