package satlab.tui;

import com.googlecode.lanterna.TerminalPosition;
import java.util.ArrayList;
import java.util.List;
import satlab.engine.Format;
import satlab.learn.CourseStanding;
import satlab.learn.LessonStanding;
import satlab.lesson.Lesson;
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

    public static TerminalPosition render(AppState s, Painter p) {
        p.clear();
        if (s.tooSmall()) {
            tooSmall(s, p);
            return null;
        }
        TerminalPosition cursor = null;
        Screen top = s.top();
        if (top instanceof Screen.Menu m) {
            menu(s, m, p);
        } else if (top instanceof Screen.Pager pager) {
            pager(s, pager, p);
        } else if (top instanceof Screen.Review r) {
            review(s, r, p);
        } else if (top instanceof Screen.Summary sum) {
            summary(s, sum, p);
        } else if (top instanceof Screen.ExplorerScreen e) {
            cursor = ExplorerView.render(s, e.explorer(), p);
        } else if (top instanceof Screen.NetworkLabScreen n) {
            NetworkLabView.render(s, n.lab(), p);
        } else if (top instanceof Screen.TrainLabScreen t) {
            TrainLabView.render(s, t.lab(), p);
        }
        status(s, p);
        if (s.help()) {
            HelpView.render(s, p);
            cursor = null;
        }
        return cursor;
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
        p.bar(0, "satlab " + s.theme().text("—") + " why large weights saturate sigmoid neurons",
                s.session().learner(), Style.TITLE);
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
            String title = s.theme().text(l.title());
            if (title.length() > titleRoom) title = title.substring(0, titleRoom - 3) + "...";
            int row = listTop + i - first;
            p.put(1, row, head + title, sel ? Style.SELECTED : Style.PLAIN);
            p.put(Math.max(1, width - state.length() + 1), row, state,
                    state.startsWith("done") ? Style.RIGHT : Style.DIM);
        }
        int hintRow = listTop + Math.min(lessons.size(), listRows) + 1;
        if (!lessons.isEmpty()) {
            List<String> hint = Wrap.text(continueHint(s), Math.max(10, s.columns() - 2));
            for (int i = 0; i < hint.size() && hintRow + i < s.rows() - 1; i++) p.put(1, hintRow + i, hint.get(i), Style.DIM);
        }
        if (!m.lint().isEmpty()) {
            List<Row> wrapped = lintRows(m.lint(), s.columns() - 6);
            int h = Math.min(Math.max(3, pagerHeight(s) / 2), wrapped.size() + 2);
            int top = s.rows() - 1 - h;
            p.box(0, top, s.columns(), h, "lesson problems (Esc closes)");
            for (int i = 0; i < wrapped.size() && i < h - 2; i++) p.row(2, top + 1 + i, wrapped.get(i), s.columns() - 1);
            if (wrapped.size() > h - 2) {
                p.put(2, top + h - 1, " " + (wrapped.size() - (h - 2)) + " more lines: run satlab check ", Style.KEY);
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

    /** Exactly where c goes, as the learning model says; and how many missed quizzes r reviews. */
    static String continueHint(AppState s) {
        CourseStanding c = Update.standing(s);
        int review = c.toReview().size();
        String r = review == 0 ? "" : "; r reviews " + review + (review == 1 ? " missed quiz" : " missed quizzes");
        return c.next().map(n -> n.allDone()
                ? "Every lesson is done: " + c.right() + " of " + c.total() + " right" + r + "; s summary."
                : "c continues " + s.theme().text(n.description()) + r + ".").orElse("");
    }

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

    private static void review(AppState s, Screen.Review r, Painter p) {
        QuizState q = r.quizzes().get(r.current());
        p.bar(0, "review: " + s.theme().text(q.take().quiz().lesson().title()) + ", quiz " + q.take().quiz().number(),
                (r.current() + 1) + "/" + r.quizzes().size(), Style.TITLE);
        List<Row> rows = PagerLayout.quizPanel(q, true, PagerLayout.width(s), s.theme());
        int height = pagerHeight(s);
        p.rows(1, 1, rows.subList(0, Math.min(rows.size(), height)), s.columns() - 1);
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

    private static void pager(AppState s, Screen.Pager pg, Painter p) {
        Lesson lesson = s.course().lessons().get(pg.lesson());
        String stepTitle = lesson.steps().get(pg.step()).title();
        String title = stepTitle.equals(lesson.title()) ? lesson.title() : lesson.title() + ": " + stepTitle;
        p.bar(0, title, "step " + (pg.step() + 1) + "/" + lesson.steps().size(),
                Style.TITLE);
        PagerLayout laid = PagerLayout.lay(s, pg);
        int height = pagerHeight(s);
        List<Row> rows = laid.rows();
        int end = Math.min(rows.size(), pg.scroll() + height);
        p.rows(1, 1, rows.subList(Math.min(pg.scroll(), end), end), s.columns() - 1);
        if (pg.scroll() > 0) p.put(s.columns() - 1, 1, s.theme().ascii() ? "^" : "▲", Style.KEY);
        if (end < rows.size()) p.put(s.columns() - 1, height, s.theme().ascii() ? "v" : "▼", Style.KEY);
    }

    private static void status(AppState s, Painter p) {
        int row = s.rows() - 1;
        Theme t = s.theme();
        String keys;
        if (s.confirm()) {
            keys = "A quiz answer is half-typed. Quit anyway? y quits, any other key stays";
        } else if (!s.message().isEmpty()) {
            keys = s.message();
        } else {
            keys = keysFor(s, t);
        }
        String right = s.progress().saving() ? "" : "NOT SAVING";
        if (right.isEmpty() && s.top() instanceof Screen.Pager pg) {
            QuizState q = Update.focusedQuiz(s, pg);
            if (q != null) right = q.take().attemptsLeft();
        }
        p.bar(row, keys, right, Style.BAR);
    }

    static String keysFor(AppState s, Theme t) {
        Screen top = s.top();
        if (top instanceof Screen.Menu m) {
            if (!m.lint().isEmpty()) return "Esc close problems  R reload  Enter open  q quit";
            return "Enter open  c continue  r review  s summary  e explorer  w lab  ? help  q quit";
        }
        if (top instanceof Screen.Summary) return "any key: back to the menu";
        if (top instanceof Screen.Review r) {
            QuizState q = r.quizzes().get(r.current());
            return quizKeys(q, t) + "  " + t.arrows() + " other missed quiz  Esc menu";
        }
        if (top instanceof Screen.Pager pg) {
            QuizState q = Update.focusedQuiz(s, pg);
            if (q != null) return quizKeys(q, t) + "  Tab next  Esc unselect";
            if (pg.focus() >= 0 && q == null) return "Enter open " + LabKeys.focusedName(s, pg) + "  Tab next  Esc unselect  ? help";
            return t.arrows() + " step  " + t.updown() + " scroll  Tab select  e explorer  Esc menu  ? help  q quit";
        }
        if (top instanceof Screen.NetworkLabScreen || top instanceof Screen.TrainLabScreen) return LabKeys.status(top);
        Explorer e = ((Screen.ExplorerScreen) top).explorer();
        if (e.editing()) return "type  Tab/Enter next field  Esc leave field (then r x h 0 keys)";
        return "Enter edit  r random(s=" + Format.number(e.sigma()) + ")  +/- s  x Xavier  h He  0 restore"
                + "  Esc back";
    }

    /** The keys of a focused quiz: choosing never records; Enter does. */
    static String quizKeys(QuizState q, Theme t) {
        if (q.instance() == null) return "this quiz cannot be asked";
        if (q.editing()) return "type a number or expression  Enter check  Esc leave field";
        if (!q.take().open()) return "answered  ? hint";
        return switch (q.kind()) {
            case YESNO -> "y/n choose  Enter answer  ? hint";
            case CHOICE -> q.multiple() ? "1-9/Space tick  Enter answer  ? hint"
                    : "1-9 or " + t.updown() + " choose  Enter answer  ? hint";
            case NUMBER -> "type the answer, Enter checks  ? hint";
        };
    }

    static List<String> lines(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) out.add(r.text());
        return out;
    }
}
