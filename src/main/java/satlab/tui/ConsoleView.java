package satlab.tui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import satlab.lab.Activity;
import satlab.learn.CourseStanding;
import satlab.lab.Presence;
import satlab.store.export.Items;

/**
 * Draws the {@link Console}: the learners' table (scrolled to keep the selection in view), the
 * per-quiz summary, the reload report, or the followed learner's screen. Fits 60×18 and up.
 */
final class ConsoleView {

    private ConsoleView() {}

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    /** A zone's abbreviation, in English whatever the server's locale ("CET", "EST", "GMT+03:00"). */
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    /** Fixed columns of the table, the lesson column takes the rest. */
    private static final int NAME = 10, SINCE = 10, SCORE = 6, WRONG = 5, IDLE = 5;

    static void render(AppState s, Console c, Painter p) {
        switch (c.mode()) {
            case ITEMS -> items(s, c, p);
            case FOLLOW -> follow(s, c, p);
            default -> table(s, c, p);
        }
        if (c.mode() == Console.Mode.CONFIRM_RELOAD && c.reload() != null) reloadBox(s, c, p);
    }

    /** The cursor's place: in the broadcast field while typing, else hidden. */
    static com.googlecode.lanterna.TerminalPosition cursor(AppState s, Console c) {
        if (c.mode() != Console.Mode.BROADCAST) return null;
        FieldView.Shown shown = FieldView.show(c.field(), fieldWidth(s), true, s.theme());
        return new com.googlecode.lanterna.TerminalPosition(1 + PROMPT.length() + shown.cursor(), s.rows() - 2);
    }

    private static final String PROMPT = "message to everyone: ";

    private static int fieldWidth(AppState s) {
        return Math.max(3, s.columns() - 2 - PROMPT.length());
    }

    // ---- the table ----

    private static int lessonWidth(AppState s) {
        return Math.max(8, s.columns() - 2 - (1 + 1 + NAME + 1 + SINCE + 1 + 1 + SCORE + 1 + WRONG + 1 + IDLE));
    }

    private static void table(AppState s, Console c, Painter p) {
        Theme t = s.theme();
        String title = "lab console: " + c.connected() + " of " + c.rows().size() + " connected"
                + (c.needingHelp() > 0 ? ", " + c.needingHelp() + " need help" : "");
        View.titleBar(s, p, title, "sort: " + c.sort().label);
        p.put(1, 1, header(s, c), Style.HEADING, s.columns() - 1);
        int top = 2;
        int height = Math.max(1, s.rows() - 4);
        List<Presence> rows = c.rows();
        if (rows.isEmpty()) {
            int y = top + 1;
            for (String line : satlab.lesson.Wrap.text("No learner has connected yet; their rows appear as they log in.",
                    s.columns() - 4)) {
                p.put(2, y++, line, Style.DIM, s.columns() - 1);
            }
        }
        int sel = c.selectedIndex();
        boolean overflow = rows.size() > height;
        int visible = overflow ? height - 1 : height;
        int first = Math.max(0, Math.min(sel - visible / 2, rows.size() - visible));
        int end = Math.min(rows.size(), first + visible);
        for (int i = first; i < end; i++) row(s, c, p, rows.get(i), top + i - first, i == sel);
        if (first > 0) p.put(s.columns() - 1, top, t.ascii() ? "^" : "▲", Style.KEY);
        if (end < rows.size()) {
            String mark = (t.ascii() ? "v " : "▼ ") + (rows.size() - end) + " more";
            p.put(s.columns() - 2 - mark.length(), top + height - 1, mark, Style.KEY);
        }
        bottomLine(s, c, p);
    }

    private static String header(AppState s, Console c) {
        // The times are the server's clock, which may not be the instructor's: the column says whose.
        String zone = zoneName(c);
        String since = ("since " + zone).length() <= SINCE ? "since " + zone : zone;
        return "  " + pad("learner", NAME) + " " + pad(since, SINCE) + " " + pad("lesson, step", lessonWidth(s)) + " "
                + left("score", SCORE) + " " + left("wrong", WRONG) + " " + left("idle", IDLE);
    }

