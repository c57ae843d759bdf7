package satlab.sim;

import java.util.List;
import java.util.Locale;
import satlab.engine.Activation;

/**
 * The layer-stack lab's settings by name, as the command line, the REPL's
 * {@code :network} and a lesson's {@code network} block write them
 * ({@code init} = {@code normal:1}). Each value is checked as it is set, so a
 * message can point at it; {@link #config()} then applies the rules that join
 * several settings.
 */
public final class NetworkSettings {

    /** Every name {@link #set} knows, in the order messages list them. */
    public static final List<String> KEYS = List.of("layers", "width", "inputs", "input", "init", "bias",
            "activation", "centre", "threshold", "batch", "bins", "seed");

    private final NetworkConfig defaults = NetworkConfig.defaults();
    private int layers = defaults.layers();
    private int width = defaults.width();
    private Integer inputs;
    private int batch = defaults.batch();
    private InputDistribution input = defaults.input();
    private Init init = defaults.init();
    private Bias bias = defaults.bias();
    private Activation activation = defaults.activation();
    private Double threshold;
    private int bins = defaults.bins();
    private long seed = defaults.seed();
    private boolean centred = defaults.centred();

    /**
     * Sets one value.
     *
     * @throws IllegalArgumentException naming the key and what it accepts
     */
    public NetworkSettings set(String key, String text) {
        String v = text.trim();
        switch (key.toLowerCase(Locale.ROOT)) {
            case "layers" -> layers = (int) Specs.whole("layers", v, 1, NetworkConfig.MAX_LAYERS);
            case "width" -> width = (int) Specs.whole("width", v, 1, NetworkConfig.MAX_WIDTH);
            case "inputs" -> inputs = (int) Specs.whole("inputs", v, 1, NetworkConfig.MAX_INPUTS);
            case "batch" -> batch = (int) Specs.whole("batch", v, 1, NetworkConfig.MAX_BATCH);
            case "bins" -> bins = (int) Specs.whole("bins", v, 1, NetworkConfig.MAX_BINS);
            case "seed" -> seed = Specs.whole("seed", v, Long.MIN_VALUE, Long.MAX_VALUE);
            case "input" -> input = InputDistribution.parse(v);
            case "init" -> init = Init.parse(v);
            case "bias" -> bias = Bias.parse(v);
            case "activation" -> activation = Activation.parse(v);
            case "centre" -> centred = switch (v.toLowerCase(Locale.ROOT)) {
                case "yes", "true", "on" -> true;
                case "no", "false", "off" -> false;
                default -> throw new IllegalArgumentException("centre must be yes or no (yes: each layer outputs"
                        + " sigmoid(z) - 0.5), got '" + v + "'");
            };
            case "threshold" -> {
                double t = Specs.number(v, "threshold", "5");
                if (t < 0) throw new IllegalArgumentException("threshold must be 0 or more, got " + v);
                threshold = t;
            }
            default -> throw new IllegalArgumentException("unknown setting '" + key + "' (known: "
                    + String.join(", ", KEYS) + ")");
        }
        return this;
    }

    /** Whether a threshold was set; a lesson passes its own down only when not. */
    public boolean hasThreshold() {
        return threshold != null;
    }

    public Activation activation() {
        return activation;
    }

    /**
     * The experiment.
     *
     * @throws IllegalArgumentException when the settings do not fit together
     */
    public NetworkConfig config() {
        return config(layers, width, inputs, batch, input, init, bias, activation, threshold, bins, seed)
                .withCentred(centred);
    }

    /**
     * The experiment from typed settings: the inputs default to the width, and a
     * threshold is refused for relu, which counts dead neurons instead.
     *
     * @param inputs null for the width
     * @param threshold null for the activation's default
     */
    public static NetworkConfig config(int layers, int width, Integer inputs, int batch, InputDistribution input,
            Init init, Bias bias, Activation activation, Double threshold, int bins, long seed) {
        if (threshold != null && activation == Activation.RELU) {
            throw new IllegalArgumentException(
                    "threshold applies to sigmoid and tanh; relu reports the share of dead neurons (z <= 0)");
        }
        return new NetworkConfig(layers, width, inputs == null ? width : inputs, batch, input, init, bias,
                activation, threshold == null ? Double.NaN : threshold, bins, seed);
    }
}
