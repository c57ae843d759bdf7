package satlab.tui;

import com.googlecode.lanterna.TerminalPosition;
import java.util.ArrayList;
import java.util.List;
import satlab.engine.Activation;
import satlab.engine.Format;
import satlab.engine.Neuron;
import satlab.lesson.Wrap;
import satlab.plot.PlotOptions;
import satlab.plot.Series;

/**
 * The neuron explorer: five fields on the left (an error row with a caret opens
 * under a bad field), the live result on the right, then the activation and its
 * derivative with the marker at z, filling the rest of the screen.
 */
final class ExplorerView {

    private ExplorerView() {}

    static final int LABEL = 14;

    static TerminalPosition render(AppState s, Explorer e, Painter p) {
        Theme t = s.theme();
        p.bar(0, "Neuron explorer " + t.text("—") + " " + e.title(), "", Style.TITLE);
        int cols = s.columns();
        int fieldWidth = Math.max(12, Math.min(48, cols - LABEL - 38));
        int fieldsRight = 1 + LABEL + fieldWidth + 1;
        TerminalPosition cursor = null;
        int row = 2;
        for (int i = 0; i < Explorer.LABELS.size(); i++) {
            boolean focused = i == e.focus();
            TextField f = e.fields().get(i);
            p.put(1, row, (focused ? t.pointer() : " ") + " " + Explorer.LABELS.get(i), focused ? Style.KEY
                    : Style.PLAIN);
            int start = Math.max(0, f.cursor() - fieldWidth + 1);
            String visible = f.text().substring(Math.min(start, f.text().length()));
            if (visible.length() > fieldWidth) visible = visible.substring(0, fieldWidth);
            Style st = focused && e.editing() ? (f.selected() ? Style.SELECTED : Style.FIELD_ACTIVE) : Style.FIELD;
            p.put(1 + LABEL, row, PagerLayout.pad(visible, fieldWidth).substring(0, fieldWidth), st);
            if (i == Explorer.THRESHOLD && f.text().isBlank() && e.result() != null) {
                p.put(1 + LABEL, row, "default " + Format.number(e.result().report().threshold()), Style.DIM);
            }
            if (focused && e.editing()) cursor = new TerminalPosition(1 + LABEL + f.cursor() - start, row);
            row++;
            Explorer.FieldError err = e.error(i);
            if (err != null) {
                int at = Math.max(0, Math.min(fieldWidth - 1, err.offset() - start));
                int len = Math.max(1, Math.min(err.length(), fieldWidth - at));
                int c = p.put(1 + LABEL + at, row, "^" + "~".repeat(len - 1), Style.ERROR);
                String msg = t.text(err.message());
                int room = fieldsRight - c - 1;
                if (msg.length() <= room) {
                    p.put(c + 1, row++, msg, Style.ERROR);
                } else {
                    row++;
                    for (String line : Wrap.text(msg, fieldsRight - LABEL - 1)) {
                        p.put(1 + LABEL, row++, line, Style.ERROR, fieldsRight);
                    }
                }
            }
        }
        results(s, e, p, fieldsRight + 1, 2);
        // Fixed rows below the fields (one spare for an error line, one for a note, a few for the
        // explanation) keep the plot still while the learner types: an error appearing or the
        // explanation growing a line would otherwise move, and so repaint, the whole plot.
        row = Math.max(row, 2 + Explorer.LABELS.size() + 1);
        Explorer.Result r = e.result();
        String note = !e.note().isEmpty() ? e.note()
                : e.hasErrors() && r != null ? "fix the marked field; showing the last neuron that made sense" : "";
        p.put(1, row++, t.text(note), Style.KEY, cols - 1);
        int whyRows = s.rows() >= 28 ? 3 : s.rows() >= 22 ? 2 : 0;
        if (r != null && whyRows > 0) {
            List<String> why = Wrap.text(t.text(r.report().explanation()), cols - 2);
            for (int i = 0; i < whyRows && i < why.size(); i++) {
                String line = why.get(i);
                if (i == whyRows - 1 && why.size() > whyRows) line = line.substring(0, Math.max(0, line.length() - 3)) + "...";
                p.put(1, row + i, line, Style.DIM, cols - 1);
            }
        }
        row += whyRows;
        int plotHeight = s.rows() - 1 - row;
        if (r != null && plotHeight >= PlotOptions.MIN_HEIGHT) {
            PlotOptions o = PlotRows.options(t, Math.min(cols - 1, 100), plotHeight)
                    .withLayout(satlab.plot.Layout.STACKED).withMark(r.report().z());
            if (r.activation() != Activation.RELU) o = o.withThreshold(r.report().threshold());
            p.rows(1, row, PlotRows.rows(series(r.activation()), o), cols - 1);
        }
        return cursor;
    }

    private static List<Series> series(Activation a) {
        return switch (a) {
            case SIGMOID -> Series.defaults();
            case TANH -> List.of(new Series("tanh(z)", Math::tanh), new Series("dtanh(z)", Activation::dtanh));
            case RELU -> List.of(new Series("relu(z)", Activation::relu), new Series("drelu(z)", Activation::drelu));
        };
    }

    private static void results(AppState s, Explorer e, Painter p, int col, int row) {
        Explorer.Result r = e.result();
        int max = s.columns() - 1;
        if (r == null) {
            p.put(col, row, "no result yet:", Style.DIM, max);
            p.put(col, row + 1, "fix the marked field", Style.DIM, max);
            return;
        }
        Neuron.Report rep = r.report();
        // The function names are a reminder, dropped when the panel is narrow.
        String f = s.columns() >= 78 ? r.activation().displayName() : "";
        p.put(col, row, "z         = " + Format.number(rep.z()), Style.STRONG, max);
        p.put(col, row + 1, "output    = " + Format.number(rep.output()) + (f.isEmpty() ? "" : "  " + f + "(z)"), Style.PLAIN, max);
        p.put(col, row + 2, "gradient  = " + Format.number(rep.gradient()) + (f.isEmpty() ? "" : "  " + f + "'(z)"), Style.PLAIN, max);
        p.put(col, row + 3, "% of peak = " + Format.percent(rep.gradientPercent()), Style.PLAIN, max);
        int c = p.put(col, row + 4, "verdict:    ", Style.PLAIN, max);
        c = p.put(c, row + 4, rep.verdict(), PagerLayout.verdict(rep.verdict()).style(), max);
        String why = r.activation() == Activation.RELU ? "" : "  |z| " + (rep.saturated() ? ">" : "<=") + " "
                + Format.number(rep.threshold());
        p.put(c, row + 4, why, Style.DIM, max);
    }
}
