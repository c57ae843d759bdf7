package satlab.tui;

import java.util.List;
import satlab.plot.Plot;
import satlab.plot.PlotOptions;
import satlab.plot.Series;

/** The one call into the plot package's renderer. */
final class PlotRenderer {
    private PlotRenderer() {}

    static Plot render(List<Series> series, PlotOptions options) {
        return satlab.plot.Plotter.render(series, options);
    }
}
