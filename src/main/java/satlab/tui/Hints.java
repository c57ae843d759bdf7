package satlab.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * The status bar's key hints, fitted to its width: each hint has a full and a brief
 * form and a rank (0 is kept longest). The bar shows every hint in full when that
 * fits, else every hint brief, else drops hints from the highest rank down, so it
 * never cuts a word at the edge.
 */
record Hints(List<Hint> hints) {

    record Hint(String full, String brief, int rank) {}

    static Hint hint(String full, String brief, int rank) {
        return new Hint(full, brief, rank);
    }

    static Hint hint(String text, int rank) {
        return new Hint(text, text, rank);
    }

    static Hints of(Hint... hints) {
        return new Hints(List.of(hints));
    }

    static Hints of(List<Hint> hints) {
        return new Hints(List.copyOf(hints));
    }

    /** The hints as one line of at most {@code width} columns. */
    String fit(int width, Theme theme) {
        String full = join(hints, false, theme);
        if (full.length() <= width) return full;
        List<Hint> kept = new ArrayList<>(hints);
        while (true) {
            String brief = join(kept, true, theme);
            if (brief.length() <= width || kept.size() <= 1) return View.fit(brief, width, theme);
            int worst = 0;
            for (int i = 1; i < kept.size(); i++) if (kept.get(i).rank() >= kept.get(worst).rank()) worst = i;
            kept.remove(worst);
        }
    }

    private static String join(List<Hint> hints, boolean brief, Theme theme) {
        StringBuilder sb = new StringBuilder();
        for (Hint h : hints) {
            if (sb.length() > 0) sb.append("  ");
            sb.append(theme.text(brief ? h.brief() : h.full()));
        }
        return sb.toString();
    }

    /** The first of the forms that fits the width, else the last one fitted at a word. */
    static String first(int width, Theme theme, String... forms) {
        for (String f : forms) if (theme.text(f).length() <= width) return theme.text(f);
        return View.fit(theme.text(forms[forms.length - 1]), width, theme);
    }
}
