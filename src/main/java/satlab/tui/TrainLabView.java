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
        p.bar(0, "training race: " + lab.title(), "epoch " + lab.epoch() + " of " + lab.epochs(), Style.TITLE);
        List<Row> rows = new ArrayList<>();
        String state = lab.epoch() == lab.epochs() ? "the whole race"
                : lab.playing() ? "playing; any key stops it"
                : "Space shows " + lab.stride() + " more epochs, r plays, Enter shows all";
        rows.add(Row.of(new Seg(lab.chart().title() + " by epoch", Style.HEADING), Seg.plain("  (" + state + ")")));
        List<TrainResult> shown = lab.shown();
        int height = View.pagerHeight(s) - rows.size() - 1 - shown.size();
        int width = s.columns() - 2;
        if (height >= PlotOptions.MIN_HEIGHT && width >= PlotOptions.MIN_WIDTH && lab.epochs() > 0) {
            PlotOptions o = PlotRows.options(s.theme(), Math.min(width, PlotOptions.MAX_WIDTH),
                    Math.min(height, PlotOptions.MAX_HEIGHT)).withRange(0, lab.epochs()).withLayout(Layout.OVERLAY);
            rows.addAll(PlotRows.rows(TrainReport.series(shown, lab.chart()), o));
        }
        rows.add(Row.BLANK);
        for (int i = 0; i < shown.size(); i++) {
            TrainResult r = shown.get(i);
            TrainResult.Epoch e = r.last();
            rows.add(Row.of(new Seg("run " + (i + 1), i % 2 == 0 ? Style.SERIES1 : Style.SERIES2),
                    Seg.plain(" " + r.config().label() + "   output " + Format.number(e.output()) + "   cost "
                            + Format.number(e.cost()))));
        }
        p.rows(1, 1, rows.subList(0, Math.min(rows.size(), View.pagerHeight(s))), s.columns() - 1);
    }
}
