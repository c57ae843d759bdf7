package satlab.line;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;
import satlab.plot.Layout;
import satlab.plot.Plot;
import satlab.plot.PlotOptions;
import satlab.plot.Plotter;
import satlab.plot.RegionMap;
import satlab.plot.Series;
import satlab.plot.Tier;
import satlab.sim.DataSet;
import satlab.sim.Mlp;
import satlab.sim.TrainNetResult;
import satlab.sim.TrainNetText;

/**
 * Training-playground runs as text: what each run is, a table every so many
 * epochs, the chosen quantity by epoch on one chart, the layers at the start and
 * end, the decision regions over the test points, and a verdict in words.
 * {@code satlab network --train}, the REPL and the plain tutor print this.
 */
public final class TrainNetReport {

    private TrainNetReport() {}

    /** @param width the widest line, at least 60 (72 for plain and the REPL) */
    public static String render(List<TrainNetResult> runs, TrainNetText.Quantity chart, Tier tier, int width,
            int step) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            String head = (runs.size() > 1 ? "run " + (i + 1) + ": " : "") + runs.get(i).config().summary();
            for (String l : satlab.lesson.Wrap.text(head, width - 1)) sb.append(l).append('\n');
        }
        sb.append('\n');
        TrainNetText.table(runs, step).forEach(l -> sb.append(l).append('\n'));
        int epochs = runs.stream().mapToInt(r -> r.last().epoch()).max().orElse(0);
        if (epochs > 0) {
            sb.append('\n').append(chart.title()).append(" by epoch:\n");
            int w = Math.max(PlotOptions.MIN_WIDTH, Math.min(width - 1, PlotOptions.MAX_WIDTH));
            sb.append(Plotter.render(series(runs, chart), PlotOptions.defaults().withRange(0, epochs)
                    .withSize(w, 14).withLayout(Layout.OVERLAY).withTier(tier)).text());
        }
        for (int i = 0; i < runs.size(); i++) {
            sb.append('\n').append(runs.size() > 1 ? "run " + (i + 1) + ", " : "").append("layers:\n");
            TrainNetText.layers(runs.get(i)).forEach(l -> sb.append(l).append('\n'));
        }
        sb.append('\n').append("regions at the end: + class 1, o class 0, dots predicted 1 (test points)\n");
        List<List<String>> pictures = new ArrayList<>();
        int each = runs.size() == 1 ? Math.min(40, width - 4) : Math.min(36, (width - 2) / runs.size() - 4);
        for (TrainNetResult r : runs) pictures.add(region(r.net(), each, 10, tier).lines());
        for (int row = 0; row < pictures.get(0).size(); row++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < pictures.size(); i++) {
                String cell = pictures.get(i).get(row);
                line.append(i == 0 ? "" : "  ").append(cell).append(" ".repeat(Math.max(0, each + 2 - cell.length())));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        if (runs.size() > 1) {
            StringBuilder labels = new StringBuilder();
            for (int i = 0; i < runs.size(); i++) {
                String l = "run " + (i + 1);
                labels.append(i == 0 ? "" : "  ").append(l).append(" ".repeat(Math.max(0, each + 2 - l.length())));
            }
            sb.append(labels.toString().stripTrailing()).append('\n');
        }
        sb.append('\n');
        for (int i = 0; i < runs.size(); i++) {
            String v = (runs.size() > 1 ? "run " + (i + 1) + ": " : "") + TrainNetText.verdict(runs.get(i));
            for (String l : satlab.lesson.Wrap.text(v, width - 1)) sb.append(l).append('\n');
        }
        return sb.toString();
    }

    /** The network's regions over its test points, cols × rows cells inside a frame. */
    public static Plot region(Mlp net, int cols, int rows, Tier tier) {
        double e = net.extent();
        int across = RegionMap.samplesAcross(tier);
        int down = RegionMap.samplesDown(tier);
        return regions(net, net.probabilities(cols * across, rows * down, -e, e, -e, e), tier);
    }

    /** Class probabilities over the network's square ({@link Mlp#extent()}) drawn with its test points on them. */
    public static Plot regions(Mlp net, double[][] probabilities, Tier tier) {
        double e = net.extent();
        DataSet d = net.test();
        double[] xs = new double[d.size()];
        double[] ys = new double[d.size()];
        double[] labels = new double[d.size()];
        for (int i = 0; i < d.size(); i++) {
            xs[i] = d.x(i);
            ys[i] = d.y(i);
            labels[i] = d.label(i);
        }
        return RegionMap.render(probabilities, xs, ys, labels, -e, e, -e, e, tier);
    }

    /** One curve per run, and reference lines that keep a flat curve looking flat (0 and 1 for shares). */
    public static List<Series> series(List<TrainNetResult> runs, TrainNetText.Quantity chart) {
        List<Series> list = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            TrainNetResult r = runs.get(i);
            list.add(new Series(runs.size() == 1 ? chart.title() : "run " + (i + 1),
                    TrainNetText.curve(r.epochs(), chart)));
        }
        if (chart == TrainNetText.Quantity.LOSS) {
            list.add(new Series("0", e -> 0.0));
            if (runs.size() == 1) {
                double start = runs.get(0).first().trainLoss();
                list.add(new Series("start " + Format.number(start), e -> start));
            }
        } else {
            list.add(new Series(chart == TrainNetText.Quantity.ACCURACY ? "chance 0.5" : "0", e ->
                    chart == TrainNetText.Quantity.ACCURACY ? 0.5 : 0.0));
            list.add(new Series("1", e -> 1.0));
        }
        return list;
    }
}
