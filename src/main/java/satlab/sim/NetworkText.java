package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import satlab.engine.Activation;
import satlab.engine.Format;

/** Plain-text views of a {@link NetworkResult}: lines for the CLI, line mode and the full-screen tutor alike. */
public final class NetworkText {
    private static final String ROW = "%5s  %9s %8s %8s  %7s  %9s %10s  %7s %7s %9s  %9s %9s";
    /** The narrow table's row: no mean z, mean a, if normal or dC/dz, so it fits 72 columns. */
    private static final String NARROW_ROW = "%5s  %8s %8s  %9s  %7s %6s  %9s";
    private static final String DECOMPOSITION_ROW = "%5s  %6s %9s  %9s %9s %7s  %7s  %8s";

    /** Characters in a row of the full table. */
    public static final int TABLE_WIDTH = String.format(Locale.ROOT, ROW, "", "", "", "", "", "", "", "", "", "", "",
            "").length();

    /** How {@link #report} draws each layer's activations. */
    public enum Histograms {
        /** One sparkline per layer. */
        COMPACT,
        /** One bar per bin, a block per layer. */
        BARS,
        NONE;

        public static Histograms parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "compact" -> COMPACT;
                case "bars" -> BARS;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException(
                        "histograms must be compact, bars or none, got '" + text.trim() + "'");
            };
        }
    }

    private NetworkText() {}

    /**
     * Everything {@code satlab network} prints, line by line: the table, its legend,
     * the saturation bars and the histograms in the given style, with blank lines
     * between the parts.
     */
    public static List<String> report(NetworkResult result, Histograms style, Glyphs g) {
        return report(result, style, g, TABLE_WIDTH);
    }

    /**
     * The same report for a screen this many columns wide: below {@link #TABLE_WIDTH}
     * the table is {@link #narrowTable}. The experiment's header and the legend are
     * sentences longer than 80 columns; callers wrap them.
     */
    public static List<String> report(NetworkResult result, Histograms style, Glyphs g, int width) {
        NetworkConfig config = result.config();
        List<String> out = new ArrayList<>(width < TABLE_WIDTH ? narrowTable(result) : table(result));
        out.add("");
        out.addAll(legend(config));
        out.add("");
        Verdict v = verdict(result);
        out.add(v.word() + ": " + v.reason());
        out.add("");
        out.addAll(decomposition(result));
        out.add("");
        out.addAll(saturationBars(result, 40, g));
        if (style == Histograms.COMPACT) {
            out.add("");
            out.add("activations per layer (" + config.bins() + " bins, tallest bin = full height):");
            out.addAll(sparklines(result, g));
        } else if (style == Histograms.BARS) {
            for (LayerStats s : result.layers()) {
                out.add("");
                out.add("layer " + s.layer() + " activations:");
                out.addAll(bars(s.histogram(), 40, g));
            }
        }
        return out;
    }

    /** The per-layer table: a header naming the experiment, column titles, one row per layer. */
    public static List<String> table(NetworkResult r) {
        boolean relu = r.config().activation() == Activation.RELU;
        List<String> out = new ArrayList<>();
        out.add(r.config().summary());
        out.add(String.format(Locale.ROOT, ROW, "layer", "mean z", "sd z", "pred sd", "mean a",
                relu ? "dead" : "saturated", "if normal", "rms f'", "gain", "pred gain", "rms dC/dz", "rms dC/dw"));
        for (LayerStats s : r.layers()) {
            out.add(String.format(Locale.ROOT, ROW, s.layer(), num(s.zMean()), num(s.zSd()), num(s.predictedZSd()),
                    num(s.aMean()), pct(s.saturated()), pct(s.expectedSaturated()), num(s.slopeRms()),
                    gain(s), Double.isNaN(s.predictedGain()) ? "-" : num(s.predictedGain()), num(s.deltaRms()),
                    num(s.weightGradientRms())));
        }
        return out;
    }

    /**
     * The per-layer table in at most 72 columns for narrow screens: layer, sd z,
     * pred sd, saturated, rms f', gain and rms dC/dw. The header naming the
     * experiment is not shortened; wrap it.
     */
    public static List<String> narrowTable(NetworkResult r) {
        boolean relu = r.config().activation() == Activation.RELU;
        List<String> out = new ArrayList<>();
        out.add(r.config().summary());
        out.add(String.format(Locale.ROOT, NARROW_ROW, "layer", "sd z", "pred sd",
                relu ? "dead" : "saturated", "rms f'", "gain", "rms dC/dw"));
        for (LayerStats s : r.layers()) {
            out.add(String.format(Locale.ROOT, NARROW_ROW, s.layer(), num(s.zSd()), num(s.predictedZSd()),
                    pct(s.saturated()), num(s.slopeRms()), gain(s), num(s.weightGradientRms())));
        }
        return out;
    }

    /** A layer's gain, or "-" for the top layer, which has no layer above to pass it a gradient. */
    public static String gain(LayerStats s) {
        return Double.isNaN(s.gain()) ? "-" : num(s.gain());
    }

    /**
     * Where each layer's spread of z comes from, in the run's own numbers:
     * Var(z) = n_in · Var(w) · (Var(a) + E[a]²) + Var(b), with the share of E[a²]
     * that is E[a]² (the part centred inputs would remove).
     */
    public static List<String> decomposition(NetworkResult r) {
        List<String> out = new ArrayList<>();
        out.add("where the spread of z comes from (a = the layer's inputs, the outputs below):");
        out.add("Var(z) = n_in * Var(w) * (Var(a) + E[a]^2) + Var(b)");
        out.add(String.format(Locale.ROOT, DECOMPOSITION_ROW, "layer", "n_in", "Var(w)", "Var(a)", "E[a]^2",
                "share", "Var(b)", "pred sd"));
        double vb = r.config().bias().variance();
        for (LayerStats s : r.layers()) {
            out.add(String.format(Locale.ROOT, DECOMPOSITION_ROW, s.layer(), s.fanIn(), num(s.weightVariance()),
                    num(s.inputVariance()), num(s.inputMean() * s.inputMean()), pct0(s.meanShare()), num(vb),
                    num(s.predictedZSd())));
        }
        out.add("share = E[a]^2 / E[a^2]: the part of Var(z) that zero-mean inputs would remove.");
        return out;
    }

    /** One layer's decomposition in a sentence, for a screen with no room for the table. */
    public static String decompositionLine(NetworkResult r, LayerStats s) {
        double vb = r.config().bias().variance();
        String sum = num(s.fanIn()) + " * " + num(s.weightVariance()) + " * (" + num(s.inputVariance()) + " + "
                + num(s.inputMean() * s.inputMean()) + ")" + (vb > 0 ? " + " + num(vb) : "");
        return "layer " + s.layer() + ": Var(z) = n_in * Var(w) * (Var(a) + E[a]^2)" + (vb > 0 ? " + Var(b)" : "")
                + " = " + sum + ", sd " + num(s.predictedZSd()) + " (measured " + num(s.zSd()) + "); E[a]^2 is "
                + pct0(s.meanShare()) + " of E[a^2]";
    }

    /** A share as a whole percentage ("75 %"), for the decomposition. */
    static String pct0(double fraction) {
        return Math.round(100 * fraction) + " %";
    }

    /** How bad a verdict is, for colour. */
    public enum Level { GOOD, WARNING, BAD }

    /** The network in one word and one sentence. */
    public record Verdict(String word, String reason, Level level) {}

    /** From this share of saturated neurons on, a layer's learning is visibly held back. */
    public static final double MOSTLY = 0.3;

    /**
     * The verdict every front end shows: how saturated the stack is, how the gradient
     * changes layer by layer on its way down (the gain, Nielsen ch. 5's product), and
     * what reaches layer 1's weights compared with the top layer's.
     */
    public static Verdict verdict(NetworkResult r) {
        NetworkConfig c = r.config();
        boolean relu = c.activation() == Activation.RELU;
        LayerStats worst = r.layer(1);
        for (LayerStats l : r.layers()) if (l.saturated() > worst.saturated()) worst = l;
        boolean deep = r.layers().size() > 1;
        double top = r.top().weightGradientRms();
        double ratio = top > 0 ? r.layer(1).weightGradientRms() / top : 0;
        double gain = typicalGain(r);
        String share = pct(worst.saturated());
        String f = c.activation().displayName() + "'";
        String through = deep ? " Going down, each layer multiplies the gradient by about " + num(gain) : "";
        String reaches = deep ? "; layer 1's weights get " + ratioText(ratio) + " the top layer's." : "";
        if (!relu && worst.saturated() >= MOSTLY) {
            String why = share + " of layer " + worst.layer() + "'s neurons have |z| > "
                    + num(c.saturationThreshold()) + " (" + f + " under " + num(peakShare(c)) + " % of its peak):"
                    + " their weights barely learn.";
            if (deep && gain > 1.2) {
                why += " The large weights multiply what gets through the other neurons by " + num(gain)
                        + " a layer, so the gradient grows towards layer 1" + reaches
                        + " Unstable, not healthy.";
            } else if (deep && gain < 0.8) {
                why += through + reaches;
            } else if (deep) {
                why += " The large weights make up for the small " + f + " (gain " + num(gain)
                        + " a layer), but only through the unsaturated neurons" + reaches;
            }
            return new Verdict("SATURATED", why, Level.BAD);
        }
        if (deep && ratio < 0.01) {
            String why = (relu ? share + " dead at most" : worst.saturated() == 0 ? "no neuron saturated"
                    : share + " saturated at most") + ", yet" + lower(through) + reaches
                    + " The first layers learn slowest (Nielsen ch. 5's vanishing gradient).";
            return new Verdict("VANISHING", why, Level.BAD);
        }
        if (deep && ratio > 100) {
            return new Verdict("EXPLODING", through.strip() + reaches + " Steps there overshoot.", Level.BAD);
        }
        if (relu && worst.saturated() >= 0.9) {
            return new Verdict("DEAD", share + " of layer " + worst.layer()
                    + "'s neurons output 0 and pass no gradient back.", Level.BAD);
        }
        if (!relu && worst.saturated() >= 0.05) {
            return new Verdict("PARTLY SATURATED", share + " of layer " + worst.layer()
                    + "'s neurons are saturated; the rest still learn." + through + reaches, Level.WARNING);
        }
        String start = relu ? "about half the neurons are off, as relu's are (" + share + " dead at most)."
                : worst.saturated() == 0 ? "no neuron saturated." : "at most " + share + " saturated (layer "
                + worst.layer() + ").";
        return new Verdict("HEALTHY", start + through + reaches, Level.GOOD);
    }

    /** The geometric mean of the layers' gains: the typical factor per layer. */
    static double typicalGain(NetworkResult r) {
        double logs = 0;
        int n = 0;
        for (LayerStats l : r.layers()) {
            if (Double.isNaN(l.gain()) || l.gain() <= 0) continue;
            logs += Math.log(l.gain());
            n++;
        }
        return n == 0 ? Double.NaN : Math.exp(logs / n);
    }

    /** f'(threshold) as a percentage of the activation's peak slope. */
    static double peakShare(NetworkConfig c) {
        Activation f = c.activation();
        return 100 * f.derivative(c.saturationThreshold()) / f.peakGradient();
    }

    private static String ratioText(double ratio) {
        return ratio >= 1 ? num(ratio) + " times" : num(ratio) + " of";
    }

    private static String lower(String sentence) {
        String t = sentence.strip();
        return t.isEmpty() ? "" : " " + Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    /**
     * "" or a sentence saying that LeCun's and Xavier's rules draw the same weights
     * here: with n_in = n_out, 2/(n_in + n_out) = 1/n_in.
     */
    public static String initNote(NetworkConfig c) {
        boolean named = c.init() instanceof Init.LeCun || c.init() instanceof Init.Xavier;
        if (!named || c.inputs() != c.width()) return "";
        return "LeCun's 1/n_in and Xavier's 2/(n_in + n_out) are the same here: every layer has n_in = n_out = "
                + c.width() + ".";
    }

    /** What the columns mean, for a footer or a help panel. */
    public static List<String> legend(NetworkConfig c) {
        boolean relu = c.activation() == Activation.RELU;
        String f = c.activation().displayName() + "'";
        List<String> out = new ArrayList<>(List.of(
                "pred sd = sqrt(n_in * Var(w) * E[a^2] + Var(b)), from the layer below;",
                (relu ? "dead = share of z <= 0" : "saturated = share of |z| > " + Format.number(c.saturationThreshold()))
                        + "; if normal = the same share if z were normal with this mean and sd;",
                "rms " + f + " = root mean square of " + f + "(z); gain = rms dC/dz of the layer / that of the layer"
                        + " above: how much the gradient is multiplied going down through it (below 1 it shrinks);"
                        + " pred gain = rms " + f + " * sqrt(n_out * Var(w) above), what the variance formula predicts;",
                "rms dC/dz and rms dC/dw = root mean square of the gradient reaching the layer's z and its weights"
                        + " when the top layer gets a random unit gradient (small = learns slowly)."));
        String note = initNote(c);
        if (!note.isEmpty()) out.add(note);
        return out;
    }

    /** One line per layer: its activations as a row of bar heights, with the range they cover. */
    public static List<String> sparklines(NetworkResult r, Glyphs g) {
        List<String> out = new ArrayList<>();
        for (LayerStats s : r.layers()) {
            Histogram h = s.histogram();
            out.add(String.format(Locale.ROOT, "layer %3d  %s %s%s%s %s", s.layer(), Format.number(h.lo()),
                    g.vertical(), sparkline(h, g), g.vertical(), Format.number(h.hi())));
        }
        return out;
    }

    /**
     * One line per layer: a bar for the share of saturated (relu: dead) neurons, full
     * width at 100 %, and the share in figures.
     */
    public static List<String> saturationBars(NetworkResult r, int barWidth, Glyphs g) {
        String what = r.config().activation() == Activation.RELU ? "dead" : "saturated";
        List<String> out = new ArrayList<>();
        for (LayerStats s : r.layers()) {
            int len = (int) Math.round(s.saturated() * barWidth);
            if (s.saturated() > 0 && len == 0) len = 1;
            out.add(String.format(Locale.ROOT, "layer %3d %s%s%s %s %s", s.layer(), g.vertical(),
                    String.valueOf(g.bar()).repeat(len), " ".repeat(barWidth - len) + g.vertical(), pct(s.saturated()), what));
        }
        return out;
    }

    /** The bins of a histogram as one character each, height proportional to the count. */
    public static String sparkline(Histogram h, Glyphs g) {
        long max = h.maxCount();
        StringBuilder sb = new StringBuilder(h.bins());
        for (int i = 0; i < h.bins(); i++) {
            sb.append(g.level(max == 0 ? 0 : (double) h.count(i) / max));
        }
        return sb.toString();
    }

    /**
     * A histogram as horizontal bars, one line per bin: the bin's range, a bar up to
     * barWidth characters (the fullest bin is full width) and the share of values.
     */
    public static List<String> bars(Histogram h, int barWidth, Glyphs g) {
        long max = h.maxCount();
        long total = h.total();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < h.bins(); i++) {
            long c = h.count(i);
            int len = max == 0 ? 0 : (int) Math.round((double) c / max * barWidth);
            if (c > 0 && len == 0) len = 1;
            String bar = String.valueOf(g.bar()).repeat(len) + " ".repeat(barWidth - len);
            out.add(String.format(Locale.ROOT, "%7s .. %-7s %s %s %s", Format.number(h.binLow(i)),
                    Format.number(h.binHigh(i)), g.vertical(), bar, pct(total == 0 ? 0 : (double) c / total)));
        }
        return out;
    }

    static String num(double v) {
        return Format.number(v);
    }

    /**
     * A fraction as a percentage with one decimal ("82.3 %"), more where one decimal
     * would round a share that is not 0 or 100 % to "0.0" or "100.0", and scientific
     * notation below 0.1 % ("0.00446 %").
     */
    public static String pct(double fraction) {
        double p = 100 * fraction;
        if (!Double.isFinite(p) || p == 0 || p == 100 || Math.abs(p) < 0.1) return Format.percent(p);
        for (int decimals = 1; decimals < 10; decimals++) {
            String s = String.format(Locale.ROOT, "%." + decimals + "f", p);
            if (Double.parseDouble(s) != 100 && Double.parseDouble(s) != 0) return s + " %";
        }
        return Format.percent(p);
    }
}
