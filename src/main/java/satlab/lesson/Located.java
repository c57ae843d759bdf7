package satlab.lesson;

import java.util.Arrays;

/**
 * A value taken from a lesson file together with the file position of each of its
 * characters, so an error at offset k inside (an engine caret, a bad template) is
 * reported at the right line and column even when the value spans lines.
 */
record Located(String text, int[] lines, int[] columns) {

    /** A value written on one line, starting at (line, column). */
    static Located at(String text, int line, int column) {
        int n = text.length();
        int[] ls = new int[n + 1];
        int[] cs = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            ls[i] = line;
            cs[i] = column + i;
        }
        return new Located(text, ls, cs);
    }

    /** This value continued by another piece, joined with one space. */
    Located append(Located more) {
        int n = text.length();
        int m = more.text.length();
        int[] ls = Arrays.copyOf(lines, n + 1 + m + 1);
        int[] cs = Arrays.copyOf(columns, n + 1 + m + 1);
        System.arraycopy(more.lines, 0, ls, n + 1, m + 1);
        System.arraycopy(more.columns, 0, cs, n + 1, m + 1);
        return new Located(text + " " + more.text, ls, cs);
    }

    Located substring(int from, int to) {
        return new Located(text.substring(from, to), Arrays.copyOfRange(lines, from, to + 1),
                Arrays.copyOfRange(columns, from, to + 1));
    }

    /** Leading and trailing spaces removed, positions kept. */
    Located strip() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return substring(from, to);
    }

    int line(int offset) {
        return lines[clamp(offset)];
    }

    int column(int offset) {
        return columns[clamp(offset)];
    }

    int line() {
        return lines[0];
    }

    int column() {
        return columns[0];
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Located l && text.equals(l.text) && Arrays.equals(lines, l.lines)
                && Arrays.equals(columns, l.columns);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text + "@" + line() + ":" + column();
    }
}
