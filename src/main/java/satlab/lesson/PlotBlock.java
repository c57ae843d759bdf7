package satlab.lesson;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A {@code plot} block: curves of z drawn by the plot package.
 *
 * @param functions engine expressions of the variable {@code z}, checked to compile
 * @param from      left end of the z range (default −10)
 * @param to        right end, greater than {@code from} (default 10)
 * @param mark      a z to mark with a vertical line, if any
 * @param threshold shade |z| beyond this as saturated, if given
 * @param height    rows for the plot, if the author fixed it; else the player chooses
 * @param layout    stacked (default; each curve its own y scale) or overlaid
 */
public record PlotBlock(List<String> functions, double from, double to, OptionalDouble mark,
        OptionalDouble threshold, OptionalInt height, Layout layout, int line) implements Block {

    public enum Layout {
        STACKED,
        OVERLAY
    }

    public static final List<String> DEFAULT_FUNCTIONS = List.of("sigmoid(z)", "dsigmoid(z)");

    public PlotBlock {
        functions = List.copyOf(functions);
    }
}
