package satlab.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/** Draws styled rows onto a Lanterna TextGraphics, clipped, in the theme's charset and colours. */
public final class Painter {
    private final TextGraphics g;
    private final Theme theme;
    private final Runnable blankScreen;
    private final int columns;
    private final int rows;

    /**
     * {@code blankScreen} empties the whole frame. Lanterna's screen does that with one
     * array fill, where filling through TextGraphics checks every cell for double-width
     * characters: that check was about half of the CPU a keystroke costs.
     */
    public Painter(TextGraphics g, Theme theme, Runnable blankScreen) {
        this.g = g;
        this.theme = theme;
        this.blankScreen = blankScreen;
        TerminalSize size = g.getSize();
        this.columns = size.getColumns();
        this.rows = size.getRows();
    }

    public Theme theme() {
        return theme;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public void clear() {
        reset();
        blankScreen.run();
    }

    /** Writes text at (col, row), cut at {@code maxCol} (exclusive); returns the column after it. */
    public int put(int col, int row, String text, Style style, int maxCol) {
        if (row < 0 || row >= rows || col >= maxCol) return col;
        String t = theme.text(text);
        int room = Math.min(maxCol, columns) - col;
        if (room <= 0) return col;
        if (t.length() > room) t = t.substring(0, room);
        apply(style);
        g.putString(col, row, t);
        reset();
        return col + t.length();
    }

    public int put(int col, int row, String text, Style style) {
        return put(col, row, text, style, columns);
    }

    public void row(int col, int row, Row r, int maxCol) {
        int c = col + r.indent();
        for (Seg s : r.segs()) c = put(c, row, s.text(), s.style(), maxCol);
    }

    public void rows(int col, int top, List<Row> lines, int maxCol) {
        for (int i = 0; i < lines.size(); i++) row(col, top + i, lines.get(i), maxCol);
    }

    /** A full-width line in one style (title and status bars). */
    public void bar(int row, String left, String right, Style style) {
        apply(style);
        g.putString(0, row, " ".repeat(columns));
        reset();
        put(1, row, left, style, columns - 1);
        if (!right.isEmpty()) {
            String r = theme.text(right);
            int at = Math.max(1, columns - 1 - r.length());
            put(at, row, r, style, columns);
        }
    }

    /** A box drawn with the theme's line characters; the inside is cleared. */
    public void box(int col, int row, int width, int height, String title) {
        String h = theme.hline();
        String v = theme.vline();
        String corner = theme.ascii() ? "+" : null;
        for (int y = row; y < row + height; y++) {
            put(col, y, " ".repeat(width), Style.PLAIN);
        }
        String tl = corner != null ? corner : "┌", tr = corner != null ? corner : "┐";
        String bl = corner != null ? corner : "└", br = corner != null ? corner : "┘";
        put(col, row, tl + h.repeat(width - 2) + tr, Style.DIM);
        put(col, row + height - 1, bl + h.repeat(width - 2) + br, Style.DIM);
        for (int y = row + 1; y < row + height - 1; y++) {
            put(col, y, v, Style.DIM);
            put(col + width - 1, y, v, Style.DIM);
        }
        if (!title.isEmpty()) put(col + 2, row, " " + title + " ", Style.HEADING);
    }

    private void reset() {
        g.clearModifiers();
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    }

    private void apply(Style style) {
        switch (style) {
            case PLAIN -> { }
            case EMPHASIS -> { g.enableModifiers(SGR.UNDERLINE); }
            case STRONG, HEADING -> {
                g.enableModifiers(SGR.BOLD);
                fg(TextColor.ANSI.CYAN);
            }
            case CODE -> fg(TextColor.ANSI.YELLOW);
            case DIM -> fg(TextColor.ANSI.BLUE);
            case TITLE, BAR -> g.enableModifiers(SGR.REVERSE);
            case KEY -> {
                g.enableModifiers(SGR.BOLD);
                fg(TextColor.ANSI.CYAN);
            }
            case SELECTED, FIELD_ACTIVE -> g.enableModifiers(SGR.REVERSE);
            case RIGHT, ACTIVE -> {
                g.enableModifiers(SGR.BOLD);
                fg(TextColor.ANSI.GREEN);
            }
            case WRONG, ERROR, SATURATED -> {
                g.enableModifiers(SGR.BOLD);
                fg(TextColor.ANSI.RED);
            }
            case FIELD -> g.enableModifiers(SGR.UNDERLINE);
            case SERIES1 -> fg(TextColor.ANSI.CYAN);
            case SERIES2 -> fg(TextColor.ANSI.MAGENTA);
            case MARKER -> {
                g.enableModifiers(SGR.BOLD);
                fg(TextColor.ANSI.YELLOW);
            }
            case BAND -> fg(TextColor.ANSI.RED);
        }
    }

    private void fg(TextColor c) {
        if (theme.color()) g.setForegroundColor(c);
    }
}
