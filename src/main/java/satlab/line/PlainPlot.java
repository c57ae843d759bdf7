package satlab.line;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.lesson.PlotBlock;
import satlab.lesson.Wrap;
import satlab.plot.Layout;
import satlab.plot.PlotOptions;
import satlab.plot.Plotter;
import satlab.plot.Series;
import satlab.plot.Tier;

/**
 * A lesson's plot as text (ASCII, or the given tier), after one sentence saying what it shows: a screen
 * reader user hears what the picture is and can skip it.
 */
final class PlainPlot {

    private static final int DEFAULT_HEIGHT = 20;

    private PlainPlot() {}

    static String render(PlotBlock block, int width, int textWidth, Tier tier) {
        StringBuilder sb = new StringBuilder();
        sb.append("Plot of ").append(String.join(" and ", block.functions()))
                .append(" for z from ").append(Format.number(block.from()))
                .append(" to ").append(Format.number(block.to()));
        block.mark().ifPresent(m -> sb.append(", marked at z = ").append(Format.number(m)));
        block.threshold().ifPresent(t -> sb.append(", saturated where |z| > ").append(Format.number(t)));
        sb.append(':');
        String description = String.join("\n", Wrap.text(sb.toString(), textWidth)) + "\n";
        sb.setLength(0);
        sb.append(description);
        Interpreter interpreter = new Interpreter(new Rng(0));
        List<Series> series = new ArrayList<>();
        for (String f : block.functions()) {
            try {
                series.add(new Series(f, interpreter.function(f, "z")));
            } catch (EngineError e) {
                // The checker rejects such lessons; an unchecked one still gets a readable message.
                return sb.append(e.withCaret()).append('\n').toString();
            }
        }
        PlotOptions options = PlotOptions.defaults()
                .withRange(block.from(), block.to())
                .withSize(width, block.height().orElse(DEFAULT_HEIGHT))
                .withTier(tier)
                .withLayout(block.layout() == PlotBlock.Layout.OVERLAY ? Layout.OVERLAY : Layout.STACKED);
        if (block.mark().isPresent()) options = options.withMark(block.mark().getAsDouble());
        if (block.threshold().isPresent()) options = options.withThreshold(block.threshold().getAsDouble());
        return sb.append(Plotter.render(series, options).text()).toString();
    }
}
