package satlab.tui;

import com.googlecode.lanterna.TerminalPosition;
import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;
import satlab.lesson.Lesson;
import satlab.lesson.Wrap;
import satlab.store.LessonProgress;

/**
 * Draws an {@link AppState}: title bar, the visible screen, the status bar with the
 * keys that matter here, and overlays. Pure apart from writing to the painter;
 * returns where the terminal cursor belongs (inside the field being edited) or null.
 */
public final class View {

    private View() {}

    /** Rows between the title bar and the status bar. */
    public static int pagerHeight(AppState s) {
        return Math.max(1, s.rows() - 2);
    }

    /**
     * What drawing a frame found out: where the terminal cursor belongs (inside the
     * field being edited; null hides it) and the viewport the state should keep.
     */
    public record Frame(TerminalPosition cursor, Viewport viewport) {}

    public static Frame render(AppState s, Painter p) {
        p.clear();
        if (s.tooSmall()) {
            tooSmall(s, p);
            return new Frame(null, s.viewport());
        }
        TerminalPosition cursor = null;
        Viewport viewport = Viewport.UNKNOWN;
        Screen top = s.top();
        if (top instanceof Screen.Menu m) {
            menu(s, m, p);
        } else if (top instanceof Screen.Pager pager) {
            Frame f = pager(s, pager, p);
            cursor = f.cursor();
            viewport = f.viewport();
        } else if (top instanceof Screen.ExplorerScreen e) {
            cursor = ExplorerView.render(s, e.explorer(), p);
        } else if (top instanceof Screen.NetworkLabScreen n) {
            NetworkLabView.render(s, n.lab(), p);
        } else if (top instanceof Screen.TrainLabScreen t) {
            TrainLabView.render(s, t.lab(), p);
        }
        status(s, p);
        int helpMax = 0;
        if (s.overlay() instanceof Overlay.Help h) helpMax = HelpView.render(s, h, p);
        // The cursor belongs to a field only while nothing covers it or asks a question.
        if (!(s.overlay() instanceof Overlay.None)) cursor = null;
        return new Frame(cursor, new Viewport(viewport.pagerMax(), viewport.pagerPage(), viewport.focusTops(),
                helpMax, HelpView.page(s)));
    }

