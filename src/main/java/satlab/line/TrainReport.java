package satlab.line;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;
import satlab.plot.Layout;
import satlab.plot.PlotOptions;
import satlab.plot.Plotter;
import satlab.plot.Series;
import satlab.plot.Tier;
import satlab.sim.TrainResult;
import satlab.sim.TrainText;

/**
 * Training runs as text: what each run is, the learning curves racing on one chart
 * and a table of epochs. {@code satlab train}, the REPL's {@code :train} and the
 * plain tutor's {@code train} blocks all print this.
 */
public final class TrainReport {

    private TrainReport() {}

    /**
     * @param chart the output or the cost, by epoch
     * @param width chart width in characters, {@link PlotOptions#MIN_WIDTH} to {@link PlotOptions#MAX_WIDTH}
     * @param height chart height in lines
     * @param step table rows every so many epochs
     */
    public static String render(List<TrainResult> runs, TrainText.Quantity chart, Tier tier, int width, int height,
            int step) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            sb.append(runs.size() > 1 ? "run " + (i + 1) + ": " : "").append(runs.get(i).config().summary()).append('\n');
        }
        sb.append('\n');
        int epochs = runs.get(0).config().epochs();
        if (epochs > 0) {
            sb.append(chart.title()).append(" by epoch:\n");
            sb.append(Plotter.render(series(runs, chart), PlotOptions.defaults().withRange(0, epochs)
                    .withSize(width, height).withLayout(Layout.OVERLAY).withTier(tier)).text());
            sb.append('\n');
        }
        TrainText.table(runs, TrainText.epochsEvery(epochs, step)).forEach(l -> sb.append(l).append('\n'));
        return sb.toString();
    }

    /**
     * The runs' curves and reference lines: the target (y for the output, 0 for the
     * cost) and, for a single run, its starting level, so the flat start of a slow
     * run reads as flat. The references also keep every curve on one y scale that
     * reaches the target: the plotter fits its scale to the data and gives exactly
     * two overlaid series a scale each, which would zoom into a stalled curve and
     * make it look as if it were learning.
     */
    public static List<Series> series(List<TrainResult> runs, TrainText.Quantity chart) {
        List<Series> list = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            TrainResult r = runs.get(i);
            list.add(new Series(runs.size() == 1 ? r.config().label() : "run " + (i + 1), r.curve(chart)));
        }
        boolean output = chart == TrainText.Quantity.OUTPUT;
        double target = output ? runs.get(0).config().y() : 0.0;
        list.add(new Series((output ? "target y = " : "minimum ") + Format.number(target), e -> target));
        if (runs.size() == 1) {
            double start = runs.get(0).curve(chart).applyAsDouble(0);
            list.add(new Series("start " + Format.number(start), e -> start));
        }
        return list;
    }
}
