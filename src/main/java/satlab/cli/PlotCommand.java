package satlab.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.plot.Layout;
import satlab.plot.Plot;
import satlab.plot.PlotOptions;
import satlab.plot.Plotter;
import satlab.plot.Series;
import satlab.plot.Tier;

@Command(
        name = "plot",
        mixinStandardHelpOptions = true,
        description = {
            "Plot functions of z as text; by default sigmoid(z) over dsigmoid(z), z in [-10, 10].",
            "",
            "Examples:",
            "  satlab plot --mark 10 --threshold 5      (the Q&A's neuron, in the flat tail)",
            "  satlab plot \"tanh(z)\" \"dtanh(z)\" --from -4 --to 4",
            "  satlab plot --overlay --unicode",
            "  satlab plot --ascii -- \"-sigmoid(z)\"     (options first, then -- before",
            "                                           an expression starting with '-')",
        })
final class PlotCommand implements Callable<Integer> {
    private static final int DEFAULT_WIDTH = 80;
    private static final int DEFAULT_HEIGHT = 24;

    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "EXPR",
            description = "Expressions of z (or x), e.g. \"sigmoid(z)\" \"dsigmoid(z)\". Default: both of those.")
    List<String> expressions = new ArrayList<>();

    @Option(names = "--from", defaultValue = "-10", paramLabel = "Z", description = "Left end of the z range (default ${DEFAULT-VALUE}).")
    double from;

    @Option(names = "--to", defaultValue = "10", paramLabel = "Z", description = "Right end of the z range (default ${DEFAULT-VALUE}).")
    double to;

    @Option(names = "--width", paramLabel = "W",
            description = "Width in characters, 30 to 300 (default: $COLUMNS, else " + DEFAULT_WIDTH + ").")
    Integer width;

    @Option(names = "--height", paramLabel = "H",
            description = "Height in lines, 8 to 100 (default " + DEFAULT_HEIGHT + ").")
    Integer height;

    @ArgGroup(exclusive = true)
    Characters characters;

    @ArgGroup(exclusive = true)
    Arrangement arrangement;

    @Option(names = "--mark", paramLabel = "Z", description = "Draw a vertical line at z, with where it meets each curve.")
    Double mark;

    @Option(names = "--threshold", paramLabel = "T", description = "Shade |z| > T as saturated (5 is the usual rule for sigmoid).")
    Double threshold;

    static final class Characters {
        @Option(names = "--ascii", description = "Only 7-bit ASCII characters.") boolean ascii;
        @Option(names = "--unicode", description = "Braille dots and box drawing (default when the output is UTF-8).") boolean unicode;
    }

    static final class Arrangement {
        @Option(names = "--stacked", description = "One panel per expression, each with its own y scale (default).") boolean stacked;
        @Option(names = "--overlay", description = "All expressions in one panel; two different ranges get two y scales.") boolean overlay;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = checkOptions();
        if (problem != null) {
            err.println("satlab plot: " + problem);
            err.println("Try 'satlab plot --help' for usage.");
            return 2;
        }
        List<Series> series = new ArrayList<>();
        Interpreter interpreter = new Interpreter(new Rng(0));
        for (String expression : expressions) {
            try {
                series.add(Series.compile(interpreter, expression));
            } catch (EngineError e) {
                err.println(e.withCaret());
                return 1;
            }
        }
        if (series.isEmpty()) series.addAll(Series.defaults());
        PlotOptions options = PlotOptions.defaults()
                .withRange(from, to)
                .withSize(width != null ? width : terminalWidth(System.getenv("COLUMNS")), height != null ? height : DEFAULT_HEIGHT)
                .withTier(tier())
                .withLayout(arrangement != null && arrangement.overlay ? Layout.OVERLAY : Layout.STACKED);
        if (mark != null) options = options.withMark(mark);
        if (threshold != null) options = options.withThreshold(threshold);
        Plot plot = Plotter.render(series, options);
        plot.lines().forEach(out::println);
        out.flush();
        return 0;
    }

    private String checkOptions() {
        if (!Double.isFinite(from) || !Double.isFinite(to)) return "--from and --to must be finite numbers";
        if (from >= to) return "--from (" + Format.number(from) + ") must be less than --to (" + Format.number(to) + ")";
        if (width != null && (width < PlotOptions.MIN_WIDTH || width > PlotOptions.MAX_WIDTH)) {
            return "--width must be from " + PlotOptions.MIN_WIDTH + " to " + PlotOptions.MAX_WIDTH + ", got " + width;
        }
        if (height != null && (height < PlotOptions.MIN_HEIGHT || height > PlotOptions.MAX_HEIGHT)) {
            return "--height must be from " + PlotOptions.MIN_HEIGHT + " to " + PlotOptions.MAX_HEIGHT + ", got " + height;
        }
        if (mark != null && !Double.isFinite(mark)) return "--mark must be a finite number";
        if (threshold != null && !(threshold > 0 && Double.isFinite(threshold))) {
            return "--threshold must be a positive number, got " + Format.number(threshold);
        }
        return null;
    }

    private Tier tier() {
        if (characters != null && characters.ascii) return Tier.ASCII;
        if (characters != null && characters.unicode) return Tier.UNICODE;
        return Tier.forCharset(outputCharset(System::getProperty, Charset.defaultCharset()));
    }

    /**
     * The charset standard output is encoded in. Java 19+ says so in
     * stdout.encoding (taken from the locale, so LANG=C gives US-ASCII); Java 17
     * sets sun.stdout.encoding only for some consoles and otherwise encodes
     * System.out, and picocli's writer, in the default charset, which follows the
     * locale there. Unknown names fall back to the default too.
     */
    static Charset outputCharset(UnaryOperator<String> property, Charset fallback) {
        for (String key : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
            String name = property.apply(key);
            if (name == null || name.isBlank()) continue;
            try {
                return Charset.forName(name.trim());
            } catch (IllegalArgumentException unknown) {
                return fallback;
            }
        }
        return fallback;
    }

    /** $COLUMNS when it holds a positive number, else 80 (a pipe or a file has no width). */
    static int terminalWidth(String columns) {
        if (columns != null) {
            try {
                int w = Integer.parseInt(columns.trim());
                if (w > 0) return w;
            } catch (NumberFormatException notANumber) {
                return DEFAULT_WIDTH;
            }
        }
        return DEFAULT_WIDTH;
    }
}
