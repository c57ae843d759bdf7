package satlab.lesson;

import java.util.Arrays;
import java.util.List;

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

    /**
     * Pieces joined with one space (a value and its continuation lines), in one pass:
     * appending piece by piece would copy the value once per line.
     */
    static Located join(List<Located> pieces) {
        if (pieces.size() == 1) return pieces.get(0);
        int total = pieces.size() - 1;
        for (Located p : pieces) total += p.text.length();
        StringBuilder sb = new StringBuilder(total);
        int[] ls = new int[total + 1];
        int[] cs = new int[total + 1];
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            Located p = pieces.get(i);
            if (i > 0) {
                sb.append(' ');
                at++;
            }
            sb.append(p.text);
            // The space takes the position of the end of the piece before it.
            System.arraycopy(p.lines, 0, ls, at, p.text.length() + 1);
            System.arraycopy(p.columns, 0, cs, at, p.text.length() + 1);
            at += p.text.length();
        }
        return new Located(sb.toString(), ls, cs);
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
