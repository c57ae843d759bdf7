package satlab.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import java.util.List;

/** Draws styled rows onto a Lanterna screen, clipped, in the theme's charset and colours. */
public final class Painter {
    private final Screen screen;
    private final Theme theme;
    private final Cells cells;
    private final int columns;
    private final int rows;
    /** Text cut inside a word by a right edge: a layout bug the screen snapshots fail on. */
    private final List<String> cutWords = new java.util.ArrayList<>();

    /** {@code cells} is the session's: it keeps the cells built for earlier frames. */
    Painter(Screen screen, Theme theme, Cells cells) {
        this.screen = screen;
        this.theme = theme;
        this.cells = cells;
        TerminalSize size = screen.getTerminalSize();
        this.columns = size.getColumns();
        this.rows = size.getRows();
    }

    /** Every text this frame cut inside a word at a right edge (nothing should be). */
    List<String> cutWords() {
        return List.copyOf(cutWords);
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

    /**
     * Empties the whole frame with the screen's one array fill; filling through
     * TextGraphics checks every cell for double-width characters.
     */
    public void clear() {
        screen.clear();
    }

    /**
     * Writes text at (col, row), cut at {@code maxCol} (exclusive); returns the column after
     * it. Columns are display cells ({@link Cells#width}): a wide character takes two and one
     * that does not fit whole is left out; no character of any text can reach the terminal
     * raw ({@link Cells#displayable}).
     */
    public int put(int col, int row, String text, Style style, int maxCol) {
        if (row < 0 || row >= rows || col >= maxCol) return col;
        String t = Cells.displayable(theme.text(text));
        int limit = Math.min(maxCol, columns);
        int c = col;
        int i = 0;
        for (; i < t.length() && c < limit; ) {
            int cp = t.codePointAt(i);
            int w = Cells.width(cp);
            if (c + w > limit) break;
            i += Character.charCount(cp);
            // Whatever lies left of the screen is cut off, as Lanterna cuts it.
            if (c >= 0) screen.setCharacter(c, row, cells.of(cp, style));
            else if (c + w > 0) screen.setCharacter(0, row, cells.of(' ', style));
            c += w;
        }
        // Cut with no space on either side of the edge: inside a word (or a number, a path).
        if (i > 0 && i < t.length() && !Character.isWhitespace(t.codePointAt(i))
                && !Character.isWhitespace(t.codePointBefore(i))) {
            cutWords.add("row " + row + ", column " + c + ": \"" + t + "\"");
        }
        return c;
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
        put(0, row, " ".repeat(columns), style);
        put(1, row, left, style, columns - 1);
        if (!right.isEmpty()) {
            String r = theme.text(right);
            int at = Math.max(1, columns - 1 - Cells.WIDTH.of(Cells.displayable(r)));
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

}