    private static void row(AppState s, Console c, Painter p, Presence r, int y, boolean selected) {
        Theme t = s.theme();
        Optional<String> help = r.needsHelp(c.now(), c.stuckAfter());
        Activity a = r.activity();
        String since = r.connected() ? "on " + clock(c, r.connectedAt()) : "left " + clock(c, r.leftAt().get());
        String where = a.inLesson() ? lessonCell(a, lessonWidth(s), t) : r.connected() ? "(menu)" : "";
        String score = a.total() == 0 ? "" : a.right() + "/" + a.total();
        String wrong = a.quiz() == 0 ? "" : Integer.toString(a.wrong());
        String idle = r.connected() ? Presence.brief(r.idle(c.now())) : "";
        String line = " " + pad(View.fit(r.learner(), NAME, t), NAME) + " " + pad(since, SINCE) + " "
                + pad(where, lessonWidth(s)) + " " + left(score, SCORE) + " " + left(wrong, WRONG) + " " + left(idle, IDLE);
        Style style = selected ? Style.SELECTED : r.connected() ? Style.PLAIN : Style.DIM;
        if (selected) p.put(1, y, " ".repeat(s.columns() - 2), Style.SELECTED);
        p.put(2, y, line, style, s.columns() - 1);
        p.put(1, y, help.isPresent() ? "!" : selected ? t.pointer() : " ",
                help.isPresent() ? Style.WRONG : style, s.columns() - 1);
    }

    /** "The sigmoid and its… 3/7": the title cut to leave room for the step. */
    private static String lessonCell(Activity a, int width, Theme t) {
        String step = " " + (a.step() + 1) + "/" + a.stepCount();
        return View.fit(t.text(a.lessonTitle()), Math.max(3, width - step.length()), t) + step;
    }

    /** The zone the console's times are shown in, as abbreviated at the time read ("CET" or "CEST"). */
    static String zoneName(Console c) {
        // For the UTC offset itself the pattern writes "Z", which few people read as a zone.
        if (c.zone().normalized().equals(ZoneOffset.UTC)) return "UTC";
        return ZONE.format(c.now().atZone(c.zone()));
    }

    private static String clock(Console c, Instant at) {
        return CLOCK.format(at.atZone(c.zone()));
    }

    /** The line above the status bar: the broadcast field, or what the selected learner is doing. */
    private static void bottomLine(AppState s, Console c, Painter p) {
        int y = s.rows() - 2;
        Theme t = s.theme();
        if (c.mode() == Console.Mode.BROADCAST) {
            p.put(1, y, PROMPT, Style.STRONG);
            FieldView.Shown shown = FieldView.show(c.field(), fieldWidth(s), true, t);
            p.row(1 + PROMPT.length(), y, Row.of(shown.segs().toArray(new Seg[0])), s.columns() - 1);
            return;
        }
        Optional<Presence> sel = c.selectedRow();
        if (sel.isEmpty()) return;
        Presence r = sel.get();
        Optional<String> help = r.needsHelp(c.now(), c.stuckAfter());
        Activity a = r.activity();
        String where = !a.inLesson() ? (r.connected() ? "on the menu" : "disconnected")
                : CourseStanding.quoted(a.lessonTitle()) + ", step " + (a.step() + 1) + " of " + a.stepCount()
                        + (a.quiz() == 0 ? "" : ", quiz " + a.quiz() + ": " + a.wrong() + " wrong"
                                + (a.outOfAttempts() ? ", out of attempts" : ""))
                        + ", " + Presence.brief(r.onStep(c.now())) + " on this step";
        String text = help.map(h -> r.learner() + " needs help: " + h + "; " + where).orElse(r.learner() + ": " + where);
        p.put(1, y, View.fit(t.text(text), s.columns() - 2, t), help.isPresent() ? Style.WRONG : Style.DIM,
                s.columns() - 1);
    }

    // ---- reload ----