    private static void tooSmall(AppState s, Painter p) {
        String msg = "terminal too small: " + s.columns() + "x" + s.rows() + ", need "
                + AppState.MIN_COLUMNS + "x" + AppState.MIN_ROWS;
        List<String> lines = Wrap.text(msg, Math.max(1, s.columns() - 1));
        int top = Math.max(0, (s.rows() - lines.size()) / 2);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            p.put(Math.max(0, (s.columns() - l.length()) / 2), top + i, l, Style.STRONG);
        }
    }

    private static void menu(AppState s, Screen.Menu m, Painter p) {
        titleBar(s, p, "satlab — why large weights saturate sigmoid neurons", s.session().learner());
        List<Lesson> lessons = s.course().lessons();
        if (lessons.isEmpty()) {
            p.put(2, 2, "No lessons found.", Style.STRONG);
            p.put(2, 3, "Start satlab with --lessons DIR, or fix the lessons and press R to reload.", Style.PLAIN);
        }
        int listTop = 2;
        int listRows = pagerHeight(s) - 3 - (m.lint().isEmpty() ? 0 : Math.max(3, pagerHeight(s) / 2));
        int first = Math.max(0, Math.min(m.selected() - listRows + 1, lessons.size() - listRows));
        first = Math.max(0, Math.min(first, m.selected()));
        int width = s.columns() - 2;
        for (int i = first; i < lessons.size() && i - first < listRows; i++) {
            Lesson l = lessons.get(i);
            boolean sel = i == m.selected();
            String state = progressText(s, l);
            String head = (sel ? s.theme().pointer() : " ") + " " + (i + 1) + ". ";
            int titleRoom = Math.max(10, width - head.length() - state.length() - 2);
            String title = fit(s.theme().text(l.title()), titleRoom, s.theme());
            int row = listTop + i - first;
            p.put(1, row, head + title, sel ? Style.SELECTED : Style.PLAIN);
            p.put(Math.max(1, width - state.length() + 1), row, state,
                    state.startsWith("done") ? Style.RIGHT : Style.DIM);
        }
        int shownEnd = Math.min(lessons.size(), first + listRows);
        if (first > 0) p.put(s.columns() - 1, listTop, s.theme().ascii() ? "^" : "▲", Style.KEY);
        if (shownEnd < lessons.size()) {
            String mark = (s.theme().ascii() ? "v " : "▼ ") + (lessons.size() - shownEnd) + " more";
            p.put(s.columns() - 2 - mark.length(), listTop + listRows, mark, Style.KEY);
        }
        int hintRow = listTop + Math.min(lessons.size(), listRows) + 1;
        if (!lessons.isEmpty()) {
            for (String line : Wrap.text(s.theme().text(continueHint(s)), s.columns() - 2)) {
                p.put(1, hintRow++, line, Style.DIM, s.columns() - 1);
            }
        }
        if (!m.lint().isEmpty()) {
            List<Row> wrapped = lintRows(m.lint(), s.columns() - 6);
            int h = Math.min(Math.max(3, pagerHeight(s) / 2), wrapped.size() + 2);
            int top = s.rows() - 1 - h;
            p.box(0, top, s.columns(), h, "lesson problems (Esc closes)");
            for (int i = 0; i < wrapped.size() && i < h - 2; i++) p.row(2, top + 1 + i, wrapped.get(i), s.columns() - 1);
            if (wrapped.size() > h - 2) {
                int more = wrapped.size() - (h - 2);
                p.put(2, top + h - 1, " " + more + (more == 1 ? " more line" : " more lines") + ": run satlab check ",
                        Style.KEY);
            }
        }
    }

    /** Diagnostics wrapped to the panel, continuation lines indented, errors marked. */
    static List<Row> lintRows(List<String> lint, int width) {
        List<Row> out = new ArrayList<>();
        for (String d : lint) {
            Style st = d.contains(": error:") ? Style.ERROR : Style.PLAIN;
            List<String> lines = Wrap.text(d, width);
            for (int i = 0; i < lines.size(); i++) out.add(Row.of(i == 0 ? 0 : 2, new Seg(lines.get(i), st)));
        }
        return out;
    }

    private static String continueHint(AppState s) {
        String last = s.progress().lastLesson().orElse(null);
        int idx = last == null ? -1 : s.course().indexOf(last);
        if (idx < 0) return "Enter opens the selected lesson; c starts at the first one.";
        Lesson l = s.course().lessons().get(idx);
        return "c continues \"" + s.theme().text(l.title()) + "\"" + s.progress().progress(l.id())
                .flatMap(LessonProgress::position).map(pos -> " at step " + pos.describe()).orElse("");
    }

    static String progressText(AppState s, Lesson l) {
        LessonProgress lp = s.progress().progress(l.id()).orElse(null);
        int quizzes = l.quizzes().size();
        String score = lp == null || lp.answered() == 0 ? "" : " · quiz " + lp.right() + "/" + quizzes;
        if (lp == null) return "not started";
        if (lp.completed()) return s.theme().text("done" + score);
        String where = lp.position().map(pos -> "step " + Math.min(pos.step() + 1, l.steps().size()) + " of "
                + l.steps().size()).orElse("not started");
        return s.theme().text(where + score);
    }

    private static Frame pager(AppState s, Screen.Pager pg, Painter p) {
        Lesson lesson = s.course().lessons().get(pg.lesson());
        String stepTitle = lesson.steps().get(pg.step()).title();
        String title = stepTitle.equals(lesson.title()) ? lesson.title() : lesson.title() + ": " + stepTitle;
        titleBar(s, p, title, "step " + (pg.step() + 1) + "/" + lesson.steps().size());
        PagerLayout laid = PagerLayout.lay(s, pg);
        int height = pagerHeight(s);
        List<Row> rows = laid.rows();
        // A step taller than the screen keeps its last row for the "more" line, so the mark never hides text.
        int visible = rows.size() > height ? height - 1 : height;
        int max = Math.max(0, rows.size() - visible);
        int scroll = Math.max(0, Math.min(max, pg.scroll()));
        int end = Math.min(rows.size(), scroll + visible);
        int left = PagerLayout.left(s);
        p.rows(left, 1, rows.subList(scroll, end), s.columns() - 1);
        more(s, p, 1, height, scroll > 0, end < rows.size(), rows.size() - end);
        TerminalPosition cursor = null;
        if (laid.cursorRow() >= scroll && laid.cursorRow() < end) {
            cursor = new TerminalPosition(left + laid.cursorColumn(), 1 + laid.cursorRow() - scroll);
        }
        return new Frame(cursor, new Viewport(max, visible, laid.focusTops(), 0, 1));
    }

    /**
     * The marks of a scrolled region: ▲ in its top right corner when rows are above,
     * and on its last row, kept free for it, how many rows are below and how to see them.
     */
    static void more(AppState s, Painter p, int top, int height, boolean above, boolean below, int belowCount) {
        Theme t = s.theme();
        if (above) p.put(s.columns() - 1, top, t.ascii() ? "^" : "▲", Style.KEY);
        if (below) {
            String mark = Hints.first(s.columns() - 4, t, (t.ascii() ? "v " : "▼ ") + belowCount + " more "
                    + (belowCount == 1 ? "line" : "lines") + ": " + t.updown() + " or Space to scroll",
                    (t.ascii() ? "v " : "▼ ") + belowCount + " more");
            p.put(s.columns() - 2 - mark.length(), top + height - 1, mark, Style.KEY);
        }
    }

    /** A title bar whose title gives way to the right-hand label with an ellipsis at a word, never overlapping it. */
    static void titleBar(AppState s, Painter p, String title, String right) {
        int room = s.columns() - 2 - (right.isEmpty() ? 0 : right.length() + 2);
        p.bar(0, fit(s.theme().text(title), room, s.theme()), right, Style.TITLE);
    }

    /** The text if it fits; else cut at the last space that leaves room for an ellipsis. */
    static String fit(String text, int width, Theme t) {
        if (text.length() <= width) return text;
        String dots = t.ascii() ? "..." : "…";
        int room = Math.max(0, width - dots.length());
        int cut = text.lastIndexOf(' ', room);
        if (cut <= room / 2) cut = room;
        return text.substring(0, cut).stripTrailing() + dots;
    }

    private static void status(AppState s, Painter p) {
        int row = s.rows() - 1;
        Theme t = s.theme();
        String right = s.progress().saving() ? "" : "NOT SAVING";
        int room = s.columns() - 2 - (right.isEmpty() ? 0 : right.length() + 2);
        String keys;
        if (s.overlay() instanceof Overlay.Confirm) {
            keys = Hints.first(room, t, "A quiz answer is half-typed. Quit anyway? y quits, any other key stays",
                    "Answer half-typed. Quit anyway? y quits, other keys stay", "Quit? y quits, other keys stay");
        } else if (s.overlay() instanceof Overlay.Help) {
            keys = Hints.of(hint(t.updown() + " j k scroll", t.updown() + " scroll", 1),
                    hint("any other key closes the help", "other keys close", 0)).fit(room, t);
        } else if (!s.message().isEmpty()) {
            // A message longer than the bar takes the rows above it, so none of it is lost.
            List<String> lines = Wrap.text(t.text(s.message()), room);
            for (int i = 0; i < lines.size() - 1 && i < 2; i++) {
                p.bar(row - (Math.min(lines.size(), 3) - 1) + i, lines.get(i), "", Style.BAR);
            }
            keys = lines.size() > 3 ? fit(String.join(" ", lines.subList(2, lines.size())), room, t)
                    : lines.get(lines.size() - 1);
        } else {
            keys = keysFor(s, t).fit(room, t);
        }
        p.bar(row, keys, right, Style.BAR);
    }

    private static Hints.Hint hint(String full, String brief, int rank) {
        return Hints.hint(full, brief, rank);
    }

    private static Hints.Hint hint(String text, int rank) {
        return Hints.hint(text, rank);
    }

    static Hints keysFor(AppState s, Theme t) {
        Screen top = s.top();
        Hints.Hint help = hint("? help", 0);
        Hints.Hint quit = hint("q quit", 0);
        if (top instanceof Screen.Menu m) {
            if (!m.lint().isEmpty()) {
                return Hints.of(hint("Esc close problems", "Esc close", 0), hint("R reload", 1),
                        hint("Enter open", 0), quit);
            }
            return Hints.of(hint(t.updown() + " choose", 2), hint("Enter open", 0), hint("c continue", 1),
                    hint("e explorer", 3), hint("w network lab", "w lab", 3), help, quit);
        }
        if (top instanceof Screen.Pager pg) {
            QuizState q = Update.focusedQuiz(s, pg);
            boolean hasHint = q != null && !q.instance().hint().isBlank();
            List<Hints.Hint> h = new ArrayList<>();
            if (q != null && q.editing()) {
                h.add(hint("type a number or expression", "type a number", 0));
                h.add(hint("Enter check", 0));
                if (hasHint) h.add(hint("? hint", 1));
                h.add(hint("Esc leave field", "Esc leave", 1));
                return Hints.of(h);
            }
            if (q != null && !q.answered()) {
                switch (q.kind()) {
                    case YESNO -> {
                        h.add(hint("y yes", 0));
                        h.add(hint("n no", 0));
                    }
                    case CHOICE -> {
                        if (q.multiple()) {
                            h.add(hint("1-9/Space tick", "1-9 tick", 0));
                            h.add(hint("Enter answer", 0));
                        } else {
                            h.add(hint("1-9 or " + t.updown() + "+Enter answer", "1-9 answer", 0));
                        }
                    }
                    case NUMBER -> h.add(hint("Enter type the answer", "Enter type", 0));
                }
                if (hasHint) h.add(hint("? hint", 1));
                h.add(hint("Tab next", 2));
                h.add(hint("Esc unselect", "Esc back", 1));
                return Hints.of(h);
            }
            if (pg.focus() >= 0 && q == null) {
                return Hints.of(hint("Enter open " + LabKeys.focusedName(s, pg), "Enter open", 0), hint("Tab next", 1),
                        hint("Esc unselect", "Esc back", 1), help);
            }
            return Hints.of(hint(t.arrows() + " step", 0), hint(t.updown() + " scroll", 2), hint("Tab select", 1),
                    hint("e explorer", 3), hint("Esc menu", 1), help, hint("q quit", 2));
        }
        if (top instanceof Screen.NetworkLabScreen || top instanceof Screen.TrainLabScreen) return LabKeys.status(top);
        Explorer e = ((Screen.ExplorerScreen) top).explorer();
        if (e.editing()) {
            return Hints.of(hint("type a value", "type", 0), hint("Tab/Enter next field", "Tab next", 0),
                    hint("Esc leave field (then r x h 0 keys)", "Esc leave field", 0));
        }
        return Hints.of(hint("Enter edit", 0), hint("r random(s=" + Format.number(e.sigma()) + ")", "r random", 1),
                hint("+/- s", 2), hint("x Xavier", 2), hint("h He", 2), hint("0 restore", 2), hint("Esc back", 0));
    }

    static List<String> lines(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) out.add(r.text());
        return out;
    }
}
