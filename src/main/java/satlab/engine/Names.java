package satlab.engine;

/**
 * "Did you mean …?" for misspelt names, by edit distance: the engine's names, and the
 * lesson linter's keys and block names.
 */
public final class Names {
    private Names() {}

    /** Longer names are cut in messages, so a pasted 10,000-character name is not echoed whole. */
    static final int SHOWN = 40;

    static String suggestion(String name, Iterable<String> known) {
        return closest(name, known).map(best -> "; did you mean '" + best + "'?").orElse("");
    }

    /**
     * The known name nearest to {@code name}, if it is near enough to be a slip: within a
     * third of the name's length. One- and two-letter names are only matched when they
     * differ in case, since any short name is a step away from another.
     */
    public static java.util.Optional<String> closest(String name, Iterable<String> known) {
        if (name.length() > 64) return java.util.Optional.empty();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate.length() > 64) continue;
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = name.length() <= 2 ? 0 : Math.max(1, name.length() / 3);
        return best != null && bestDistance <= allowed && !best.equals(name)
                ? java.util.Optional.of(best) : java.util.Optional.empty();
    }

    /**
     * A name as a message shows it: unsafe characters escaped (see {@link TerminalText})
     * and cut after {@value #SHOWN} characters.
     */
    public static String shown(String name) {
        String cut = name.length() > SHOWN
                ? name.substring(0, Character.isHighSurrogate(name.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN) + "…"
                : name;
        return TerminalText.escape(cut);
    }

    /** Damerau–Levenshtein distance with adjacent transpositions ("dtos" → "dots"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
