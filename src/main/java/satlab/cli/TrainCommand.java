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
import satlab.line.TrainReport;
import satlab.plot.PlotOptions;
import satlab.plot.Tier;
import satlab.sim.Cost;
import satlab.sim.Start;
import satlab.sim.TrainConfig;
import satlab.sim.TrainResult;
import satlab.sim.TrainSettings;
import satlab.sim.TrainText;
import satlab.sim.Trainer;

/** `satlab train`: gradient descent on one sigmoid neuron, Nielsen's learning-slowdown example. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        header = "The learning-slowdown trainer: gradient descent on one sigmoid neuron.",
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
    Start start;

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
    Start compare;

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
        int step = every != null ? every : TrainText.defaultStep(epochs);
        out.print(TrainReport.render(runs, chart, ascii ? Tier.ASCII : Tier.UNICODE, chartWidth, chartHeight, step));
        out.flush();
        return 0;
    }

    private List<TrainConfig> configs() {
        try {
            return TrainSettings.configs(start, cost, compare, compareCost, epochs, eta, x, y);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
