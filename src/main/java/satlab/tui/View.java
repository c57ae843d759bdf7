package satlab.tui;

import com.googlecode.lanterna.TerminalPosition;
import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;
import satlab.learn.CourseStanding;
import satlab.learn.LessonStanding;
import satlab.lesson.CourseIndex;
import satlab.lesson.Lesson;
import satlab.lesson.LessonOutline;
import satlab.lesson.Wrap;

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
        } else if (top instanceof Screen.Review r) {
            cursor = review(s, r, p);
        } else if (top instanceof Screen.Summary sum) {
            summary(s, sum, p);
        } else if (top instanceof Screen.ExplorerScreen e) {
            cursor = ExplorerView.render(s, e.explorer(), p);
        } else if (top instanceof Screen.NetworkLabScreen n) {
            NetworkLabView.render(s, n.lab(), p);
        } else if (top instanceof Screen.TrainLabScreen t) {
            cursor = TrainLabView.render(s, t.lab(), p);
        } else if (top instanceof Screen.TrainNetLabScreen t) {
            TrainNetLabView.render(s, t.lab(), p);
        } else if (top instanceof Screen.ConsoleScreen c) {
            ConsoleView.render(s, c.console(), p);
            cursor = ConsoleView.cursor(s, c.console());
        }
        status(s, p);
        int helpMax = 0;
        if (s.overlay() instanceof Overlay.Help h) helpMax = HelpView.render(s, h, p);
        if (s.overlay() instanceof Overlay.Broadcast b) broadcast(s, b, p);
        // The cursor belongs to a field only while nothing covers it or asks a question.
        if (!(s.overlay() instanceof Overlay.None)) cursor = null;
        return new Frame(cursor, new Viewport(viewport.pagerMax(), viewport.pagerPage(), viewport.focusTops(),
                helpMax, HelpView.page(s)));
    }

    /** What to do about an empty course: only a local author can point satlab at lessons or reload them. */
    private static String noLessonsNext(Role role) {
        return switch (role) {
            case LEARNER -> "Ask your instructor to serve some.";
            case INSTRUCTOR -> "Fix the lessons on the server, then reload them from the lab console: q, then R.";
            case LOCAL -> "Start satlab with --lessons DIR, or fix the lessons and press R to reload.";
        };
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
        // Drawn from the outline, which the first frame has before the lessons are parsed.
        titleBar(s, p, s.course().info().menuTitle(), s.session().learner());
        int listTop = 2 + description(s, p);
        List<LessonOutline> lessons = s.course().outline();
        boolean parsed = !s.course().isOutlineOnly();
        if (lessons.isEmpty()) {
            p.put(2, listTop, s.role() == Role.LEARNER ? "No lessons yet." : "No lessons found.", Style.STRONG);
            int y = listTop + 1;
            for (String line : Wrap.text(noLessonsNext(s.role()), s.columns() - 4)) p.put(2, y++, line, Style.PLAIN);
        }
        int listRows = pagerHeight(s) - 1 - listTop - (m.lint().isEmpty() ? 0 : Math.max(3, pagerHeight(s) / 2));
        int first = Math.max(0, Math.min(m.selected() - listRows + 1, lessons.size() - listRows));
        first = Math.max(0, Math.min(first, m.selected()));
        int width = s.columns() - 2;
        for (int i = first; i < lessons.size() && i - first < listRows; i++) {
            LessonOutline l = lessons.get(i);
            boolean sel = i == m.selected();
            // Progress arrives with the parsed course; until then its column stays blank but
            // reserved, so the titles do not move when it fills.
            String state = parsed ? progressText(s, s.course().lessons().get(i)) : "";
            String head = (sel ? s.theme().pointer() : " ") + " " + (i + 1) + ". ";
            int titleRoom = Math.max(10, width - head.length() - Math.max(state.length(), parsed ? 0 : RESERVED) - 2);
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
        if (!lessons.isEmpty() && parsed) {
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

    /**
     * The course's description under the title bar, at most two lines (as {@code check}
     * holds it to at 60 columns) and a blank line; returns the rows it took.
     */
    private static int description(AppState s, Painter p) {
        String description = s.course().info().description();
        if (description.isEmpty()) return 0;
        List<String> lines = Wrap.text(s.theme().text(description), s.columns() - 2, Cells.WIDTH);
        int shown = Math.min(lines.size(), CourseIndex.MAX_DESCRIPTION_LINES);
        for (int i = 0; i < shown; i++) {
            String line = i == shown - 1 && lines.size() > shown
                    ? fit(String.join(" ", lines.subList(i, lines.size())), s.columns() - 2, s.theme()) : lines.get(i);
            p.put(1, 2 + i, line, Style.DIM, s.columns() - 1);
        }
        return shown + 1;
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

    /** Exactly where c goes, as the learning model says; and how many missed quizzes r reviews. */
    static String continueHint(AppState s) {
        CourseStanding c = Update.standing(s);
        int review = c.toReview().size();
        String r = review == 0 ? "" : "; r reviews " + review + (review == 1 ? " missed quiz" : " missed quizzes");
        return c.next().map(n -> n.allDone()
                ? "Every lesson is done: " + c.right() + " of " + c.total() + " right" + r + "; s summary."
                : "c continues " + s.theme().text(n.description()) + r + ".").orElse("");
    }

    /** The progress column's width before progress is known: as wide as "not started". */
    private static final int RESERVED = "not started".length();

    /** "not started", "step 2 of 7 · 1/3 right", "done · 3/3 right": scores out of every quiz. */
    static String progressText(AppState s, Lesson l) {
        int i = s.course().lessons().indexOf(l);
        LessonStanding ls = i < 0 ? null : Update.standing(s).lesson(i);
        if (ls == null || !ls.started()) return "not started";
        String score = ls.total() == 0 ? "" : " · " + ls.right() + "/" + ls.total() + " right";
        if (ls.done()) return s.theme().text("done" + score);
        String where = ls.position().map(pos -> "step " + (ls.savedStep() + 1) + " of " + l.steps().size())
                .orElse("started");
        return s.theme().text(where + score);
    }

    /** One missed quiz asked again, with fresh numbers; returns where the field's cursor goes. */
    private static TerminalPosition review(AppState s, Screen.Review r, Painter p) {
        QuizState q = r.quizzes().get(r.current());
        p.bar(0, "review: " + s.theme().text(q.take().quiz().lesson().title()) + ", quiz " + q.take().quiz().number(),
                (r.current() + 1) + "/" + r.quizzes().size(), Style.TITLE);
        PagerLayout.Cursor at = new PagerLayout.Cursor();
        List<Row> rows = PagerLayout.quizPanel(q, true, PagerLayout.width(s), s.theme(), at);
        int height = pagerHeight(s);
        p.rows(1, 1, rows.subList(0, Math.min(rows.size(), height)), s.columns() - 1);
        return at.row >= 0 && at.row < height ? new TerminalPosition(1 + at.column, 1 + at.row) : null;
    }

    private static void summary(AppState s, Screen.Summary sum, Painter p) {
        p.bar(0, s.theme().text(sum.title()), "", Style.TITLE);
        int row = 2;
        for (String line : sum.lines()) {
            for (String l : Wrap.text(s.theme().text(line), Math.max(10, s.columns() - 4))) {
                if (row >= s.rows() - 2) return;
                p.put(2, row++, l, Style.PLAIN);
            }
        }
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

    /** The instructor's messages in a box over the middle of the screen, newest last. */
    private static void broadcast(AppState s, Overlay.Broadcast b, Painter p) {
        int width = Math.min(s.columns() - 4, 70);
        List<Row> rows = new ArrayList<>();
        for (String m : b.messages()) {
            if (!rows.isEmpty()) rows.add(Row.BLANK);
            for (String line : Wrap.text(s.theme().text(m), width - 4)) rows.add(Row.text(line, Style.STRONG));
        }
        int h = Math.min(s.rows() - 4, rows.size() + 2);
        int top = Math.max(1, (s.rows() - 1 - h) / 2);
        int left = (s.columns() - width) / 2;
        p.box(left, top, width, h, "message from " + b.from());
        for (int i = 0; i < rows.size() && i < h - 2; i++) p.row(left + 2, top + 1 + i, rows.get(i), left + width - 1);
    }

    private static void status(AppState s, Painter p) {
        int row = s.rows() - 1;
        Theme t = s.theme();
        String message = s.message();
        if (message.isEmpty() && s.top() instanceof Screen.ConsoleScreen c) message = c.console().note();
        String right = s.progress().saving() ? "" : "NOT SAVING";
        if (right.isEmpty() && s.top() instanceof Screen.Pager pg) {
            QuizState q = Update.focusedQuiz(s, pg);
            if (q != null) right = q.take().attemptsLeft();
        }
        int room = s.columns() - 2 - (right.isEmpty() ? 0 : right.length() + 2);
        String keys;
        if (s.overlay() instanceof Overlay.Confirm) {
            keys = Hints.first(room, t, "A quiz answer is half-typed. Quit anyway? y quits, any other key stays",
                    "Answer half-typed. Quit anyway? y quits, other keys stay", "Quit? y quits, other keys stay");
        } else if (s.overlay() instanceof Overlay.Help) {
            keys = Hints.of(hint(t.updown() + " j k scroll", t.updown() + " scroll", 1),
                    hint("any other key closes the help", "other keys close", 0)).fit(room, t);
        } else if (s.overlay() instanceof Overlay.Broadcast b) {
            keys = Hints.first(room, t, "a message from " + b.from() + ": Enter or Esc closes it", "Enter or Esc closes it");
        } else if (!message.isEmpty()) {
            // A message longer than the bar takes the rows above it, so none of it is lost.
            List<String> lines = Wrap.text(t.text(message), room);
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
            if (s.course().outline().isEmpty()) {
                // Nothing to open, continue or review; the labs work without lessons, and a local author can reload.
                List<Hints.Hint> h = new ArrayList<>(List.of(hint("e explorer", 1), hint("w network lab", "w lab", 2),
                        hint("t training lab", "t train", 2)));
                if (s.role() == Role.LOCAL) h.add(hint("R reload", 1));
                h.add(help);
                h.add(quit);
                return Hints.of(h);
            }
            return Hints.of(hint(t.updown() + " choose", 3), hint("Enter open", 0), hint("c continue", 1),
                    hint("r review", 2), hint("s summary", 2), hint("e explorer", 3), hint("w network lab", "w lab", 3),
                    help, quit);
        }
        if (top instanceof Screen.Summary) return Hints.of(hint("any key: back to the menu", "any key: back", 0));
        if (top instanceof Screen.ConsoleScreen c) return ConsoleView.keys(c.console(), t);
        if (top instanceof Screen.Review r) {
            List<Hints.Hint> h = quizKeys(r.quizzes().get(r.current()), t);
            h.add(hint(t.arrows() + " other missed quiz", t.arrows() + " other", 1));
            h.add(hint("Esc menu", 0));
            return Hints.of(h);
        }
        if (top instanceof Screen.Pager pg) {
            QuizState q = Update.focusedQuiz(s, pg);
            if (q != null) {
                List<Hints.Hint> h = quizKeys(q, t);
                if (!q.editing()) {
                    h.add(hint("Tab next", 2));
                    h.add(hint("Esc unselect", "Esc back", 1));
                }
                return Hints.of(h);
            }
            if (pg.focus() >= 0) {
                return Hints.of(hint("Enter open " + LabKeys.focusedName(s, pg), "Enter open", 0), hint("Tab next", 1),
                        hint("Esc unselect", "Esc back", 1), help);
            }
            return Hints.of(hint(t.arrows() + " step", 0), hint(t.updown() + " scroll", 2), hint("Tab select", 1),
                    hint("e explorer", 3), hint("Esc menu", 1), help, hint("q quit", 2));
        }
        if (top instanceof Screen.NetworkLabScreen || top instanceof Screen.TrainLabScreen
                || top instanceof Screen.TrainNetLabScreen) {
            return LabKeys.status(top);
        }
        Explorer e = ((Screen.ExplorerScreen) top).explorer();
        if (e.editing()) {
            return Hints.of(hint("type a value", "type", 0), hint("Tab/Enter next field", "Tab next", 0),
                    hint("Esc leave field (then r x h 0 keys)", "Esc leave field", 0));
        }
        return Hints.of(hint("Enter edit", 0), hint("r random(s=" + Format.number(e.sigma()) + ")", "r random", 1),
                hint("+/- s", 2), hint("x Xavier", 2), hint("h He", 2), hint("0 restore", 2), hint("Esc back", 0));
    }

    /** The keys of a focused quiz: choosing never records an answer; Enter does. */
    static List<Hints.Hint> quizKeys(QuizState q, Theme t) {
        List<Hints.Hint> h = new ArrayList<>();
        if (q.instance() == null) {
            h.add(hint("this quiz cannot be asked", 0));
            return h;
        }
        boolean hasHint = !q.instance().hint().isBlank();
        if (q.editing()) {
            h.add(hint("type a number or expression", "type a number", 0));
            h.add(hint("Enter check", 0));
            if (hasHint) h.add(hint("? hint", 1));
            h.add(hint("Esc leave field", "Esc leave", 1));
            return h;
        }
        if (!q.take().open()) {
            h.add(hint("answered", 0));
        } else {
            switch (q.kind()) {
                case YESNO -> h.add(hint("y/n choose", 0));
                case CHOICE -> h.add(q.multiple() ? hint("1-9/Space tick", "1-9 tick", 0)
                        : hint("1-9 or " + t.updown() + " choose", "1-9 choose", 0));
                case NUMBER -> h.add(hint("Enter type the answer", "Enter type", 0));
            }
            if (q.kind() != satlab.lesson.QuizBlock.Kind.NUMBER) h.add(hint("Enter answer", 0));
        }
        if (hasHint) h.add(hint("? hint", 1));
        return h;
    }

    static List<String> lines(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) out.add(r.text());
        return out;
    }
}
