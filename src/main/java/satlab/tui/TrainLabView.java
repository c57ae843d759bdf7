package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;
import satlab.line.TrainReport;
import satlab.plot.Layout;
import satlab.plot.PlotOptions;
import satlab.lesson.Wrap;
import satlab.sim.StartWords;
import satlab.sim.TrainResult;

/**
 * Draws the training race: the curves up to the epoch shown, on axes that already
 * span every epoch and reach the target (the same reference lines as {@code satlab
 * train}, so a stalled curve is not zoomed into looking like progress), then one
 * legend line per run with its output and cost at that epoch.
 */
final class TrainLabView {

    private TrainLabView() {}

    /** @return where the cursor goes when a start point is being typed, else null */
    static com.googlecode.lanterna.TerminalPosition render(AppState s, TrainLab lab, Painter p) {
        p.bar(0, "training race: " + lab.title(), "epoch " + lab.epoch() + " of " + lab.epochs(), Style.TITLE);
        List<Row> rows = new ArrayList<>();
        String state = lab.epoch() == lab.epochs() ? "the whole race"
                : lab.playing() ? "playing; any key stops it"
                : "Space shows " + lab.stride() + " more epochs, r plays, Enter shows all";
        rows.add(Row.of(new Seg(lab.chart().title() + " by epoch", Style.HEADING), Seg.plain("  (" + state + ")")));
        List<TrainResult> shown = lab.shown();
        int width0 = s.columns() - 2;
        List<Row> legends = new ArrayList<>();
        List<List<Row>> words = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            TrainResult r = shown.get(i);
            TrainResult.Epoch e = r.last();
            legends.add(Row.of(new Seg("run " + (i + 1), i % 2 == 0 ? Style.SERIES1 : Style.SERIES2),
                    Seg.plain(" " + r.config().label() + "   output " + Format.number(e.output()) + "   cost "
                            + Format.number(e.cost()))));
            List<Row> why = new ArrayList<>();
            for (String l : Wrap.text(StartWords.why(r.config()), width0 - 6)) why.add(Row.text(l, Style.DIM).indented(6));
            words.add(why);
        }
        com.googlecode.lanterna.TerminalPosition cursor = null;
        TrainLab.StartEditor ed = lab.editor();
        int editorRows = ed == null ? 0 : ed.error().isEmpty() ? 2 : 3;
        int room = View.pagerHeight(s) - rows.size() - 1 - editorRows;
        // Under each run, why its start is slow or fast, and the hint for w, as far as the chart keeps its
        // minimum height; a short screen shows the curves first.
        int wordRows = words.stream().mapToInt(List::size).sum();
        boolean withWords = room - legends.size() - wordRows >= PlotOptions.MIN_HEIGHT;
        boolean withHint = ed == null && room - legends.size() - (withWords ? wordRows : 0) - 1 >= PlotOptions.MIN_HEIGHT;
        List<Row> below = new ArrayList<>();
        for (int i = 0; i < legends.size(); i++) {
            below.add(legends.get(i));
            if (withWords) below.addAll(words.get(i));
        }
        if (withHint) below.add(Row.text("w types a run's start point W,B (Tab: the next run)", Style.DIM));
        int height = room - below.size();
        int width = s.columns() - 2;
        if (height >= PlotOptions.MIN_HEIGHT && width >= PlotOptions.MIN_WIDTH && lab.epochs() > 0) {
            PlotOptions o = PlotRows.options(s.theme(), Math.min(width, PlotOptions.MAX_WIDTH),
                    Math.min(height, PlotOptions.MAX_HEIGHT)).withRange(0, lab.epochs()).withLayout(Layout.OVERLAY);
            rows.addAll(PlotRows.rows(TrainReport.series(shown, lab.chart()), o));
        }
        rows.add(Row.BLANK);
        rows.addAll(below);
        if (ed != null) {
            String label = "start of run " + (ed.run() + 1) + " (W,B, Enter trains it): ";
            int fieldWidth = Math.max(8, width0 - label.length() - 1);
            TextField f = ed.field();
            int first = Math.max(0, f.cursor() - fieldWidth + 1);
            String visible = f.text().substring(first, Math.min(f.text().length(), first + fieldWidth));
            rows.add(Row.of(Seg.plain(label), new Seg(PagerLayout.pad(visible, fieldWidth), Style.FIELD_ACTIVE)));
            if (rows.size() <= View.pagerHeight(s)) {
                cursor = new com.googlecode.lanterna.TerminalPosition(1 + label.length() + f.cursor() - first,
                        rows.size());
            }
            if (!ed.error().isEmpty()) rows.add(Row.text(ed.error(), Style.ERROR));
            rows.add(Row.text("Tab next run  Enter train from it  Esc leave the field", Style.DIM));
        }
        p.rows(1, 1, rows.subList(0, Math.min(rows.size(), View.pagerHeight(s))), s.columns() - 1);
        return cursor;
    }
}
