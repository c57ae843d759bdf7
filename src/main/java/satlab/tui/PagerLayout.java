package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;
import satlab.lesson.Block;
import satlab.lesson.Lesson;
import satlab.lesson.Markdown;
import satlab.lesson.NeuronBlock;
import satlab.lesson.Paragraph;
import satlab.lesson.PlotBlock;
import satlab.lesson.Prose;
import satlab.lesson.QuizBlock;
import satlab.lesson.QuizInstance;
import satlab.lesson.Run;
import satlab.lesson.Verdict;
import satlab.lesson.Wrap;
import satlab.plot.PlotOptions;
import satlab.plot.Series;

/**
 * Lays one lesson step out as rows for the current width: prose word-wrapped with
 * its emphasis, code, lists and quotes; plots drawn to fit; neuron and quiz blocks
 * as framed panels. The pager scrolls over these rows.
 *
 * @param focusTops    the first row of each interactive block, so Tab can scroll to it
 * @param cursorRow    the row of the answer field being edited, -1 for none
 * @param cursorColumn the terminal cursor's column in that row, from the layout's left edge
 */
public record PagerLayout(List<Row> rows, List<Integer> focusTops, int cursorRow, int cursorColumn) {

    /** Plot height when the author left it to the player. */
    static final int PLOT_HEIGHT = 14;

    /** Prose longer than this reads badly: on wide terminals the page keeps this width, centred. */
    static final int READING_WIDTH = 96;

    public static int width(AppState s) {
        return Math.max(20, Math.min(READING_WIDTH, s.columns() - 2));
    }

    /** The page's left column: 1, or more to centre the reading width on a wide terminal. */
    public static int left(AppState s) {
        return Math.max(1, (s.columns() - width(s)) / 2);
    }

    /** Where the editing field's cursor sits in the rows being laid out. */
    static final class Cursor {
        int row = -1, column = -1;
    }

    public static PagerLayout lay(AppState s, Screen.Pager p) {
        Lesson lesson = s.course().lessons().get(p.lesson());
        int width = width(s);
        Theme theme = s.theme();
        List<Row> rows = new ArrayList<>();
        List<Integer> tops = new ArrayList<>();
        Cursor cursor = new Cursor();
        int interactiveIndex = 0;
        for (Block block : lesson.steps().get(p.step()).blocks()) {
            if (!rows.isEmpty()) rows.add(Row.BLANK);
            if (block instanceof Prose prose) {
                rows.addAll(prose(prose, width, theme));
            } else if (block instanceof PlotBlock plot) {
                rows.addAll(plot(plot, width, theme));
            } else if (block instanceof NeuronBlock n) {
                tops.add(rows.size());
                rows.addAll(panel(neuron(n, width - 2, theme), interactiveIndex++ == p.focus(), "neuron", theme));
            } else if (Labs.isLab(block)) {
                tops.add(rows.size());
                boolean focused = interactiveIndex++ == p.focus();
                rows.addAll(panel(wrapped(LabSummary.rows(block, Integer.MAX_VALUE / 2), width - 2, theme), focused,
                        block instanceof satlab.lesson.NetworkBlock ? "network lab"
                                : block instanceof satlab.lesson.TrainNetBlock ? "training lab" : "training race", theme));
            } else if (block instanceof QuizBlock quiz) {
                tops.add(rows.size());
                int qi = lesson.quizIndex(quiz);
                QuizState q = p.quizzes().get(qi);
                boolean focused = interactiveIndex++ == p.focus();
                Cursor inQuiz = new Cursor();
                List<Row> panel = panel(quizPanel(q, focused, width - 2, theme, inQuiz), focused, "quiz " + (qi + 1)
                        + (q.take().attemptsLeft().isEmpty() ? "" : " (" + q.take().attemptsLeft() + ")"), theme);
                if (inQuiz.row >= 0) {
                    // The panel adds its title row above and its bar (two columns) to the left.
                    cursor.row = rows.size() + 1 + inQuiz.row;
                    cursor.column = 2 + inQuiz.column;
                }
                rows.addAll(panel);
            }
        }
        return new PagerLayout(List.copyOf(rows), List.copyOf(tops), cursor.row, cursor.column);
    }

    static List<Row> prose(Prose prose, int width, Theme theme) {
        List<Row> out = new ArrayList<>();
        Paragraph.Kind previous = null;
        for (Paragraph para : prose.paragraphs()) {
            // List items sit on consecutive lines, as in any Markdown viewer.
            boolean listContinues = isList(para.kind()) && isList(previous);
            if (!out.isEmpty() && !listContinues) out.add(Row.BLANK);
            previous = para.kind();
            Paragraph shown = theme.ascii() ? ascii(para, theme) : para;
            for (Wrap.Line line : Wrap.paragraph(shown, width, Cells.WIDTH)) {
                List<Seg> segs = new ArrayList<>();
                String prefix = line.prefix();
                if (para.kind() == Paragraph.Kind.QUOTE) {
                    segs.add(new Seg(theme.vline() + " ", Style.DIM));
                } else if (!prefix.isEmpty()) {
                    segs.add(Seg.plain(prefix));
                }
                for (Run run : line.runs()) {
                    segs.add(new Seg(run.text(), para.kind() == Paragraph.Kind.HEADING ? Style.HEADING : style(run)));
                }
                out.add(new Row(0, segs));
            }
        }
        return out;
    }

