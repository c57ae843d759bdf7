package satlab.plot;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Everything about a plot except its series, immutable: change one field with the
 * {@code with...} methods, starting from {@link #defaults()} (z from −10 to 10,
 * 80×20 cells, ASCII, stacked, no marker, no saturation bands). A lesson's
 * {@code plot} block maps onto it key by key: from/to → {@link #withRange},
 * mark → {@link #withMark}, threshold → {@link #withThreshold}, height →
 * {@link #withHeight}, layout → {@link #withLayout}.
 *
 * <p>Sizes below {@value #MIN_WIDTH}×{@value #MIN_HEIGHT} render as a one-line
 * message; sizes above {@value #MAX_WIDTH}×{@value #MAX_HEIGHT} are drawn at the
 * maximum. A mark or threshold that is NaN counts as absent.
 */
public record PlotOptions(
        double from,
        double to,
        int width,
        int height,
        Tier tier,
        Layout layout,
        OptionalDouble mark,
        OptionalDouble threshold,
        String variable) {

    public static final int MIN_WIDTH = 30;
    public static final int MIN_HEIGHT = 8;
    public static final int MAX_WIDTH = 300;
    public static final int MAX_HEIGHT = 100;

    public PlotOptions {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(variable, "variable");
        if (mark.isPresent() && Double.isNaN(mark.getAsDouble())) mark = OptionalDouble.empty();
        if (threshold.isPresent() && Double.isNaN(threshold.getAsDouble())) threshold = OptionalDouble.empty();
    }

    public static PlotOptions defaults() {
        return new PlotOptions(-10, 10, 80, 20, Tier.ASCII, Layout.STACKED,
                OptionalDouble.empty(), OptionalDouble.empty(), "z");
    }

    public PlotOptions withRange(double newFrom, double newTo) {
        return new PlotOptions(newFrom, newTo, width, height, tier, layout, mark, threshold, variable);
    }

    public PlotOptions withSize(int newWidth, int newHeight) {
        return new PlotOptions(from, to, newWidth, newHeight, tier, layout, mark, threshold, variable);
    }

    public PlotOptions withWidth(int newWidth) {
        return withSize(newWidth, height);
    }

    public PlotOptions withHeight(int newHeight) {
        return withSize(width, newHeight);
    }

    public PlotOptions withTier(Tier newTier) {
        return new PlotOptions(from, to, width, height, newTier, layout, mark, threshold, variable);
    }

    public PlotOptions withLayout(Layout newLayout) {
        return new PlotOptions(from, to, width, height, tier, newLayout, mark, threshold, variable);
    }

    /** A vertical line at z, labelled with its value; off the range it becomes an edge arrow. */
    public PlotOptions withMark(double z) {
        return new PlotOptions(from, to, width, height, tier, layout, OptionalDouble.of(z), threshold, variable);
    }

    public PlotOptions withoutMark() {
        return new PlotOptions(from, to, width, height, tier, layout, OptionalDouble.empty(), threshold, variable);
    }

    /** Shades and labels the bands |z| > threshold as saturated; zero or less draws no bands. */
    public PlotOptions withThreshold(double t) {
        return new PlotOptions(from, to, width, height, tier, layout, mark, OptionalDouble.of(t), variable);
    }

    /** The name of the horizontal axis' variable, as the marker's label says it ("z=4", "w=2"); "z" by default. */
    public PlotOptions withVariable(String name) {
        return new PlotOptions(from, to, width, height, tier, layout, mark, threshold, name);
    }

    public PlotOptions withoutThreshold() {
        return new PlotOptions(from, to, width, height, tier, layout, mark, OptionalDouble.empty(), variable);
    }
}
