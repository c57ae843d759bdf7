package satlab.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A grid of characters, each tagged with the element it belongs to, turned into a {@link Plot}. */
final class Canvas {
    private static final Span.Kind[] KINDS = Span.Kind.values();

    private final int rows;
    private final int cols;
    private final char[][] chars;
    /** 0 = untagged; otherwise (kind ordinal + 1) << 16 | (series + 1). */
    private final int[][] tags;

    Canvas(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.chars = new char[rows][cols];
        this.tags = new int[rows][cols];
        for (char[] row : chars) Arrays.fill(row, ' ');
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    char at(int row, int col) {
        return inside(row, col) ? chars[row][col] : ' ';
    }

    Span.Kind kindAt(int row, int col) {
        if (!inside(row, col) || tags[row][col] == 0) return null;
        return KINDS[(tags[row][col] >> 16) - 1];
    }

    void put(int row, int col, char c, Span.Kind kind, int series) {
        if (!inside(row, col)) return;
        chars[row][col] = c;
        tags[row][col] = ((kind.ordinal() + 1) << 16) | (series + 1);
    }

    /** Writes text from col onwards; characters falling off the grid are dropped. */
    void text(int row, int col, String s, Span.Kind kind, int series) {
        for (int i = 0; i < s.length(); i++) put(row, col + i, s.charAt(i), kind, series);
    }

    private boolean inside(int row, int col) {
        return row >= 0 && row < rows && col >= 0 && col < cols;
    }

    Plot toPlot() {
        List<String> lines = new ArrayList<>(rows);
        List<Span> spans = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int end = cols;
            while (end > 0 && chars[r][end - 1] == ' ' && tags[r][end - 1] == 0) end--;
            lines.add(new String(chars[r], 0, end));
            int c = 0;
            while (c < end) {
                int tag = tags[r][c];
                int start = c;
                while (c < end && tags[r][c] == tag) c++;
                if (tag != 0) spans.add(new Span(r, start, c, KINDS[(tag >> 16) - 1], (tag & 0xFFFF) - 1));
            }
        }
        return new Plot(lines, spans);
    }
}