    private static boolean isList(Paragraph.Kind kind) {
        return kind == Paragraph.Kind.BULLET || kind == Paragraph.Kind.NUMBERED;
    }

    /** In ASCII mode the text is transliterated before wrapping, so the wrap counts what is drawn. */
    private static Paragraph ascii(Paragraph p, Theme theme) {
        List<Run> runs = p.runs().stream().map(r -> new Run(r.style(), theme.text(r.text()))).toList();
        return new Paragraph(p.kind(), runs, p.number(), p.depth());
    }

    private static Style style(Run run) {
        return switch (run.style()) {
            case PLAIN -> Style.PLAIN;
            case EMPHASIS -> Style.EMPHASIS;
            case STRONG -> Style.STRONG;
            case CODE -> Style.CODE;
        };
    }

    private static List<Row> plot(PlotBlock block, int width, Theme theme) {
        List<String> errors = new ArrayList<>();
        List<Series> series = PlotRows.series(block.functions(), errors);
        int height = block.height().orElse(PLOT_HEIGHT);
        PlotOptions o = PlotRows.options(theme, Math.min(width, 100), height)
                .withRange(block.from(), block.to())
                .withLayout(block.layout() == PlotBlock.Layout.OVERLAY ? satlab.plot.Layout.OVERLAY
                        : satlab.plot.Layout.STACKED);
        if (block.mark().isPresent()) o = o.withMark(block.mark().getAsDouble());
        if (block.threshold().isPresent()) o = o.withThreshold(block.threshold().getAsDouble());
        List<Row> out = new ArrayList<>();
        for (String e : errors) out.add(Row.text("cannot plot " + e, Style.ERROR));
        if (!series.isEmpty()) out.addAll(PlotRows.rows(series, o));
        return out;
    }

    /** A block drawn with a bar on its left; a focused block has a pointer and a bold bar. */
    private static List<Row> panel(List<Row> inner, boolean focused, String label, Theme theme) {
        List<Row> out = new ArrayList<>();
        Style bar = focused ? Style.KEY : Style.DIM;
        String head = focused ? theme.pointer() : theme.vline();
        String rest = focused && !theme.ascii() ? "┃" : theme.vline();
        out.add(Row.of(new Seg(head + " ", bar), new Seg(label, bar)));
        for (Row r : inner) out.add(r.prefixed(new Seg(rest + " ", bar)));
        return out;
    }

