package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;
import satlab.line.TrainReport;
import satlab.plot.Layout;
import satlab.plot.PlotOptions;
import satlab.lesson.Wrap;
import satlab.plot.Series;
import satlab.sim.StartWords;
import satlab.sim.TrainConfig;
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
        if (lab.picking()) {
            picker(s, lab, p);
            return null;
        }
        View.titleBar(s, p, "training race: " + lab.title(), "epoch " + lab.epoch() + " of " + lab.epochs());
        int width = s.columns() - 2;
        String state = lab.epoch() == lab.epochs() ? "the whole race"
                : lab.playing() ? "playing; any key stops it"
                : "Space shows " + lab.stride() + " more epochs, r plays, Enter shows all";
        List<Row> rows = new ArrayList<>(fit(List.of(Row.of(new Seg(lab.chart().title() + " by epoch", Style.HEADING),
                Seg.plain("  (" + state + ")"))), width));
        List<TrainResult> shown = lab.shown();
        List<List<Row>> legends = new ArrayList<>();
        List<List<Row>> words = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            TrainResult r = shown.get(i);
            TrainResult.Epoch e = r.last();
            legends.add(fit(List.of(Row.of(new Seg("run " + (i + 1), i % 2 == 0 ? Style.SERIES1 : Style.SERIES2),
                    Seg.plain(" " + r.config().label() + "   output " + Format.number(e.output()) + "   cost "
                            + Format.number(e.cost())))), width));
            List<Row> why = new ArrayList<>();
            for (String l : Wrap.text(StartWords.why(r.config()), width - 6)) why.add(Row.text(l, Style.DIM).indented(6));
            words.add(why);
        }
        com.googlecode.lanterna.TerminalPosition cursor = null;
        TrainLab.StartEditor ed = lab.editor();
        String label = ed == null ? "" : "start of run " + (ed.run() + 1) + " (W,B, Enter trains it): ";
        List<Row> editor = new ArrayList<>();
        int fieldRow = -1;
        int fieldColumn = 0;
        if (ed != null) {
            // The one answer field: sideways scroll with edge marks and the cursor where it is typed.
            FieldView.Shown field = FieldView.show(ed.field(), Math.max(8, width - label.length() - 1), true, s.theme());
            List<Seg> segs = new ArrayList<>(List.of(Seg.plain(label)));
            segs.addAll(field.segs());
            fieldRow = editor.size();
            fieldColumn = label.length() + field.cursor();
            editor.add(new Row(0, segs));
            if (!ed.error().isEmpty()) editor.addAll(fit(List.of(Row.text(ed.error(), Style.ERROR)), width));
            editor.addAll(fit(List.of(Row.text("Tab next run  Enter train from it  Esc leave the field", Style.DIM)),
                    width));
        }
        int legendRows = legends.stream().mapToInt(List::size).sum();
        int room = View.pagerHeight(s) - rows.size() - 1 - editor.size();
        // Under each run, why its start is slow or fast, and the hint for w, as far as the chart keeps its
        // minimum height; a short screen shows the curves first.
        int wordRows = words.stream().mapToInt(List::size).sum();
        boolean withWords = room - legendRows - wordRows >= PlotOptions.MIN_HEIGHT;
        List<Row> hint = fit(List.of(Row.text("w types a run's start point W,B, s picks it on the curve", Style.DIM)),
                width);
        boolean withHint = ed == null && room - legendRows - (withWords ? wordRows : 0) - hint.size()
                >= PlotOptions.MIN_HEIGHT;
        List<Row> below = new ArrayList<>();
        for (int i = 0; i < legends.size(); i++) {
            below.addAll(legends.get(i));
            if (withWords) below.addAll(words.get(i));
        }
        if (withHint) below.addAll(hint);
        int height = room - below.size();
        if (height >= PlotOptions.MIN_HEIGHT && width >= PlotOptions.MIN_WIDTH && lab.epochs() > 0) {
            PlotOptions o = PlotRows.options(s.theme(), Math.min(width, PlotOptions.MAX_WIDTH),
                    Math.min(height, PlotOptions.MAX_HEIGHT)).withRange(0, lab.epochs()).withLayout(Layout.OVERLAY);
            rows.addAll(PlotRows.rows(TrainReport.series(shown, lab.chart()), o));
        }
        rows.add(Row.BLANK);
        rows.addAll(below);
        if (fieldRow >= 0 && rows.size() + fieldRow < View.pagerHeight(s)) {
            cursor = new com.googlecode.lanterna.TerminalPosition(1 + fieldColumn, 1 + rows.size() + fieldRow);
        }
        rows.addAll(editor);
        p.rows(1, 1, rows.subList(0, Math.min(rows.size(), View.pagerHeight(s))), s.columns() - 1);
        return cursor;
    }

    /**
     * Picking a run's start on the curve: the cost the run starts at, as a function of the starting
     * weight w (its bias as picked), over the size of the first step |dC/dw| that start gets, a
     * marker at the w picked, and under them the words on why that start is slow or fast. The two
     * curves show it at a glance: where the cost is high and flat, the step is tiny.
     */
    private static void picker(AppState s, TrainLab lab, Painter p) {
        TrainLab.StartPicker pick = lab.picker();
        TrainConfig run = pick.config(lab.runs().get(pick.run()).config());
        View.titleBar(s, p, "training race: pick run " + (pick.run() + 1) + "'s start",
                "w " + Format.number(run.w()) + "  b " + Format.number(run.b()));
        int width = s.columns() - 2;
        List<Row> rows = new ArrayList<>(fit(List.of(Row.of(new Seg("the cost at the start, by w", Style.HEADING),
                Seg.plain("  (b = " + Format.number(run.b()) + ", " + run.cost().displayName() + " cost)"))), width));
        List<Row> below = new ArrayList<>();
        below.addAll(fit(List.of(Row.of(new Seg("start (" + Format.number(run.w()) + ", " + Format.number(run.b())
                + ")", Style.SERIES1), Seg.plain("  cost " + Format.number(run.cost().value(z(run), run.y()))
                + "   first step |dC/dw| " + Format.number(firstStep(run))))), width));
        for (String l : Wrap.text(StartWords.why(run), width - 2)) below.add(Row.text(l, Style.PLAIN).indented(2));
        // The keys are the status bar's.
        int height = View.pagerHeight(s) - rows.size() - 1 - below.size();
        if (height >= PlotOptions.MIN_HEIGHT && width >= PlotOptions.MIN_WIDTH) {
            PlotOptions o = PlotRows.options(s.theme(), Math.min(width, PlotOptions.MAX_WIDTH),
                    Math.min(height, PlotOptions.MAX_HEIGHT)).withRange(pick.from(), pick.to()).withMark(run.w()).withVariable("w")
                    .withLayout(Layout.STACKED);
            rows.addAll(PlotRows.rows(curves(lab.runs().get(pick.run()).config().withStart(0, run.b())), o));
        }
        rows.add(Row.BLANK);
        rows.addAll(below);
        p.rows(1, 1, rows.subList(0, Math.min(rows.size(), View.pagerHeight(s))), s.columns() - 1);
    }

    /** The cost at the start and the first step's size, as functions of the starting weight w. */
    static List<Series> curves(TrainConfig run) {
        return List.of(new Series("cost C", w -> run.cost().value(w * run.x() + run.b(), run.y())),
                new Series("first step |dC/dw|", w -> firstStep(run.withStart(w, run.b()))));
    }

    private static double z(TrainConfig c) {
        return c.w() * c.x() + c.b();
    }

    /** |dC/dw| at the start: how far the first gradient step moves w, per unit of eta. */
    static double firstStep(TrainConfig c) {
        return Math.abs(c.cost().dz(z(c), c.y()) * c.x());
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