    private static void reloadBox(AppState s, Console c, Painter p) {
        int width = s.columns() - 2;
        List<Row> lines = View.lintRows(c.reload().report(), width - 5);
        int h = Math.min(s.rows() - 3, lines.size() + 2);
        int top = 1;
        p.box(1, top, width, h, "reload the lessons for everyone?");
        for (int i = 0; i < lines.size() && i < h - 2; i++) p.row(3, top + 1 + i, lines.get(i), width);
        if (lines.size() > h - 2) {
            int more = lines.size() - (h - 2);
            p.put(3, top + h - 1, " " + more + (more == 1 ? " more line" : " more lines") + ": run satlab check ",
                    Style.KEY);
        }
    }

    // ---- per-quiz summary ----

    private static void items(AppState s, Console c, Painter p) {
        Theme t = s.theme();
        Items items = c.items();
        int n = items == null ? 0 : items.items().size();
        View.titleBar(s, p, "class summary: " + n + (n == 1 ? " quiz" : " quizzes"), "");
        int top = 1;
        int height = Math.max(2, s.rows() - 2);
        if (items == null) {
            p.put(2, top + 1, "reading the class's answers...", Style.DIM);
            return;
        }
        if (n == 0) {
            p.put(2, top + 1, "No quiz of the course has been answered yet.", Style.DIM);
            return;
        }
        int width = s.columns() - 3;
        int per = 2;
        int fit = Math.max(1, height / per);
        int first = Math.max(0, Math.min(c.itemScroll(), n - fit));
        int y = top;
        for (int i = first; i < n && y + per <= top + height; i++) {
            Items.Item it = items.items().get(i);
            String head = it.lesson() + " quiz " + it.number() + ": ";
            String counts = Hints.first(width - head.length(), t,
                    it.learners() + " answered, " + pct(it.rightFirstTry(), it.learners()) + " right first time, "
                            + pct(it.rightInTheEnd(), it.learners()) + " in the end",
                    it.learners() + " answered, " + pct(it.rightFirstTry(), it.learners()) + " first, "
                            + pct(it.rightInTheEnd(), it.learners()) + " end",
                    it.learners() + ", " + pct(it.rightFirstTry(), it.learners()) + "/"
                            + pct(it.rightInTheEnd(), it.learners()));
            p.put(1, y, View.fit(t.text(head), width, t), Style.STRONG, s.columns() - 1);
            p.put(1 + Math.min(width, head.length()), y, counts, Style.PLAIN, s.columns() - 1);
            String wrong = it.wrong().isEmpty() ? "no wrong answers"
                    : "commonest wrong: " + it.wrong().get(0).value() + " (" + it.wrong().get(0).count() + ")";
            String second = wrong + "; ";
            String q = shownQuestion(it.question(), Math.max(1, width - 2 - second.length()), t);
            p.put(3, y + 1, View.fit(second + q, width - 2, t), Style.DIM, s.columns() - 1);
            y += per;
        }
        if (first > 0) p.put(s.columns() - 1, top, t.ascii() ? "^" : "▲", Style.KEY);
        int shown = (y - top) / per;
        if (first + shown < n) {
            String mark = (t.ascii() ? "v " : "▼ ") + (n - first - shown) + " more";
            p.put(s.columns() - 2 - mark.length(), s.rows() - 2, mark, Style.KEY);
        }
    }

    /** The question's text as the tutor shows it (its inline Markdown rendered), on one line. */
    private static String shownQuestion(String question, int width, Theme t) {
        return String.join(" ", View.lines(PagerLayout.markdown(question, width, t))).strip();
    }

        private static String pct(int part, int of) {
        return of == 0 ? "-" : Math.round(100.0 * part / of) + "%";
    }

    // ---- following ----

