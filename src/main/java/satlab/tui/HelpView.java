package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.lesson.Wrap;

/**
 * The help overlay: every key, grouped by where it works, in a box over the screen.
 * Descriptions wrap inside the box; when the list is longer than the box it scrolls
 * (arrows, j/k, Space/b), with a mark on the border saying how many lines are below.
 */
final class HelpView {

    private HelpView() {}

    /** Where the descriptions start inside the box. */
    private static final int KEYS = 18;

    /** The keys of what the help covers: the lab console's own, or the tutor's. */
    static List<String[]> lines(AppState s) {
        return s.top() instanceof Screen.ConsoleScreen ? ConsoleView.help(s.theme()) : tutorLines(s.theme());
    }

    /** A heading line of the list. */
    static String[] heading(String title) {
        return new String[] {title, ""};
    }

    /** A line of the list: the keys, and what they do. */
    static String[] key(String keys, String what) {
        return new String[] {keys, what};
    }

    private static String title(AppState s) {
        return s.top() instanceof Screen.ConsoleScreen ? "lab console keys" : "keys";
    }

    private static List<String[]> tutorLines(Theme t) {
        String ud = t.updown();
        List<String[]> all = new ArrayList<>(List.of(
                new String[] {"Everywhere", ""},
                new String[] {"F1  ?", "this help (in a number field, ? shows the quiz's hint)"},
                new String[] {"q  Ctrl-C", "quit (asks first if an answer is half-typed)"},
                new String[] {"Ctrl-Z", "suspend to the shell; fg brings the tutor back"},
                new String[] {"e  Esc", "free explorer;  leave a field / go back"},
                new String[] {"Menu", ""},
                new String[] {ud + " j k 1-9", "pick a lesson; Enter (or l) opens it"},
                new String[] {"c  R", "continue where you left off;  reload your lessons (in a lab, the instructor does)"},
                new String[] {"r  s", "review missed quizzes;  summary of the course"},
                new String[] {"Lesson", ""},
                new String[] {t.text("→ l n  ← h p"), "next / previous step (also PgDn/PgUp)"},
                new String[] {ud + " j k Space b", "scroll a line / a page"},
                new String[] {"Tab  Enter", "select a quiz, neuron or lab;  answer / open it"},
                new String[] {"y n  1-9  ?", "choose yes/no or an option (Enter answers);  hint"},
                new String[] {"Fields", ""},
                new String[] {"Ctrl-A E  Home End", "to the start / end"},
                new String[] {"Ctrl-B F  Alt-b f", "back / forward a character;  a word"},
                new String[] {"Ctrl-U K  W  Alt-d", "delete to the start / to the end;  a word back / on"},
                new String[] {"Explorer", ""},
                new String[] {"Tab Enter " + ud, "next field (in a field, keys are text)"},
                new String[] {"r  + -", t.text("random N(0, s²) weights;  change s")},
                new String[] {"x  h  0", "Xavier;  He;  restore the values"}));
        all.addAll(LabKeys.help(t));
        all.add(new String[] {"", ""});
        all.add(new String[] {"Nothing is timed; every action has a letter key.", ""});
        return all;
    }

    private static int width(AppState s) {
        return Math.min(s.columns() - 2, 76);
    }

    /** The box's rows on this screen, borders included: the screen above the status bar at most. */
    private static int height(AppState s, int content) {
        return Math.min(s.rows() - 1, content + 2);
    }

    /** Lines one page key moves: the box's inside. */
    static int page(AppState s) {
        return Math.max(1, s.rows() - 3);
    }

    /** The list as rows wrapped to the box: headings, then keys with their descriptions. */
    static List<Row> rows(AppState s) {
        int inner = width(s) - 4;
        List<Row> out = new ArrayList<>();
        List<String[]> lines = lines(s);
        int keyWidth = 0;
        for (String[] l : lines) if (!l[1].isEmpty()) keyWidth = Math.max(keyWidth, s.theme().text(l[0]).length());
        int column = Math.max(KEYS, keyWidth + 3);
        for (String[] l : lines) {
            if (l[1].isEmpty()) {
                Style st = l[0].startsWith("Nothing") ? Style.DIM : Style.HEADING;
                for (String line : Wrap.text(s.theme().text(l[0]), inner)) out.add(Row.text(line, st));
                continue;
            }
            String keys = s.theme().text(l[0]);
            int descCol = Math.max(column, keys.length() + 3);
            List<String> desc = Wrap.text(s.theme().text(l[1]), Math.max(10, inner - descCol));
            if (descCol + 10 > inner) {
                // Too narrow for two columns: the keys on their own line, the words below.
                out.add(Row.of(1, new Seg(keys, Style.KEY)));
                for (String d : Wrap.text(s.theme().text(l[1]), inner - 3)) out.add(Row.of(3, Seg.plain(d)));
                continue;
            }
            out.add(Row.of(1, new Seg(keys, Style.KEY), Seg.plain(" ".repeat(descCol - 1 - keys.length()) + desc.get(0))));
            for (int i = 1; i < desc.size(); i++) out.add(Row.of(descCol, Seg.plain(desc.get(i))));
        }
        return out;
    }

    /** Draws the box scrolled to {@code help.scroll()}; returns the largest useful scroll. */
    static int render(AppState s, Overlay.Help help, Painter p) {
        List<Row> rows = rows(s);
        int width = width(s);
        int height = height(s, rows.size());
        int visible = height - 2;
        int max = Math.max(0, rows.size() - visible);
        int scroll = Math.max(0, Math.min(max, help.scroll()));
        int col = (s.columns() - width) / 2;
        int row = Math.max(0, (s.rows() - 1 - height) / 2);
        p.box(col, row, width, height, title(s));
        int end = Math.min(rows.size(), scroll + visible);
        p.rows(col + 2, row + 1, rows.subList(scroll, end), col + width - 1);
        Theme t = s.theme();
        if (scroll > 0) {
            String up = t.ascii() ? " ^ more above " : " ▲ more above ";
            p.put(col + width - 1 - up.length(), row, up, Style.KEY);
        }
        if (end < rows.size()) {
            String down = (t.ascii() ? " v " : " ▼ ") + (rows.size() - end) + " more: " + t.updown() + " scroll ";
            p.put(col + width - 1 - down.length(), row + height - 1, down, Style.KEY);
        }
        return max;
    }
}
