package satlab.tui;

import java.util.List;

/** The help overlay: every key, grouped by where it works. Any key closes it. */
final class HelpView {

    private HelpView() {}

    static List<String[]> lines(Theme t) {
        String ud = t.updown();
        List<String[]> all = new java.util.ArrayList<>(List.of(
                new String[] {"Everywhere", ""},
                new String[] {"F1  ?", "this help (? is text in a field)"},
                new String[] {"q  Ctrl-C", "quit (asks if an answer is half-typed)"},
                new String[] {"e  Esc", "free explorer;  leave field / go back"},
                new String[] {"Menu", ""},
                new String[] {ud + " j k 1-9 c R", "pick (Enter/l opens); continue; reload"},
                new String[] {"r  s", "review missed quizzes;  summary of the course"},
                new String[] {"Lesson", ""},
                new String[] {t.text("→ l n  ← h p"), "next / previous step (also PgDn/PgUp)"},
                new String[] {ud + " j k Space b", "scroll a line / a page"},
                new String[] {"Tab  Enter", "select quiz or neuron; answer / open"},
                new String[] {"y n  1-9  ?", "choose yes/no or an option (Enter answers); hint"},
                new String[] {"Explorer", ""},
                new String[] {"Tab Enter " + ud, "next field (in a field, keys are text)"},
                new String[] {"r  + -", t.text("random N(0, s²) weights;  change s")},
                new String[] {"x  h  0", "Xavier;  He;  restore the values"}));
        all.addAll(LabKeys.help(t));
        return all;
    }

    static void render(AppState s, Painter p) {
        List<String[]> lines = lines(s.theme());
        int width = Math.min(s.columns() - 2, 62);
        boolean footer = s.rows() - 1 >= lines.size() + 3;
        int height = Math.min(s.rows() - 1, lines.size() + (footer ? 3 : 2));
        int col = (s.columns() - width) / 2;
        int row = Math.max(0, (s.rows() - 1 - height) / 2);
        p.box(col, row, width, height, "keys (any key closes)");
        for (int i = 0; i < lines.size() && i < height - 2; i++) {
            String[] l = lines.get(i);
            if (l[1].isEmpty()) {
                p.put(col + 2, row + 1 + i, l[0], Style.HEADING, col + width - 1);
            } else {
                p.put(col + 3, row + 1 + i, l[0], Style.KEY, col + width - 1);
                p.put(col + 19, row + 1 + i, l[1], Style.PLAIN, col + width - 1);
            }
        }
        if (footer) {
            p.put(col + 2, row + height - 2, "Nothing is timed; every action has a letter key.", Style.DIM,
                    col + width - 1);
        }
    }
}
