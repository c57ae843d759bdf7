package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import satlab.engine.Format;
import satlab.lesson.Wrap;
import satlab.line.TrainNetReport;
import satlab.plot.Layout;
import satlab.plot.Plot;
import satlab.plot.PlotOptions;
import satlab.plot.RegionMap;
import satlab.plot.Tier;
import satlab.sim.EpochStats;
import satlab.sim.Glyphs;
import satlab.sim.TrainNetResult;
import satlab.sim.TrainNetText;

/**
 * Draws the training lab: what each run is, the chart by epoch beside the decision
 * regions of each run, then per layer and run the share saturated (a bar and a
 * figure), mean |f'| and the gradient reaching the layer's weights, and a line on
 * the state of training (or, once done, the verdicts). At 60×18 the picture
 * shrinks and the layer table keeps its first, top and output rows.
 */
final class TrainNetLabView {

    static final int BAR = 4;

    private TrainNetLabView() {}

    static void render(AppState s, TrainNetLab lab, Painter p) {
        TrainNetLab.Run first = lab.runs().get(0);
        int max = first.config().epochs();
        p.bar(0, "training lab: " + lab.title(), "epoch " + first.epoch() + " of " + max, Style.TITLE);
        int width = s.columns() - 2;
        int height = View.pagerHeight(s);
        int n = lab.runs().size();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TrainNetLab.Run r = lab.runs().get(i);
            String text = r.config().label() + ", eta " + Format.number(r.config().eta());
            rows.add(n == 1 ? Row.text(cut(text, width), Style.PLAIN)
                    : Row.of(new Seg("run " + (i + 1), i == 0 ? Style.SERIES1 : Style.SERIES2),
                            Seg.plain(" " + cut(text, width - 6))));
        }
        rows.add(Row.text(cut(lab.describe(), width), Style.DIM));

