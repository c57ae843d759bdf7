package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import satlab.engine.Activation;
import satlab.engine.Format;

/** Plain-text views of a {@link NetworkResult}: lines for the CLI, line mode and the full-screen tutor alike. */
public final class NetworkText {
    private static final String ROW = "%5s  %9s %9s %9s  %9s %9s  %9s %11s  %9s %10s";
    /** The narrow table's row: no mean z, sd a or mean |f'|, so it fits 80 columns. */
    private static final String NARROW_ROW = "%5s  %9s %9s  %9s  %9s %11s  %10s";

    /** Characters in a row of the full table. */
    public static final int TABLE_WIDTH = String.format(Locale.ROOT, ROW, "", "", "", "", "", "", "", "", "", "").length();

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
        out.add(String.format(Locale.ROOT, ROW, "layer", "mean z", "sd z", "pred sd", "mean a", "sd a",
                relu ? "dead" : "saturated", "if normal", "mean|f'|", "grad norm"));
        for (LayerStats s : r.layers()) {
            out.add(String.format(Locale.ROOT, ROW, s.layer(), num(s.zMean()), num(s.zSd()), num(s.predictedZSd()),
                    num(s.aMean()), num(s.aSd()), pct(s.saturated()), pct(s.expectedSaturated()),
                    num(s.meanAbsGradient()), num(s.gradientNorm())));
        }
        return out;
    }

    /**
     * The per-layer table in at most 72 columns for narrow screens: layer, sd z,
     * pred sd, mean a, saturated, if normal and grad norm. The header naming the
     * experiment is not shortened; wrap it.
     */
    public static List<String> narrowTable(NetworkResult r) {
        boolean relu = r.config().activation() == Activation.RELU;
        List<String> out = new ArrayList<>();
        out.add(r.config().summary());
        out.add(String.format(Locale.ROOT, NARROW_ROW, "layer", "sd z", "pred sd", "mean a",
                relu ? "dead" : "saturated", "if normal", "grad norm"));
        for (LayerStats s : r.layers()) {
            out.add(String.format(Locale.ROOT, NARROW_ROW, s.layer(), num(s.zSd()), num(s.predictedZSd()),
                    num(s.aMean()), pct(s.saturated()), pct(s.expectedSaturated()), num(s.gradientNorm())));
        }
        return out;
    }

    /** What the columns mean, for a footer or a help panel. */
    public static List<String> legend(NetworkConfig c) {
        boolean relu = c.activation() == Activation.RELU;
        return List.of(
                "pred sd = sqrt(n_in * Var(w) * E[a^2] + Var(b)), from the layer below;",
                (relu ? "dead = share of z <= 0" : "saturated = share of |z| > " + Format.number(c.saturationThreshold()))
                        + "; if normal = the same share if z were normal with this mean and sd;",
                "grad norm = mean |dC/dz| of the layer when the top layer gets a unit gradient (small = learns slowly).");
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
