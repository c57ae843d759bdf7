package satlab.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rendered plot back the way a person would: finds the frame, the panels
 * between its horizontal rules, each panel's labelled y values, and what is drawn
 * in every cell. Knows only the documented contract: the first plot column is at
 * {@code from}, the last at {@code to}, and every panel's top and bottom rows
 * carry the y labels of its range.
 */
final class PlotReader {
    final List<String> lines;
    final int leftBorder;
    final int rightBorder;
    final List<Panel> panels = new ArrayList<>();

    /** Rows [top, top + rows) of the plot; y labels read from the left gutter. */
    record Panel(int top, int rows, double hi, double lo) {
        /** The value a row stands for (row 0 = hi, the last row = lo), linear in between. */
        double valueAt(double row) {
            return hi + (lo - hi) * row / (rows - 1);
        }

        /** The fractional row at which value y belongs. */
        double rowOf(double y) {
            return (hi - y) / (hi - lo) * (rows - 1);
        }
    }

    PlotReader(Plot plot, boolean unicode) {
        this.lines = plot.lines();
        String top = lines.get(1);
        char corner = unicode ? '┌' : '+';
        char rightCorner = unicode ? '┐' : '+';
        leftBorder = top.indexOf(corner);
        rightBorder = top.lastIndexOf(rightCorner);
        int start = 2;
        for (int r = 2; r < lines.size(); r++) {
            char c = charAt(r, leftBorder);
            char next = charAt(r, leftBorder + 1);
            boolean rule = unicode ? c == '├' || c == '└' : c == '+' && (next == '-' || next == '+');
            if (rule && r > start) {
                panels.add(readPanel(start, r - start));
                start = r + 1;
            }
            if (unicode ? c == '└' : r == lines.size() - 2) break;
        }
    }

    private Panel readPanel(int top, int rows) {
        double hi = Double.parseDouble(gutter(top));
        double lo = Double.parseDouble(gutter(top + rows - 1));
        return new Panel(top, rows, hi, lo);
    }

    String gutter(int row) {
        String line = lines.get(row);
        return line.substring(0, Math.min(leftBorder, line.length())).trim();
    }

    int columns() {
        return rightBorder - leftBorder - 1;
    }

    /** The z a plot column stands for. */
    double xAt(double column, double from, double to, int positions) {
        return from + (to - from) * column / (positions - 1);
    }

    char charAt(int row, int col) {
        String line = lines.get(row);
        return col < line.length() ? line.charAt(col) : ' ';
    }

    /** The character at plot column c of panel row r. */
    char cell(Panel p, int r, int c) {
        return charAt(p.top + r, leftBorder + 1 + c);
    }

    /** Braille dot (dx 0..1, dy 0..3) set in the cell? */
    static boolean dot(char cell, int dx, int dy) {
        if (cell < 0x2800 || cell > 0x28FF) return false;
        int[][] bits = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};
        return ((cell - 0x2800) & bits[dx][dy]) != 0;
    }
}
