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
        View.titleBar(s, p, "Neuron explorer — " + e.title(), "");
        int cols = s.columns();
        int fieldWidth = Math.max(12, Math.min(48, cols - LABEL - 38));
        int fieldsRight = 1 + LABEL + fieldWidth + 1;
        TerminalPosition cursor = null;
        int row = 2;
        List<Row> below = new ArrayList<>();
        for (int i = 0; i < Explorer.LABELS.size(); i++) {
            boolean focused = i == e.focus();
            boolean editing = focused && e.editing();
            TextField f = e.fields().get(i);
            p.put(1, row, (focused ? t.pointer() : " ") + " " + Explorer.LABELS.get(i), focused ? Style.KEY
                    : Style.PLAIN);
            FieldView.Shown shown = FieldView.show(f, fieldWidth, editing, t);
            p.row(1 + LABEL, row, new Row(0, shown.segs()), fieldsRight);
            if (i == Explorer.THRESHOLD && f.text().isBlank() && e.result() != null && !editing) {
                p.put(1 + LABEL, row, "default " + Format.number(e.result().report().threshold()), Style.DIM);
            }
            if (editing) cursor = new TerminalPosition(1 + LABEL + shown.cursor(), row);
            row++;
            Explorer.FieldError err = e.error(i);
            // Only the field being edited opens its error under itself; the others name theirs below.
            int messageWidth = fieldsRight - LABEL - 1;
            if (err != null && editing && messageWidth >= 24) {
                List<Row> rows = FieldView.error(shown, fieldWidth, err.offset(), err.length(), err.message(),
                        messageWidth, t);
                p.rows(1 + LABEL, row, rows, cols - 1);
                row += rows.size();
            } else if (err != null && editing) {
                // Too narrow beside the results for the words: the caret stays under the field, the words go below.
                p.rows(1 + LABEL, row++, FieldView.error(shown, fieldWidth, err.offset(), err.length(), "", 0, t)
                        .subList(0, 1), cols - 1);
                below.add(Row.text(Explorer.LABELS.get(i) + ": " + err.message(), Style.ERROR));
            } else if (err != null) {
                below.add(Row.text(Explorer.LABELS.get(i) + ": " + err.message(), Style.ERROR));
            }
            if (editing) {
                List<Row> notice = FieldView.notice(f, fieldsRight - LABEL - 1, t);
                p.rows(1 + LABEL, row, notice, cols - 1);
                row += notice.size();
            }
        }
        results(s, e, p, fieldsRight + 1, 2);
        Explorer.Result r = e.result();
        String note = !e.note().isEmpty() ? e.note()
                : e.hasErrors() && r != null ? "fix the marked field; showing the last neuron that made sense" : "";
        if (!note.isEmpty()) below.add(Row.text(note, Style.KEY));
        int whyRows = s.rows() >= 22 ? 3 : 0;
        List<Row> text = new ArrayList<>();
        for (Row b : below) {
            for (String line : Wrap.text(t.text(b.text()), cols - 2)) text.add(Row.text(line, b.segs().get(0).style()));
        }
        if (r != null && whyRows > 0) {
            for (String line : Wrap.text(t.text(r.report().explanation()), cols - 2)) text.add(Row.text(line, Style.DIM));
        }
        // The plot keeps its place while the learner types: the rows above it are reserved for
        // one error under the field being edited, one note and the explanation, so an error
        // appearing or the explanation changing length does not move (and so repaint) it.
        // Only more text than that pushes it down.
        int reserved = 2 + Explorer.LABELS.size() + (s.rows() >= 22 ? 3 : 1) + 1 + whyRows;
        p.rows(1, row, text, cols - 1);
        row = Math.max(reserved, row + text.size());
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
        String why = r.activation() == Activation.RELU ? "" : "|z| " + (rep.saturated() ? ">" : "<=") + " "
                + Format.number(rep.threshold());
        // The reason follows the verdict, or goes under it when the panel is too narrow.
        if (c + 2 + why.length() <= max) p.put(c + 2, row + 4, why, Style.DIM, max);
        else p.put(col + 12, row + 5, why, Style.DIM, max);
    }
}
