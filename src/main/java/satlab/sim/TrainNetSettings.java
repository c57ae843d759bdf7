package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import satlab.engine.Activation;

/**
 * The training playground's settings by name, as {@code satlab network --train},
 * the REPL's {@code :network --train} and a lesson's {@code train-net} block write
 * them. {@code compare} names one setting and its other value
 * ({@code compare: init=xavier}): a second run on the same data and seed that
 * differs in that one setting.
 */
public final class TrainNetSettings {

    /** Every name {@link #set} knows, in the order messages list them. */
    public static final List<String> KEYS = List.of("data", "points", "noise", "layers", "width", "activation",
            "init", "scale", "cost", "batch", "eta", "epochs", "threshold", "seed", "compare", "chart", "every");

    /** The settings a comparison may change. */
    public static final List<String> COMPARABLE = List.of("init", "scale", "activation", "cost", "eta", "layers",
            "width", "batch");

    private TrainNetConfig config = TrainNetConfig.defaults();
    private String compareKey;
    private String compareValue;
    private TrainNetText.Quantity chart;
    private Integer every;

    public TrainNetSettings() {}

    public TrainNetSettings(TrainNetConfig start) {
        this.config = start;
    }

    /**
     * Sets one value.
     *
     * @throws IllegalArgumentException naming the key and what it accepts
     */
    public TrainNetSettings set(String key, String text) {
        String v = text.trim();
        String k = key.toLowerCase(Locale.ROOT);
        switch (k) {
            case "compare" -> {
                int eq = v.indexOf('=');
                if (eq <= 0 || eq == v.length() - 1) {
                    throw new IllegalArgumentException("compare takes SETTING=VALUE, e.g. init=xavier, "
                            + "activation=tanh or cost=cross-entropy; got '" + v + "'");
                }
                String ck = v.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (!COMPARABLE.contains(ck)) {
                    throw new IllegalArgumentException("compare can change " + String.join(", ", COMPARABLE)
                            + "; not '" + ck + "'");
                }
                String cv = v.substring(eq + 1).trim();
                with(config, ck, cv);
                compareKey = ck;
                compareValue = cv;
            }
            case "chart" -> chart = TrainNetText.Quantity.parse(v);
            case "every" -> every = (int) Specs.whole("every", v, 1, Integer.MAX_VALUE);
            default -> config = with(config, k, v);
        }
        return this;
    }

    /** The config with one setting changed. */
    public static TrainNetConfig with(TrainNetConfig c, String key, String v) {
        return switch (key) {
            case "data" -> c.withData(DataKind.parse(v));
            case "points" -> new TrainNetConfig(c.data(), (int) Specs.whole("points", v, 8, TrainNetConfig.MAX_POINTS),
                    c.noise(), c.layers(), c.width(), c.activation(), c.init(), c.scale(), c.cost(), c.batch(), c.eta(),
                    c.epochs(), c.threshold(), c.seed());
            case "noise" -> new TrainNetConfig(c.data(), c.points(), range("noise", v, 0, 1), c.layers(), c.width(),
                    c.activation(), c.init(), c.scale(), c.cost(), c.batch(), c.eta(), c.epochs(), c.threshold(),
                    c.seed());
            case "layers" -> c.withLayers((int) Specs.whole("layers", v, 1, TrainNetConfig.MAX_LAYERS));
            case "width" -> c.withWidth((int) Specs.whole("width", v, 1, TrainNetConfig.MAX_WIDTH));
            case "activation" -> c.withActivation(Activation.parse(v));
            case "init" -> c.withInit(Init.parse(v));
            case "scale" -> c.withScale(positive("scale", v, TrainNetConfig.MAX_SCALE));
            case "cost" -> c.withCost(Cost.parse(v));
            case "batch" -> new TrainNetConfig(c.data(), c.points(), c.noise(), c.layers(), c.width(), c.activation(),
                    c.init(), c.scale(), c.cost(), (int) Specs.whole("batch", v, 1, TrainNetConfig.MAX_POINTS), c.eta(),
                    c.epochs(), c.threshold(), c.seed());
            case "eta" -> c.withEta(positive("eta", v, TrainNetConfig.MAX_ETA));
            case "epochs" -> c.withEpochs((int) Specs.whole("epochs", v, 0, TrainNetConfig.MAX_EPOCHS));
            case "threshold" -> new TrainNetConfig(c.data(), c.points(), c.noise(), c.layers(), c.width(),
                    c.activation(), c.init(), c.scale(), c.cost(), c.batch(), c.eta(), c.epochs(),
                    range("threshold", v, 0, 1e6), c.seed());
            case "seed" -> c.withSeed(Specs.whole("seed", v, Long.MIN_VALUE, Long.MAX_VALUE));
            default -> throw new IllegalArgumentException("unknown setting '" + key + "' (known: "
                    + String.join(", ", KEYS) + ")");
        };
    }

    /**
     * The runs: the first, and the compared one if any.
     *
     * @throws IllegalArgumentException when the settings do not fit together (a threshold for relu)
     */
    public List<TrainNetConfig> configs() {
        if (!Double.isNaN(config.threshold()) && config.activation() == Activation.RELU) {
            throw new IllegalArgumentException(
                    "threshold applies to sigmoid and tanh; relu reports the share of dead neurons (z <= 0)");
        }
        List<TrainNetConfig> out = new ArrayList<>();
        out.add(config);
        if (compareKey != null) out.add(with(config, compareKey, compareValue));
        return out;
    }

    public TrainNetText.Quantity chart() {
        return chart != null ? chart : TrainNetText.Quantity.fitting(configs());
    }

    public OptionalInt every() {
        return every == null ? OptionalInt.empty() : OptionalInt.of(every);
    }

    /** "init=xavier", or null without a comparison. */
    public String compare() {
        return compareKey == null ? null : compareKey + "=" + compareValue;
    }

    private static double positive(String key, String v, double max) {
        double x = Specs.number(v, key, "1");
        if (!(x > 0 && x <= max)) {
            throw new IllegalArgumentException(key + " must be above 0 and at most " + satlab.engine.Format.number(max)
                    + ", got " + v);
        }
        return x;
    }

    private static double range(String key, String v, double lo, double hi) {
        double x = Specs.number(v, key, Double.toString(lo));
        if (x < lo || x > hi) {
            throw new IllegalArgumentException(key + " must be from " + satlab.engine.Format.number(lo) + " to "
                    + satlab.engine.Format.number(hi) + ", got " + v);
        }
        return x;
    }
}
