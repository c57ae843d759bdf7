package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;
import satlab.line.TrainReport;
import satlab.plot.Layout;
import satlab.plot.PlotOptions;
import satlab.sim.TrainResult;

/**
 * Draws the training race: the curves up to the epoch shown, on axes that already
 * span every epoch and reach the target (the same reference lines as {@code satlab
 * train}, so a stalled curve is not zoomed into looking like progress), then one
 * legend line per run with its output and cost at that epoch.
 */
final class TrainLabView {

    private TrainLabView() {}

    static void render(AppState s, TrainLab lab, Painter p) {
        View.titleBar(s, p, "training race: " + lab.title(), "epoch " + lab.epoch() + " of " + lab.epochs());
        int width = s.columns() - 2;
        String state = lab.epoch() == lab.epochs() ? "the whole race"
                : lab.playing() ? "playing; any key stops it"
                : "Space shows " + lab.stride() + " more epochs, r plays, Enter shows all";
        List<Row> rows = new ArrayList<>(fit(List.of(Row.of(new Seg(lab.chart().title() + " by epoch", Style.HEADING),
                Seg.plain("  (" + state + ")"))), width));
        List<TrainResult> shown = lab.shown();
        List<Row> legend = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            TrainResult r = shown.get(i);
            TrainResult.Epoch e = r.last();
            legend.add(Row.of(new Seg("run " + (i + 1), i % 2 == 0 ? Style.SERIES1 : Style.SERIES2),
                    Seg.plain(" " + r.config().label() + "   output " + Format.number(e.output()) + "   cost "
                            + Format.number(e.cost()))));
        }
        legend = fit(legend, width);
        // The words first (they wrap at 60 columns); the plot takes the rows left between them.
        int height = View.pagerHeight(s) - rows.size() - 1 - legend.size();
        if (height >= PlotOptions.MIN_HEIGHT && width >= PlotOptions.MIN_WIDTH && lab.epochs() > 0) {
            PlotOptions o = PlotRows.options(s.theme(), Math.min(width, PlotOptions.MAX_WIDTH),
                    Math.min(height, PlotOptions.MAX_HEIGHT)).withRange(0, lab.epochs()).withLayout(Layout.OVERLAY);
            rows.addAll(PlotRows.rows(TrainReport.series(shown, lab.chart()), o));
        }
        rows.add(Row.BLANK);
        rows.addAll(legend);
        List<Row> fitted = rows;
        p.rows(1, 1, fitted.subList(0, Math.min(fitted.size(), View.pagerHeight(s))), s.columns() - 1);
    }

    private static List<Row> fit(List<Row> rows, int width) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.text().length() <= width) out.add(r);
            else out.addAll(Rows.wrap(r, width, 2));
        }
        return out;
    }
}
