package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import satlab.engine.Activation;
import satlab.engine.Format;
import satlab.lesson.Wrap;
import satlab.sim.Glyphs;
import satlab.sim.Histogram;
import satlab.sim.LayerStats;
import satlab.sim.NetworkConfig;
import satlab.sim.NetworkResult;
import satlab.sim.NetworkText;

/**
 * Draws the network lab: the experiment in two lines, one row per layer (a bar and
 * the share of saturated or dead neurons, a compact histogram of the activations,
 * rms f', the gain per layer and the gradient reaching the layer's weights), a
 * verdict in words, where the top layer's spread of z comes from, and the progress
 * of a computation. At 80×24 fourteen layers fit; deeper stacks show their first and
 * last layers around a line saying how many are left out.
 */
final class NetworkLabView {

    static final int BAR = 16;
    /** Histograms with more bins are merged down to this many characters. */
    static final int SPARK = 16;

    private NetworkLabView() {}

    static void render(AppState s, NetworkLab lab, Painter p) {
        NetworkConfig c = lab.config();
        View.titleBar(s, p, "network lab: " + lab.title(), "seed " + c.seed());
        int width = s.columns() - 2;
        List<Row> top = new ArrayList<>();
        for (String l : Wrap.text(s.theme().text(c.summary()), width)) top.add(Row.text(l, Style.PLAIN));
        List<Row> bottom = bottom(s, lab, width);
        int room = Math.max(3, View.pagerHeight(s) - top.size() - 2 - bottom.size());
        List<Row> rows = new ArrayList<>(top);
        rows.add(Row.BLANK);
        NetworkResult r = lab.result();
        if (r != null) {
            Glyphs g = s.theme().ascii() ? Glyphs.ASCII : Glyphs.UNICODE;
            Style st = lab.stale() ? Style.DIM : Style.PLAIN;
            // Below 80 columns the histograms and rms f' give way, so the gain and dC/dw stay on screen.
            boolean full = width >= fullRow(r);
            rows.add(Row.text(header(r, full), Style.HEADING));
            List<LayerStats> layers = r.layers();
            if (layers.size() <= room) {
                for (LayerStats l : layers) rows.add(layerRow(l, g, st, full));
            } else {
                for (int i = 0; i < room - 2; i++) rows.add(layerRow(layers.get(i), g, st, full));
                rows.add(Row.text(String.format(Locale.ROOT, "%5s ... %d more layers ...", "",
                        layers.size() - room + 1), Style.DIM));
                rows.add(layerRow(layers.get(layers.size() - 1), g, st, full));
            }
        } else {
            rows.add(Row.BLANK);
        }
        rows.add(Row.BLANK);
        rows.addAll(bottom);
        p.rows(1, 1, rows.subList(0, Math.min(rows.size(), View.pagerHeight(s))), s.columns() - 1);
    }

    /** The verdict, the range the histograms cover, and the progress or the last key's message. */
    private static List<Row> bottom(AppState s, NetworkLab lab, int width) {
        List<Row> out = new ArrayList<>();
        NetworkResult r = lab.result();
        if (r != null && !lab.stale()) {
            out.addAll(verdict(r, width));
            out.add(Row.text(NetworkText.decompositionLine(r, r.top()), Style.PLAIN));
            Histogram h = r.layer(1).histogram();
            String f = r.config().activation().displayName() + "'";
            String note = NetworkText.initNote(r.config());
            String legend = "gain = what the layer multiplies the gradient by going down (about rms " + f
                    + " * sqrt(n_out * Var(w))); dC/dw = rms gradient reaching its weights, unit gradient at the top"
                    + (note.isEmpty() ? "" : ". " + note);
            out.add(Row.text(width >= fullRow(r) ? "histograms over " + Format.number(h.lo()) + ".."
                    + Format.number(h.hi()) + "; " + legend : legend, Style.DIM));
        }
        if (lab.computing()) {
            String what = (lab.backward() ? "backward pass " : "forward pass ") + lab.layersDone() + "/"
                    + lab.config().layers() + " layers";
            String shown = lab.result() == null ? "" : "; the rows above are the previous settings";
            out.add(Row.text(s.theme().text("computing… " + what + shown), Style.STRONG));
        }
        if (!lab.message().isEmpty()) out.add(Row.text(lab.message(), Style.ERROR));
        List<Row> wrapped = new ArrayList<>();
        for (Row row : out) {
            if (row.text().length() <= width) {
                wrapped.add(row);
            } else {
                Style st = row.segs().get(row.segs().size() - 1).style();
                for (String l : Wrap.text(row.text(), width)) wrapped.add(Row.text(l, st));
            }
        }
        return wrapped;
    }

