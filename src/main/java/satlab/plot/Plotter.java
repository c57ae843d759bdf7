package satlab.plot;

import java.util.List;
import satlab.engine.Format;

/**
 * Draws series as text. Layout, top to bottom: a legend line, the top border
 * (which carries the marker's and the bands' labels), one panel per series when
 * stacked (separated by a border line) or one shared panel when overlaid, the
 * bottom border with x ticks, and the x labels. Y labels sit right-aligned in a
 * left gutter sized from the labels actually shown; a second y scale, when two
 * overlaid series differ in range, sits on the right. Nothing is ever written
 * into the last column of the width (terminals wrap there).
 */
public final class Plotter {
    private Plotter() {}

    /** Plots σ and σ' with the given options. */
    public static Plot render(PlotOptions options) {
        return render(Series.defaults(), options);
    }

    /** Never throws: anything that cannot be drawn becomes a one-line message. */
    public static Plot render(List<Series> series, PlotOptions options) {
        int width = Math.min(options.width(), PlotOptions.MAX_WIDTH);
        int height = Math.min(options.height(), PlotOptions.MAX_HEIGHT);
        if (width < PlotOptions.MIN_WIDTH || height < PlotOptions.MIN_HEIGHT) {
            return Plot.message(tooSmall(width, height), width);
        }
        if (series.isEmpty()) return Plot.message("nothing to plot", width);
        double from = options.from();
        double to = options.to();
        if (!Double.isFinite(from) || !Double.isFinite(to) || !(from < to)) {
            return Plot.message("cannot plot z from " + Format.number(from) + " to " + Format.number(to)
                    + ": need finite from < to", width);
        }
        return new Drawing(series, options, width, height).draw();
    }

    private static String tooSmall(int width, int height) {
        String need = PlotOptions.MIN_WIDTH + "x" + PlotOptions.MIN_HEIGHT;
        String[] choices = {
            "too small to plot: needs " + need + ", have " + Math.max(0, width) + "x" + Math.max(0, height),
            "too small to plot: needs " + need,
            "too small: needs " + need,
            "needs " + need,
            "small"
        };
        for (String c : choices) if (c.length() <= width - 1) return c;
        return "";
    }
}