        List<Row> table = layerTable(lab, width, s.theme().ascii() ? Glyphs.ASCII : Glyphs.UNICODE);
        List<Row> bottom = bottom(lab, width);
        int chartHeight = Math.max(PlotOptions.MIN_HEIGHT, Math.min(10, height - rows.size() - table.size()
                - bottom.size() - 1));
        int fixed = rows.size() + chartHeight + bottom.size() + 1;
        if (fixed + table.size() > height) table = shorten(table, Math.max(2, height - fixed), lab);
        Tier tier = s.theme().ascii() ? Tier.ASCII : Tier.UNICODE;
        int pictureCols = Math.min(n == 1 ? TrainNetLab.PICTURE_COLS : 16, (width - PlotOptions.MIN_WIDTH - n) / n - 2);
        int pictureRows = Math.min(TrainNetLab.PICTURE_ROWS, chartHeight - 2);
        int chartWidth = width - (pictureCols > 3 ? n * (pictureCols + 3) : 0);
        rows.addAll(middle(lab, chartWidth, chartHeight, pictureCols, pictureRows, tier, s.theme()));
        rows.addAll(table);
        rows.add(Row.BLANK);
        rows.addAll(bottom);
        List<Row> verdicts = verdicts(lab, width);
        if (rows.size() + verdicts.size() <= height) rows.addAll(verdicts);
        p.rows(1, 1, rows.subList(0, Math.min(rows.size(), height)), s.columns() - 1);
    }

    /** The chart, and beside it each run's decision regions. */
    private static List<Row> middle(TrainNetLab lab, int chartWidth, int height, int pictureCols, int pictureRows,
            Tier tier, Theme theme) {
        List<Row> chart = new ArrayList<>();
        List<TrainNetResult> shown = new ArrayList<>();
        for (TrainNetLab.Run r : lab.runs()) {
            if (!r.history().isEmpty()) shown.add(new TrainNetResult(r.config(), r.history(), r.net()));
        }
        int epochs = lab.runs().get(0).config().epochs();
        if (!shown.isEmpty() && epochs > 0 && chartWidth >= PlotOptions.MIN_WIDTH) {
            PlotOptions o = PlotRows.options(theme, Math.min(chartWidth, PlotOptions.MAX_WIDTH), height)
                    .withRange(0, epochs).withLayout(Layout.OVERLAY);
            chart.addAll(PlotRows.rows(TrainNetReport.series(shown, lab.chart()), o));
        } else {
            chart.add(Row.text(theme.text("measuring the start…"), Style.DIM));
        }
        List<List<Row>> pictures = new ArrayList<>();
        if (pictureCols > 3) {
            for (TrainNetLab.Run r : lab.runs()) {
                pictures.add(r.picture() == null ? List.of() : PlotRows.rows(picture(r, pictureCols, pictureRows,
                        tier)));
            }
        }
        List<Row> out = new ArrayList<>();
        int lines = Math.max(chart.size(), pictureRows + 3);
        for (int i = 0; i < lines; i++) {
            List<Seg> segs = new ArrayList<>();
            String left = i < chart.size() ? chart.get(i).text() : "";
            if (i < chart.size()) segs.addAll(chart.get(i).segs());
            int used = left.length();
            for (int k = 0; k < pictures.size(); k++) {
                int col = chartWidth + k * (pictureCols + 3) + 1;
                List<Row> pic = pictures.get(k);
                Row line = i < pic.size() ? pic.get(i) : i == pic.size() && !pic.isEmpty()
                        ? Row.text(lab.runs().size() > 1 ? "run " + (k + 1) : "regions, test points", Style.DIM)
                        : null;
                if (line == null) continue;
                if (col > used) segs.add(Seg.plain(" ".repeat(col - used)));
                segs.addAll(line.segs());
                used = Math.max(used, col) + line.text().length();
            }
            out.add(new Row(0, segs));
        }
        return out;
    }

    /** The run's regions resampled to the cells that fit, over its test points. */
    static Plot picture(TrainNetLab.Run r, int cols, int rows, Tier tier) {
        double[][] grid = r.picture();
        int across = RegionMap.samplesAcross(tier);
        int down = RegionMap.samplesDown(tier);
        int sc = cols * across;
        int sr = rows * down;
        double[][] p = new double[sr][sc];
        for (int y = 0; y < sr; y++) {
            int gy = Math.min(grid.length - 1, (int) ((y + 0.5) * grid.length / sr));
            for (int x = 0; x < sc; x++) {
                p[y][x] = grid[gy][Math.min(grid[0].length - 1, (int) ((x + 0.5) * grid[0].length / sc))];
            }
        }
        return satlab.line.TrainNetReport.regions(r.net(), p, tier);
    }

    /** A header and one row per layer (the output last), the runs side by side. */
    static List<Row> layerTable(TrainNetLab lab, int width, Glyphs g) {
        List<Row> out = new ArrayList<>();
        boolean narrow = width < 70;
        int bar = narrow ? 2 : BAR;
        boolean relu = lab.runs().stream().allMatch(r -> r.config().activation() == satlab.engine.Activation.RELU);
        String groupHead = narrow ? String.format(Locale.ROOT, "%-7s %-7s %-7s", relu ? "dead" : "sat.", "|f'|",
                "|dC/dW|")
                : String.format(Locale.ROOT, "%-10s %-8s %-8s", relu ? "dead/sat." : "saturated", "mean|f'|", "|dC/dW|");
        StringBuilder head = new StringBuilder("layer ");
        for (int i = 0; i < lab.runs().size(); i++) head.append(i == 0 ? "" : " | ").append(groupHead);
        out.add(Row.text(head.toString().stripTrailing(), Style.HEADING));
        int layers = lab.runs().get(0).config().layers() + 1;
        for (int l = 0; l < layers; l++) {
            List<Seg> segs = new ArrayList<>();
            segs.add(Seg.plain(String.format(Locale.ROOT, "%5s ", l == layers - 1 ? "out" : String.valueOf(l + 1))));
            for (int i = 0; i < lab.runs().size(); i++) {
                TrainNetLab.Run r = lab.runs().get(i);
                if (i > 0) segs.add(new Seg(" " + g.vertical() + " ", Style.DIM));
                if (r.history().isEmpty() || l >= r.history().get(0).layers().size()) continue;
                EpochStats.Layer x = r.history().get(r.history().size() - 1).layers().get(l);
                int len = (int) Math.round(x.saturated() * bar);
                if (x.saturated() > 0 && len == 0) len = 1;
                segs.add(new Seg(String.valueOf(g.bar()).repeat(len), Style.SATURATED));
                segs.add(Seg.plain(" ".repeat(bar - len)));
                segs.add(Seg.plain(String.format(Locale.ROOT, narrow ? "%4s%% %-7s %-7s" : "%5s%% %-8s %-8s",
                        TrainNetText.pct(x.saturated()), TrainNetText.sig(x.meanAbsSlope()),
                        TrainNetText.sig(x.gradientNorm()))));
            }
            out.add(new Row(0, segs));
        }
        return out;
    }

    /** Keeps the header, layer 1, the top hidden layer and the output when the screen is short. */
    private static List<Row> shorten(List<Row> table, int room, TrainNetLab lab) {
        if (table.size() <= room) return table;
        List<Row> out = new ArrayList<>();
        out.add(table.get(0));
        int layers = table.size() - 1;
        // The output and the top hidden layer say most about saturation; layer 1 about the gradient reaching down.
        java.util.TreeSet<Integer> keep = new java.util.TreeSet<>();
        for (int k : new int[] {layers, layers - 1, 1}) if (k >= 1 && keep.size() < room - 1) keep.add(k);
        for (int k : keep) out.add(table.get(k));
        return out;
    }

    /** What training is doing, the last key's message, and the verdicts once done. */
    private static List<Row> bottom(TrainNetLab lab, int width) {
        List<Row> out = new ArrayList<>();
        String state = lab.finished() ? "finished" : lab.paused() ? "paused (Space goes on)"
                : "training on the worker; keys work meanwhile";
        TrainNetLab.Run r = lab.runs().get(0);
        if (!r.history().isEmpty()) {
            EpochStats e = r.history().get(r.history().size() - 1);
            state = "test accuracy " + TrainNetText.pct(e.testAccuracy()) + "%"
                    + (lab.runs().size() > 1 && !lab.runs().get(1).history().isEmpty() ? " vs "
                    + TrainNetText.pct(lab.runs().get(1).history().get(lab.runs().get(1).history().size() - 1)
                    .testAccuracy()) + "%" : "") + "; " + state;
        }
        out.add(Row.text(cut(state, width), lab.paused() ? Style.STRONG : Style.PLAIN));
        if (!lab.message().isEmpty()) out.add(Row.text(cut(lab.message(), width), Style.ERROR));
        return out;
    }

    /** The verdict of each run, in words, once training is finished or paused. */
    private static List<Row> verdicts(TrainNetLab lab, int width) {
        List<Row> out = new ArrayList<>();
        if (lab.finished() || lab.paused()) {
            for (int i = 0; i < lab.runs().size(); i++) {
                TrainNetLab.Run run = lab.runs().get(i);
                if (run.history().isEmpty()) continue;
                String v = (lab.runs().size() > 1 ? "run " + (i + 1) + ": " : "")
                        + TrainNetText.verdict(new TrainNetResult(run.config(), run.history(), run.net()));
                for (String l : Wrap.text(v, width)) out.add(Row.text(l, Style.PLAIN));
            }
        }
        return out;
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, Math.max(0, width - 3)) + "...";
    }
}
