package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The trainer's settings by name, as {@code satlab train} and the REPL's
 * {@code :train} write them: a first run from {@code start} with {@code cost},
 * and a second one when {@code compare} or {@code compare-cost} is given.
 */
public final class TrainSettings {

    /** Every name {@link #set} knows, in the order messages list them. */
    public static final List<String> KEYS = List.of("start", "cost", "compare", "compare-cost", "epochs", "eta",
            "x", "y", "chart", "every");

    private Start start = new Start(2, 2);
    private Cost cost = Cost.QUADRATIC;
    private Start compare;
    private Cost compareCost;
    private int epochs = 300;
    private double eta = 0.15;
    private double x = 1;
    private double y = 0;
    private TrainText.Quantity chart = TrainText.Quantity.OUTPUT;
    private Integer every;

    /**
     * Sets one value.
     *
     * @throws IllegalArgumentException naming the key and what it accepts
     */
    public TrainSettings set(String key, String text) {
        String v = text.trim();
        switch (key.toLowerCase(Locale.ROOT)) {
            case "start" -> start = Start.parse(v);
            case "compare" -> compare = Start.parse(v);
            case "cost" -> cost = Cost.parse(v);
            case "compare-cost" -> compareCost = Cost.parse(v);
            case "epochs" -> epochs = (int) Specs.whole("epochs", v, 0, TrainConfig.MAX_EPOCHS);
            case "every" -> every = (int) Specs.whole("every", v, 1, Integer.MAX_VALUE);
            case "eta" -> eta = Specs.number(v, "eta", "0.15");
            case "x" -> x = Specs.number(v, "x", "1");
            case "y" -> y = Specs.number(v, "y", "0");
            case "chart" -> chart = TrainText.Quantity.parse(v);
            default -> throw new IllegalArgumentException("unknown setting '" + key + "' (known: "
                    + String.join(", ", KEYS) + ")");
        }
        return this;
    }

    /**
     * The runs to race.
     *
     * @throws IllegalArgumentException when a value is out of range (eta ≤ 0, y outside [0, 1])
     */
    public List<TrainConfig> configs() {
        return configs(start, cost, compare, compareCost, epochs, eta, x, y);
    }

    public TrainText.Quantity chart() {
        return chart;
    }

    /** Table rows every so many epochs, if given. */
    public OptionalInt every() {
        return every == null ? OptionalInt.empty() : OptionalInt.of(every);
    }

    /**
     * The first run, and a second when compare or compareCost is given: from compare
     * (else the same start) with compareCost (else the same cost).
     */
    public static List<TrainConfig> configs(Start start, Cost cost, Start compare, Cost compareCost, int epochs,
            double eta, double x, double y) {
        List<TrainConfig> list = new ArrayList<>();
        TrainConfig first = new TrainConfig(start.w(), start.b(), x, y, eta, cost, epochs);
        list.add(first);
        if (compare != null || compareCost != null) {
            Start s = compare != null ? compare : start;
            list.add(first.withStart(s.w(), s.b()).withCost(compareCost != null ? compareCost : cost));
        }
        return list;
    }
}
