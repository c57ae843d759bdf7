package satlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import satlab.engine.Format;

/**
 * A line chart in characters: each series is a sequence of y values at x = 0, 1,
 * 2, … drawn with its own mark; where two series share a cell the later one wins.
 * Small and self-contained so the CLI and line mode need no terminal library.
 */
public final class TextChart {

    /** One curve: a legend name, a mark character and y values at x = 0, 1, 2, … */
    public record Series(String name, char mark, double[] values) {
        public Series {
            if (values.length == 0) throw new IllegalArgumentException("series '" + name + "' has no values");
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    private TextChart() {}

    /**
     * Renders the series in a plot area of width × height characters, y from yLo at
     * the bottom to yHi at the top, with y labels on the left, an x axis labelled
     * with xName, and a legend line per series.
     */
    public static List<String> render(List<Series> series, int width, int height, double yLo, double yHi,
                                      String xName, Glyphs g) {
        if (series.isEmpty()) throw new IllegalArgumentException("nothing to chart");
        if (width < 8 || height < 3) throw new IllegalArgumentException("chart needs at least 8 x 3 characters");
        if (!(yLo < yHi)) throw new IllegalArgumentException("chart needs yLo < yHi");
        int points = series.stream().mapToInt(s -> s.values.length).max().orElse(1);
        char[][] cells = new char[height][width];
        for (char[] row : cells) java.util.Arrays.fill(row, ' ');
        for (Series s : series) {
            for (int col = 0; col < width; col++) {
                int x = points == 1 ? 0 : (int) Math.round((double) col * (points - 1) / (width - 1));
                if (x >= s.values.length) continue;
                double y = s.values[x];
                if (!Double.isFinite(y)) continue;
                double f = (y - yLo) / (yHi - yLo);
                if (f < 0 || f > 1) continue;
                int row = height - 1 - (int) Math.round(f * (height - 1));
                cells[row][col] = s.mark;
            }
        }
        String top = Format.number(yHi);
        String bottom = Format.number(yLo);
        String middle = Format.number((yLo + yHi) / 2);
        int labelWidth = Math.max(top.length(), Math.max(bottom.length(), middle.length()));
        List<String> out = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            String label = r == 0 ? top : r == height - 1 ? bottom : r == (height - 1) / 2 && height % 2 == 1 ? middle : "";
            out.add(pad(label, labelWidth) + " " + g.vertical() + new String(cells[r]).stripTrailing());
        }
        out.add(" ".repeat(labelWidth) + " " + g.corner() + g.horizontal().repeat(width));
        String left = "0";
        String mid = Integer.toString((points - 1) / 2);
        String right = Integer.toString(points - 1);
        StringBuilder axis = new StringBuilder(" ".repeat(labelWidth + 2 + width + right.length()));
        place(axis, labelWidth + 2, left);
        place(axis, labelWidth + 2 + (width - 1) / 2 - mid.length() / 2, mid);
        place(axis, labelWidth + 2 + width - right.length(), right);
        out.add(axis.toString().stripTrailing() + "  " + xName);
        for (Series s : series) {
            out.add(String.format(Locale.ROOT, "%s %s  %s", " ".repeat(labelWidth), s.mark, s.name));
        }
        return out;
    }

    private static void place(StringBuilder sb, int at, String text) {
        sb.replace(at, at + text.length(), text);
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }
}
