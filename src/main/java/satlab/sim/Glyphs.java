package satlab.sim;

/** The characters text renderings draw with: Unicode blocks, or plain ASCII for dumb terminals and logs. */
public enum Glyphs {
    UNICODE(new char[] {' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'}, '█', "│"),
    ASCII(new char[] {' ', '.', ':', '-', '=', '+', '*', '#', '@'}, '#', "|");

    private final char[] levels;
    private final char bar;
    private final String vertical;

    Glyphs(char[] levels, char bar, String vertical) {
        this.levels = levels;
        this.bar = bar;
        this.vertical = vertical;
    }

    /** A character for a fraction in [0, 1] of full height; any non-zero fraction gets a visible mark. */
    public char level(double fraction) {
        if (!(fraction > 0)) return levels[0];
        int top = levels.length - 1;
        int i = (int) Math.round(fraction * top);
        return levels[Math.max(1, Math.min(top, i))];
    }

    public char bar() {
        return bar;
    }

    public String vertical() {
        return vertical;
    }
}
