package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import satlab.engine.Activation;

/**
 * Plain-text views of the training playground's runs, for every front end: a
 * table every so many epochs, the layers at the start and the end, and a verdict
 * in words. Every line fits 72 columns.
 */
public final class TrainNetText {

    /** What a chart of the runs plots by epoch. */
    public enum Quantity {
        LOSS("training loss"),
        ACCURACY("test accuracy"),
        SATURATED("top hidden layer saturated"),
        ACTIVATION("top hidden layer's mean activation");

        private final String title;

        Quantity(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public double of(EpochStats e) {
            return switch (this) {
                case LOSS -> e.trainLoss();
                case ACCURACY -> e.testAccuracy();
                case SATURATED -> e.hidden(e.layers().size() - 1).saturated();
                case ACTIVATION -> e.hidden(e.layers().size() - 1).meanActivation();
            };
        }

        /** The loss only compares runs of one cost; runs of different costs are compared by accuracy. */
        public static Quantity fitting(List<TrainNetConfig> runs) {
            return runs.stream().map(TrainNetConfig::cost).distinct().count() > 1 ? ACCURACY : LOSS;
        }

        public static Quantity parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "loss", "cost" -> LOSS;
                case "accuracy", "acc" -> ACCURACY;
                case "saturated", "saturation", "sat" -> SATURATED;
                case "activation", "mean" -> ACTIVATION;
                default -> throw new IllegalArgumentException("unknown chart '" + text.trim()
                        + "' (expected loss, accuracy, saturated or activation)");
            };
        }
    }

    public static final int WIDTH = 72;

    private TrainNetText() {}

    /** The quantity as a function of the epoch, linear between epochs, NaN past the last one. */
    public static DoubleUnaryOperator curve(List<EpochStats> epochs, Quantity q) {
        return e -> {
            if (!(e >= 0) || epochs.isEmpty()) return Double.NaN;
            int i = (int) Math.floor(e);
            if (i >= epochs.size() - 1) return e <= epochs.size() - 1 + 1e-9 ? q.of(epochs.get(epochs.size() - 1))
                    : Double.NaN;
            double f = e - i;
            return q.of(epochs.get(i)) * (1 - f) + q.of(epochs.get(i + 1)) * f;
        };
    }

    /** Epoch rows: 0, every step and the last. */
    public static List<String> table(List<TrainNetResult> runs, int step) {
        int last = runs.stream().mapToInt(r -> r.last().epoch()).max().orElse(0);
        int[] picks = TrainText.epochsEvery(last, Math.max(1, step));
        List<String> out = new ArrayList<>();
        if (runs.size() == 1) {
            TrainNetResult r = runs.get(0);
            int layers = r.config().layers();
            boolean all = layers <= 5;
            String satHead = all ? "saturated % per layer | out"
                    : "saturated % (1, " + layers + " | out)";
            if (r.config().activation() == Activation.RELU) satHead = satHead.replace("saturated", "dead/sat");
            out.add(String.format(Locale.ROOT, "%6s %10s %10s %6s %6s  %s", "epoch", "train loss", "test loss",
                    "train", "test", satHead));
            for (int e : picks) {
                if (e >= r.epochs().size()) continue;
                EpochStats s = r.epochs().get(e);
                StringBuilder sat = new StringBuilder();
                for (int l = 1; l <= layers; l++) {
                    if (!all && l != 1 && l != layers) continue;
                    sat.append(String.format(Locale.ROOT, "%4s", pct(s.hidden(l).saturated())));
                }
                sat.append(" |").append(String.format(Locale.ROOT, "%4s", pct(s.output().saturated())));
                out.add(String.format(Locale.ROOT, "%6d %10s %10s %6s %6s  %s", e, num(s.trainLoss()),
                        num(s.testLoss()), pct(s.trainAccuracy()) + "%", pct(s.testAccuracy()) + "%", sat));
            }
            return out;
        }
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%6s", "epoch"));
        for (int i = 0; i < runs.size(); i++) {
            head.append(String.format(Locale.ROOT, " | %-27s", "run " + (i + 1) + ": loss  test  top/out sat"));
        }
        out.add(head.toString().stripTrailing());
        for (int e : picks) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%6d", e));
            for (TrainNetResult r : runs) {
                if (e >= r.epochs().size()) {
                    row.append(" | ").append(" ".repeat(27));
                    continue;
                }
                EpochStats s = r.epochs().get(e);
                row.append(String.format(Locale.ROOT, " | %10s %5s %4s/%-4s", num(s.trainLoss()),
                        pct(s.testAccuracy()) + "%", pct(s.hidden(r.config().layers()).saturated()),
                        pct(s.output().saturated())));
            }
            out.add(row.toString().stripTrailing());
        }
        return out;
    }

    /** Per layer, at the first and the last epoch: saturated share, mean |f'|, mean activation, gradient. */
    public static List<String> layers(TrainNetResult r) {
        List<String> out = new ArrayList<>();
        EpochStats a = r.first();
        EpochStats b = r.last();
        String format = "%5s  %-11s %-17s %-13s %s";
        out.add(String.format(Locale.ROOT, format, "layer", "saturated%", "mean |f'|", "mean act.", "|dC/dW|")
                .stripTrailing());
        out.add(String.format(Locale.ROOT, "%5s  %s", "", "(epoch " + a.epoch() + " -> epoch " + b.epoch() + ")"));
        for (int i = 0; i < a.layers().size(); i++) {
            EpochStats.Layer x = a.layers().get(i);
            EpochStats.Layer y = b.layers().get(i);
            String name = i == a.layers().size() - 1 ? "out" : String.valueOf(x.layer());
            out.add(String.format(Locale.ROOT, format, name,
                    pct(x.saturated()) + " -> " + pct(y.saturated()),
                    sig(x.meanAbsSlope()) + " -> " + sig(y.meanAbsSlope()),
                    two(x.meanActivation()) + " -> " + two(y.meanActivation()),
                    sig(x.gradientNorm()) + " -> " + sig(y.gradientNorm())).stripTrailing());
        }
        return out;
    }

    /** Three significant digits, short: 0.0213, 1.24, 3.1e-05. */
    public static String sig(double v) {
        if (Double.isNaN(v)) return "-";
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a < 1e-3 || a >= 1e4) return String.format(Locale.ROOT, "%.1e", v);
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
        return s;
    }

    /**
     * One sentence on how a run went and why: learning, stuck with its output or its top layer
     * saturated, or stuck with no gradient reaching the first layer.
     */
    public static String verdict(TrainNetResult r) {
        EpochStats first = r.first();
        EpochStats last = r.last();
        int L = r.config().layers();
        double acc = last.testAccuracy();
        String where = "after " + last.epoch() + " epochs, test accuracy " + pct(acc) + "%";
        if (acc >= 0.9) {
            int reached = -1;
            for (EpochStats e : r.epochs()) if (e.testAccuracy() >= 0.9) { reached = e.epoch(); break; }
            return "LEARNED: " + where + " (90% first reached at epoch " + reached + ").";
        }
        double drop = first.trainLoss() > 0 ? 1 - last.trainLoss() / first.trainLoss() : 0;
        String why;
        if (last.output().saturated() >= 0.5 && r.config().cost() == Cost.QUADRATIC) {
            why = pct(last.output().saturated()) + "% of the outputs are saturated, and the quadratic cost's "
                    + "gradient carries their sigma'(z) ~ " + sig(last.output().meanAbsSlope())
                    + ": the wrong ones barely move (cross-entropy cancels that factor).";
        } else if (last.hidden(L).saturated() >= 0.3) {
            why = pct(last.hidden(L).saturated()) + "% of the top hidden layer is saturated (mean |f'| "
                    + sig(last.hidden(L).meanAbsSlope()) + "), so little gradient gets past it.";
        } else if (L > 1 && last.hidden(1).gradientNorm() < 1e-3 * Math.max(1e-300, last.output().gradientNorm())) {
            why = "layer 1's weights get " + sig(last.hidden(1).gradientNorm() / last.output().gradientNorm())
                    + " of the output's gradient: the signal from the inputs has faded on the way up.";
        } else {
            why = "the loss fell " + pct(Math.max(0, drop)) + "%; more epochs or a larger eta may help.";
        }
        return (acc <= 0.6 ? "STUCK: " : "SLOW: ") + where + ". " + why;
    }

    /** A share as a whole percentage ("77"); "<1" for a share above 0 that rounds to 0. */
    public static String pct(double share) {
        if (Double.isNaN(share)) return "-";
        long p = Math.round(share * 100);
        if (p == 0 && share > 0) return "<1";
        return Long.toString(p);
    }

    private static String num(double v) {
        if (Double.isNaN(v)) return "-";
        if (v != 0 && Math.abs(v) < 1e-3) return String.format(Locale.ROOT, "%.2e", v);
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
