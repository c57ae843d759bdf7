package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import satlab.engine.EngineError;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.plot.Plot;
import satlab.plot.PlotOptions;
import satlab.plot.Series;
import satlab.plot.Span;
import satlab.plot.Tier;

/** Draws plots with the plot package and turns its lines and spans into styled rows. */
final class PlotRows {

    private PlotRows() {}

    static PlotOptions options(Theme theme, int width, int height) {
        return PlotOptions.defaults().withSize(width, height).withTier(theme.ascii() ? Tier.ASCII : Tier.UNICODE);
    }

    /** Engine expressions of z as series; an expression that fails to compile becomes an error row. */
    static List<Series> series(List<String> functions, List<String> errors) {
        Interpreter interpreter = new Interpreter(new Rng(0));
        List<Series> out = new ArrayList<>();
        for (String f : functions) {
            try {
                DoubleUnaryOperator op = interpreter.function(f, "z");
                out.add(new Series(f, op));
            } catch (EngineError e) {
                errors.add(f + ": " + e.getMessage());
            }
        }
        return out;
    }

    static List<Row> rows(List<Series> series, PlotOptions options) {
        return rows(satlab.plot.Plotter.render(series, options));
    }

    static List<Row> rows(Plot plot) {
        List<Row> out = new ArrayList<>();
        List<String> lines = plot.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Style[] styles = new Style[line.length()];
            java.util.Arrays.fill(styles, Style.PLAIN);
            for (Span span : plot.spans()) {
                if (span.line() != i) continue;
                Style st = style(span);
                for (int c = Math.max(0, span.start()); c < Math.min(line.length(), span.end()); c++) styles[c] = st;
            }
            List<Seg> segs = new ArrayList<>();
            int start = 0;
            for (int c = 1; c <= line.length(); c++) {
                if (c == line.length() || styles[c] != styles[start]) {
                    segs.add(new Seg(line.substring(start, c), styles[start]));
                    start = c;
                }
            }
            out.add(new Row(0, segs));
        }
        return out;
    }

    private static Style style(Span span) {
        return switch (span.kind()) {
            case FRAME, TICK_LABEL -> Style.DIM;
            case LEGEND, CURVE -> span.series() % 2 == 0 ? Style.SERIES1 : Style.SERIES2;
            case MARKER, MARKER_POINT, MARKER_LABEL -> Style.MARKER;
            case BAND, BAND_LABEL -> Style.BAND;
            case MESSAGE -> Style.ERROR;
        };
    }
}