    /**
     * The learner's frame over the whole screen but the status bar (which says who is followed).
     * A frame taller than that loses the rows just above its own status bar, which stays.
     */
    private static void follow(AppState s, Console c, Painter p) {
        List<String> mirror = c.mirror();
        if (mirror.isEmpty()) {
            View.titleBar(s, p, "following " + c.selected() + " (read-only)", "");
            p.put(2, 2, "waiting for " + c.selected() + "'s screen...", Style.DIM);
            return;
        }
        int room = s.rows() - 1;
        for (int y = 0; y < room && y < mirror.size(); y++) {
            int from = mirror.size() > room && y == room - 1 ? mirror.size() - 1 : y;
            boolean bar = from == 0 || from == mirror.size() - 1;
            p.put(0, y, mirror.get(from), bar ? Style.BAR : Style.PLAIN, s.columns());
        }
    }

    // ---- status bar ----

    static Hints keys(Console c, Theme t) {
        Hints.Hint quit = Hints.hint("q quit", 0);
        return switch (c.mode()) {
            case BROADCAST -> Hints.of(Hints.hint("Enter sends to every learner", "Enter sends", 0),
                    Hints.hint("Esc cancels", 0));
            case LOADING -> Hints.of(Hints.hint("reading the lessons...", 0), Hints.hint("Esc cancels", 1));
            case CONFIRM_RELOAD -> Hints.of(Hints.hint("y serves these lessons to everyone", "y serves them", 0),
                    Hints.hint("any other key keeps the lessons as they are", "other keys keep them", 0));
            case CONFIRM_RESET -> Hints.of(Hints.hint("reset " + c.selected() + "'s "
                    + c.selectedRow().map(r -> CourseStanding.quoted(r.activity().lessonTitle())).orElse("lesson")
                    + "? y resets", "reset " + c.selected() + "'s lesson? y resets", 0),
                    Hints.hint("other keys keep it", 0));
            case ITEMS -> Hints.of(Hints.hint(t.updown() + " scroll", 1), Hints.hint("r read again", 2),
                    Hints.hint("Esc back to the table", "Esc back", 0));
            case FOLLOW -> Hints.of(Hints.hint("following " + c.selected() + ", read-only", c.selected() + ", read-only", 0),
                    Hints.hint("Esc or f stops", "Esc stops", 0));
            case TABLE -> Hints.of(Hints.hint(t.updown() + " choose", 4), Hints.hint("s sort", 3),
                    Hints.hint("b broadcast", "b message", 0), Hints.hint("f follow", 1), Hints.hint("x reset", 2),
                    Hints.hint("R reload", 1), Hints.hint("i quizzes", 2), Hints.hint("t tutor", 3), quit);
        };
    }

    /** The console's keys for the help overlay, in the shape of {@link HelpView}'s lines. */
    static List<String[]> help(Theme t) {
        String ud = t.updown();
        return List.of(
                HelpView.heading("Learners"),
                HelpView.key(ud + " j k PgUp PgDn", "choose a learner (Home End: the first, the last)"),
                HelpView.key("s", "sort: name, needs help, lesson, score, wrong, idle"),
                HelpView.key("f  Enter", "follow their screen, read-only (Esc or f stops)"),
                HelpView.key("x", "start the learner's lesson again (asks first)"),
                HelpView.key("!", "needs help: out of attempts, or long on one step"),
                HelpView.heading("The class"),
                HelpView.key("b", "message every learner (Enter sends, Esc cancels)"),
                HelpView.key("R", "reload the lessons; after the report, y serves them"),
                HelpView.key("i", "how the class did on each quiz (r reads again)"),
                HelpView.heading("Console"),
                HelpView.key("t", "your own tutor; q there comes back here"),
                HelpView.key("F1  ?", "this help"),
                HelpView.key("q  Ctrl-C", "quit the console"));
    }

    /** Text padded with spaces to {@code width} (cut when longer). */
    private static String pad(String text, int width) {
        if (text.length() >= width) return text.substring(0, width);
        return text + " ".repeat(width - text.length());
    }

    /** Right-aligned in {@code width}. */
    private static String left(String text, int width) {
        if (text.length() >= width) return text.substring(0, width);
        return " ".repeat(width - text.length()) + text;
    }
}
