package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import satlab.engine.Format;

/**
 * Plain-text views of training runs: a table of chosen epochs. For the learning
 * curves, hand {@link TrainResult#curve} to a plot (the CLI uses satlab.plot).
 */
public final class TrainText {
    /** What the chart and table show for each epoch. */
    public enum Quantity {
        OUTPUT("output a"),
        COST("cost C");

        private final String title;

        Quantity(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public String title(TrainConfig c) {
            return title + ", " + c.label();
        }

        double of(TrainResult.Epoch e) {
            return this == OUTPUT ? e.output() : e.cost();
        }

        public static Quantity parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "output", "a" -> OUTPUT;
                case "cost", "c" -> COST;
                default -> throw new IllegalArgumentException("unknown quantity '" + text.trim() + "' (expected output or cost)");
            };
        }
    }

    private TrainText() {}

    /** Epochs 0, every step, and the last: the rows a table shows. */
    public static int[] epochsEvery(int epochs, int step) {
        TreeSet<Integer> picks = new TreeSet<>();
        picks.add(0);
        for (int e = step; e <= epochs && step > 0; e += step) picks.add(e);
        picks.add(epochs);
        return picks.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A default step giving about ten rows: 10, 25, 50, 100, … */
    public static int defaultStep(int epochs) {
        int[] steps = {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 25_000, 50_000, 100_000};
        for (int s : steps) {
            if (epochs / s <= 12) return s;
        }
        return 100_000;
    }

    /**
     * One row per chosen epoch; for one run w, b, output, cost and σ'(z); for several,
     * the output and cost of each, headed by the run's number (1 for the first).
     */
    public static List<String> table(List<TrainResult> runs, int[] epochs) {
        List<String> out = new ArrayList<>();
        if (runs.size() == 1) {
            String fmt = "%6s  %10s %10s %10s %10s %10s";
            out.add(String.format(Locale.ROOT, fmt, "epoch", "w", "b", "output", "cost", "sigma'(z)"));
            for (int e : epochs) {
                if (e >= runs.get(0).epochs().size()) continue;
                TrainResult.Epoch p = runs.get(0).at(e);
                out.add(String.format(Locale.ROOT, fmt, e, n(p.w()), n(p.b()), n(p.output()), n(p.cost()), n(p.slope())));
            }
            return out;
        }
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%6s", "epoch"));
        for (int i = 0; i < runs.size(); i++) {
            head.append(String.format(Locale.ROOT, "  %10s %10s", "output " + (i + 1), "cost " + (i + 1)));
        }
        out.add(head.toString());
        for (int e : epochs) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%6d", e));
            for (TrainResult r : runs) {
                if (e < r.epochs().size()) {
                    row.append(String.format(Locale.ROOT, "  %10s %10s", n(r.at(e).output()), n(r.at(e).cost())));
                } else {
                    row.append(String.format(Locale.ROOT, "  %10s %10s", "", ""));
                }
            }
            out.add(row.toString().stripTrailing());
        }
        return out;
    }

    private static String n(double v) {
        return Format.number(v);
    }
}