    /** Columns a full row takes: layer, bar, share, histogram, rms f', gain and dC/dw. */
    static int fullRow(NetworkResult r) {
        return 6 + (BAR + 2) + 12 + Math.min(SPARK, r.layer(1).histogram().bins()) + 2 + 25;
    }

    static String header(NetworkResult r, boolean full) {
        boolean relu = r.config().activation() == Activation.RELU;
        String what = relu ? "dead (z <= 0)" : "saturated (|z|>" + Format.number(r.config().saturationThreshold())
                + ")";
        int spark = Math.min(SPARK, r.layer(1).histogram().bins()) + 2;
        if (!full) {
            return String.format(Locale.ROOT, "%5s %-" + (BAR + 2) + "s %9s  %6s %9s", "layer", what, "share", "gain",
                    "dC/dw");
        }
        return String.format(Locale.ROOT, "%5s %-" + (BAR + 2) + "s %9s  %-" + spark + "s %7s %6s %9s", "layer",
                what, "share", "activations", "rms f'", "gain", "dC/dw");
    }

    static Row layerRow(LayerStats l, Glyphs g, Style st, boolean full) {
        int len = (int) Math.round(l.saturated() * BAR);
        // A share too small for a cell (7.8e-4 %) is a thin tick, not a full cell that reads as 6 %.
        String bar = len == 0 && l.saturated() > 0 ? (g == Glyphs.ASCII ? "." : "▏")
                : String.valueOf(g.bar()).repeat(len);
        String v = g.vertical();
        Style filled = st == Style.DIM ? Style.DIM : Style.SATURATED;
        return Row.of(
                new Seg(String.format(Locale.ROOT, "%5d ", l.layer()), st),
                new Seg(v, Style.DIM),
                new Seg(bar, filled),
                new Seg(" ".repeat(BAR - bar.length()), st),
                new Seg(v, Style.DIM),
                new Seg(String.format(Locale.ROOT, " %9s  ", NetworkText.pct(l.saturated())), st),
                new Seg(full ? v + NetworkText.sparkline(compact(l.histogram()), g) + v : "", st),
                new Seg(full ? String.format(Locale.ROOT, " %7s %6s %9s", Format.number(l.slopeRms()),
                        NetworkText.gain(l), Format.number(l.weightGradientRms()))
                        : String.format(Locale.ROOT, "%6s %9s", NetworkText.gain(l),
                        Format.number(l.weightGradientRms())), st));
    }

    /** Merges neighbouring bins so the histogram takes at most {@link #SPARK} characters. */
    static Histogram compact(Histogram h) {
        if (h.bins() <= SPARK) return h;
        int per = (h.bins() + SPARK - 1) / SPARK;
        long[] merged = new long[(h.bins() + per - 1) / per];
        for (int i = 0; i < h.bins(); i++) merged[i / per] += h.count(i);
        return new Histogram(h.lo(), h.hi(), merged);
    }

    /** The verdict (the same words as every front end's), its word coloured by how bad it is. */
    static List<Row> verdict(NetworkResult r, int width) {
        NetworkText.Verdict v = NetworkText.verdict(r);
        String word = v.word();
        Style style = switch (v.level()) {
            case BAD -> Style.SATURATED;
            case WARNING -> Style.STRONG;
            case GOOD -> Style.ACTIVE;
        };
        List<Row> out = new ArrayList<>();
        List<String> lines = Wrap.text(word + ": " + v.reason(), width);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            out.add(i == 0 ? Row.of(new Seg(word, style), Seg.plain(l.substring(word.length()))) : Row.text(l,
                    Style.PLAIN));
        }
        return out;
    }
}