    /**
     * Every row in the theme's characters (ASCII may be longer: ² is ^2) and wrapped to
     * the width at spaces, continuation lines indented two: nothing runs off the edge.
     */
    private static List<Row> wrapped(List<Row> rows, int width, Theme theme) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            Row shown = new Row(r.indent(), r.segs().stream().map(g -> new Seg(theme.text(g.text()), g.style())).toList());
            if (shown.text().length() <= width) out.add(shown);
            else out.addAll(Rows.wrap(shown, width, 2));
        }
        return out;
    }

    private static List<Row> neuron(NeuronBlock n, int width, Theme theme) {
        Explorer e = Explorer.open("", n.weights(), n.inputs(), n.bias(), n.activation().displayName(),
                Format.number(n.threshold()), 0);
        List<Row> out = new ArrayList<>();
        out.add(Row.of(Seg.plain("weights " + n.weights() + "   inputs " + n.inputs() + "   bias " + n.bias()
                + "   " + n.activation().displayName())));
        Explorer.Result r = e.result();
        if (r == null) {
            out.add(Row.text("these values do not make a neuron; open the explorer to see why", Style.ERROR));
        } else {
            out.add(Row.of(Seg.plain("z = " + Format.number(r.report().z()) + "   output "
                    + Format.number(r.report().output()) + "   gradient " + Format.number(r.report().gradient())
                    + " (" + Format.percent(r.report().gradientPercent()) + " of peak)   "),
                    verdict(r.report().verdict())));
        }
        out.add(Row.text("Tab to select, then Enter: open it in the explorer and change the numbers", Style.DIM));
        return wrapped(out, width, theme);
    }

    static Seg verdict(String verdict) {
        return new Seg(verdict, "ACTIVE".equals(verdict) ? Style.ACTIVE : Style.SATURATED);
    }

    /**
     * A quiz as the learning model's {@link satlab.learn.Take} has it: the question, the
     * options or the answer field, the message about the last answer ("Try again:
     * attempt 2 of 2."), the hint, and after the last attempt the answer and explanation.
     * {@code cursor} receives the answer field's cursor while it is being typed in.
     */
    static List<Row> quizPanel(QuizState q, boolean focused, int width, Theme theme, Cursor cursor) {
        satlab.learn.Take take = q.take();
        QuizInstance inst = take.instance();
        List<Row> out = new ArrayList<>();
        if (inst == null) {
            out.addAll(markdown(take.message(), width, theme).stream()
                    .map(r -> new Row(r.indent(), r.segs().stream().map(g -> new Seg(g.text(), Style.ERROR)).toList()))
                    .toList());
            return wrapped(out, width, theme);
        }
        out.addAll(markdown(inst.question(), width, theme));
        boolean open = take.open();
        switch (q.kind()) {
            case YESNO -> {
                List<Seg> segs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    boolean sel = i == q.choice() && open && focused;
                    if (i > 0) segs.add(Seg.plain("   "));
                    segs.add(new Seg((sel ? theme.pointer() : " ") + " ", sel ? Style.SELECTED : Style.PLAIN));
                    segs.add(key(i == 0 ? "y" : "n", focused));
                    segs.add(new Seg(i == 0 ? " yes" : " no", sel ? Style.SELECTED : Style.PLAIN));
                }
                out.add(Row.of(segs.toArray(new Seg[0])));
            }
            case CHOICE -> {
                List<QuizBlock.Option> options = inst.options();
                for (int i = 0; i < options.size(); i++) {
                    boolean sel = i == q.choice() && open && focused;
                    String marker = (sel ? theme.pointer() + " " : "  ")
                            + (q.multiple() ? (q.picked().contains(i) ? "[x] " : "[ ] ") : "");
                    List<Row> lines = markdown(options.get(i).text(), Math.max(10, width - marker.length() - 3), theme);
                    for (int l = 0; l < lines.size(); l++) {
                        String head = l == 0 ? marker + (i + 1) + ". " : " ".repeat(marker.length() + 3);
                        Row line = lines.get(l).prefixed(new Seg(head, sel ? Style.SELECTED : Style.PLAIN));
                        out.add(sel ? selected(line) : line);
                    }
                }
            }
            case NUMBER -> {
                String label = "answer: ";
                FieldView.Shown field = FieldView.show(q.field(), Math.max(12, Math.min(40, width - label.length())),
                        q.editing(), theme);
                List<Seg> segs = new ArrayList<>(List.of(Seg.plain(label)));
                segs.addAll(field.segs());
                if (q.editing()) {
                    cursor.row = out.size();
                    cursor.column = label.length() + field.cursor();
                }
                out.add(new Row(0, segs));
                if (open) {
                    out.add(Row.text(q.editing() ? "Enter checks, Esc leaves the field"
                            : "expressions work, e.g. 1/(1+exp(-10))", Style.DIM));
                }
                out.addAll(FieldView.notice(q.field(), width, theme));
            }
        }
        if (q.hintVisible() && !inst.hint().isBlank()) out.addAll(markdown("hint: " + inst.hint(), width, theme));
        Verdict v = take.last();
        if (v != null) {
            boolean right = take.status() == satlab.learn.QuizProgress.Status.RIGHT;
            out.add(Row.of(new Seg(right ? theme.right() : theme.wrong(), right ? Style.RIGHT : Style.WRONG),
                    Seg.plain("  you answered " + theme.text(v.given()) + ".")));
        }
        // The mark above says right or wrong: the message need not say it again.
        String message = v == null ? take.message() : Verdict.withoutJudgement(take.message());
        if (!message.isEmpty()) {
            boolean right = take.status() == satlab.learn.QuizProgress.Status.RIGHT;
            Style st = v == null ? Style.ERROR : right ? Style.RIGHT : take.open() ? Style.STRONG : Style.WRONG;
            for (Row r : markdown(message, width, theme)) {
                out.add(new Row(r.indent(), r.segs().stream().map(g -> new Seg(g.text(), st)).toList()));
            }
        }
        if (take.showSolution() && !inst.explanation().isBlank()) out.addAll(markdown(inst.explanation(), width, theme));
        if (!open) return wrapped(out, width, theme);
        if (!focused) {
            out.add(Row.text("Tab to answer", Style.DIM));
        } else if (q.multiple()) {
            out.add(Row.text("more than one is right: tick with number keys or Space, then Enter" + hintKey(inst),
                    Style.DIM));
        } else if (q.kind() == QuizBlock.Kind.CHOICE) {
            out.add(Row.text("choose with a number key or " + theme.updown() + ", then Enter to answer" + hintKey(inst),
                    Style.DIM));
        } else if (q.kind() == QuizBlock.Kind.YESNO) {
            out.add(Row.text("choose with y or n, then Enter to answer" + hintKey(inst), Style.DIM));
        }
        return wrapped(out, width, theme);
    }

    /** "; ? hint" when the quiz has a hint to show, else nothing. */
    private static String hintKey(QuizInstance inst) {
        return inst.hint().isBlank() ? "" : "; ? hint";
    }

    /** Inline Markdown (a quiz's question, options, hint, explanation) wrapped to the width. */
    static List<Row> markdown(String text, int width, Theme theme) {
        Paragraph para = Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline(text));
        return prose(new Prose(List.of(para), 0), width, theme);
    }

    private static Row selected(Row r) {
        return new Row(r.indent(), r.segs().stream().map(seg -> new Seg(seg.text(), Style.SELECTED)).toList());
    }

    private static Seg key(String k, boolean focused) {
        return new Seg("[" + k + "]", focused ? Style.KEY : Style.PLAIN);
    }
}
