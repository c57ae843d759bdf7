package satlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import satlab.engine.Format;
import satlab.plot.Layout;
import satlab.plot.PlotOptions;
import satlab.plot.Plotter;
import satlab.plot.Series;
import satlab.plot.Tier;
import satlab.sim.Cost;
import satlab.sim.TrainConfig;
import satlab.sim.TrainResult;
import satlab.sim.TrainText;
import satlab.sim.Trainer;

/** `satlab train`: gradient descent on one sigmoid neuron, Nielsen's learning-slowdown example. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train one sigmoid neuron (input x = 1, target y = 0) by gradient descent",
            "and print its learning curve and a table of epochs. From a saturated start",
            "(2,2) the quadratic cost barely moves for ~150 epochs; cross-entropy does",
            "not slow down (Nielsen, Neural Networks and Deep Learning, ch. 3)."
        },
        footer = {
            "",
            "Examples:",
            "  satlab train --start 2,2 --cost quadratic --epochs 300",
            "  satlab train --start 2,2 --compare 0.6,0.9",
            "  satlab train --start 2,2 --compare-cost cross-entropy --chart cost"
        })
public final class TrainCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--start", paramLabel = "W,B", defaultValue = "2,2", converter = SimOptions.StartConverter.class,
            description = "Starting weight and bias (default ${DEFAULT-VALUE}).")
    SimOptions.Start start;

    @Option(names = "--cost", paramLabel = "COST", defaultValue = "quadratic", converter = SimOptions.CostConverter.class,
            description = "quadratic or cross-entropy (default ${DEFAULT-VALUE}).")
    Cost cost;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "300", description = "Gradient steps (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--eta", paramLabel = "ETA", defaultValue = "0.15", description = "Learning rate (default ${DEFAULT-VALUE}).")
    double eta;

    @Option(names = "--x", paramLabel = "X", defaultValue = "1", description = "The input (default ${DEFAULT-VALUE}).")
    double x;

    @Option(names = "--y", paramLabel = "Y", defaultValue = "0", description = "The target output in [0, 1] (default ${DEFAULT-VALUE}).")
    double y;

    @Option(names = "--compare", paramLabel = "W,B", converter = SimOptions.StartConverter.class,
            description = "Race a second start against the first.")
    SimOptions.Start compare;

    @Option(names = "--compare-cost", paramLabel = "COST", converter = SimOptions.CostConverter.class,
            description = "Cost of the second run (default: the same as --cost); implies --compare W,B of --start if that is absent.")
    Cost compareCost;

    @Option(names = "--chart", paramLabel = "WHAT", defaultValue = "output", converter = SimOptions.QuantityConverter.class,
            description = "Chart the output or the cost (default ${DEFAULT-VALUE}).")
    TrainText.Quantity chart;

    @Option(names = "--every", paramLabel = "K", description = "Table rows every K epochs (default: about ten rows).")
    Integer every;

    @Option(names = "--chart-width", paramLabel = "COLS", defaultValue = "72", description = "Chart width in characters (default ${DEFAULT-VALUE}).")
    int chartWidth;

    @Option(names = "--chart-height", paramLabel = "ROWS", defaultValue = "16", description = "Chart height in lines (default ${DEFAULT-VALUE}).")
    int chartHeight;

    @Option(names = "--ascii", description = "Draw with ASCII characters only.")
    boolean ascii;

    @Override
    public Integer call() {
        List<TrainConfig> configs = configs();
        if (every != null && every < 1) throw usage("--every must be at least 1, got " + every);
        if (chartWidth < PlotOptions.MIN_WIDTH || chartWidth > PlotOptions.MAX_WIDTH) {
            throw usage("--chart-width must be between " + PlotOptions.MIN_WIDTH + " and " + PlotOptions.MAX_WIDTH
                    + ", got " + chartWidth);
        }
        if (chartHeight < PlotOptions.MIN_HEIGHT || chartHeight > PlotOptions.MAX_HEIGHT) {
            throw usage("--chart-height must be between " + PlotOptions.MIN_HEIGHT + " and " + PlotOptions.MAX_HEIGHT
                    + ", got " + chartHeight);
        }
        List<TrainResult> runs = new ArrayList<>();
        for (TrainConfig c : configs) runs.add(Trainer.run(c));
        PrintWriter out = spec.commandLine().getOut();
        for (int i = 0; i < configs.size(); i++) {
            out.println((configs.size() > 1 ? "run " + (i + 1) + ": " : "") + configs.get(i).summary());
        }
        out.println();
        if (epochs > 0) {
            out.println(chart.title() + " by epoch:");
            out.print(Plotter.render(series(runs), PlotOptions.defaults().withRange(0, epochs)
                    .withSize(chartWidth, chartHeight).withLayout(Layout.OVERLAY)
                    .withTier(ascii ? Tier.ASCII : Tier.UNICODE)).text());
            out.println();
        }
        int step = every != null ? every : TrainText.defaultStep(epochs);
        TrainText.table(runs, TrainText.epochsEvery(epochs, step)).forEach(out::println);
        out.flush();
        return 0;
    }

    /**
     * The runs' curves and reference lines: the target (y for the output, 0 for the
     * cost) and, for a single run, its starting level, so the flat start of a slow
     * run reads as flat. The references also keep every curve on one y scale that
     * reaches the target: the plotter fits its scale to the data and gives exactly
     * two overlaid series a scale each, which would zoom into a stalled curve and
     * make it look as if it were learning.
     */
    private List<Series> series(List<TrainResult> runs) {
        List<Series> list = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            TrainResult r = runs.get(i);
            list.add(new Series(runs.size() == 1 ? r.config().label() : "run " + (i + 1), r.curve(chart)));
        }
        boolean output = chart == TrainText.Quantity.OUTPUT;
        double target = output ? y : 0.0;
        list.add(new Series((output ? "target y = " : "minimum ") + Format.number(target), e -> target));
        if (runs.size() == 1) {
            double start = runs.get(0).curve(chart).applyAsDouble(0);
            list.add(new Series("start " + Format.number(start), e -> start));
        }
        return list;
    }

    private List<TrainConfig> configs() {
        List<TrainConfig> list = new ArrayList<>();
        try {
            TrainConfig first = new TrainConfig(start.w(), start.b(), x, y, eta, cost, epochs);
            list.add(first);
            if (compare != null || compareCost != null) {
                SimOptions.Start s = compare != null ? compare : start;
                list.add(first.withStart(s.w(), s.b()).withCost(compareCost != null ? compareCost : cost));
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return list;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
