package satlab.tui;

import java.util.List;

/** The help overlay: every key, grouped by where it works. Any key closes it. */
final class HelpView {

    private HelpView() {}

    static List<String[]> lines(Theme t) {
        String ud = t.updown();
        return List.of(
                new String[] {"Everywhere", ""},
                new String[] {"F1  ?", "this help (? is text inside a field)"},
                new String[] {"q  Ctrl-C", "quit (asks if an answer is half-typed)"},
                new String[] {"e", "open a free neuron explorer"},
                new String[] {"Esc", "leave a field; again: back a screen"},
                new String[] {"Menu", ""},
                new String[] {ud + " j k  1-9", "choose a lesson;  Enter or l opens it"},
                new String[] {"c  R", "continue where you left off;  reload lessons"},
                new String[] {"Lesson", ""},
                new String[] {t.text("→ l n PgDn"), t.text("next step;  ← h p PgUp previous step")},
                new String[] {ud + " j k  Space b", "scroll a line;  a page down / up"},
                new String[] {"Tab  Enter", "select a quiz or neuron;  answer / open it"},
                new String[] {"y n  1-9  ?", "answer yes/no;  pick an option;  hint"},
                new String[] {"Explorer", ""},
                new String[] {"Tab  Enter  " + ud, "next field (inside a field, keys are text)"},
                new String[] {"r  + -", t.text("random weights N(0, s²);  change s")},
                new String[] {"x  h  0", "Xavier;  He;  restore the starting values"});
    }

    static void render(AppState s, Painter p) {
        List<String[]> lines = lines(s.theme());
        int width = Math.min(s.columns() - 2, 66);
        int height = Math.min(s.rows() - 2, lines.size() + 3);
        int col = (s.columns() - width) / 2;
        int row = Math.max(0, (s.rows() - 1 - height) / 2);
        p.box(col, row, width, height, "keys (any key closes)");
        for (int i = 0; i < lines.size() && i < height - 3; i++) {
            String[] l = lines.get(i);
            if (l[1].isEmpty()) {
                p.put(col + 2, row + 1 + i, l[0], Style.HEADING, col + width - 1);
            } else {
                p.put(col + 4, row + 1 + i, l[0], Style.KEY, col + width - 1);
                p.put(col + 20, row + 1 + i, l[1], Style.PLAIN, col + width - 1);
            }
        }
        p.put(col + 2, row + height - 2, "Nothing is timed; every action has a letter key.", Style.DIM,
                col + width - 1);
    }
}
