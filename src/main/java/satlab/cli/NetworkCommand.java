package satlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import satlab.line.TrainNetReport;
import satlab.plot.Tier;
import satlab.sim.NetTraining;
import satlab.sim.TrainNetConfig;
import satlab.sim.TrainNetResult;
import satlab.sim.TrainNetSettings;
import satlab.sim.TrainNetText;
import satlab.sim.TrainText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import satlab.engine.Activation;
import satlab.sim.Bias;
import satlab.sim.Glyphs;
import satlab.sim.Init;
import satlab.sim.InputDistribution;
import satlab.sim.Network;
import satlab.sim.NetworkConfig;
import satlab.sim.NetworkSettings;
import satlab.sim.NetworkText;

/** `satlab network`: push random inputs through a stack of layers and tabulate saturation per layer. */
@Command(
        name = "network",
        mixinStandardHelpOptions = true,
        header = "The layer-stack lab: per-layer saturation, histograms and gradients.",
        description = {
            "Simulate a stack of dense layers on a batch of random inputs and print,",
            "per layer, the spread of z, the share of saturated (or dead) neurons, the",
            "activations as a histogram and how much gradient gets back to the layer."
        },
        footer = {
            "",
            "Examples:",
            "  satlab network --layers 5 --width 500 --init normal:1 --activation sigmoid",
            "  satlab network --init xavier --activation tanh",
            "  satlab network --layers 1 --inputs 1000 --width 1000 --input binary \\",
            "                 --init normal:1 --bias normal:1      (Nielsen's neuron)",
            "",
            "Training (--train): a net of --layers hidden layers of --width and one sigmoid",
            "output learns a generated two-class problem by mini-batch gradient descent;",
            "a table every --every epochs, a chart, the layers and the decision regions.",
            "Defaults for --train: 3 x 32 sigmoid, N(0,1), quadratic, circles, batch 32.",
            "  satlab network --train --data xor --layers 2 --scale 4 --eta 0.1 --epochs 80 \\",
            "                 --compare cost=cross-entropy          (Nielsen's slowdown)",
            "  satlab network --train --init normal:1 --compare init=xavier --activation tanh",
            "  satlab network --train --data blobs --layers 4 --init standard --cost ce \\",
            "                 --eta 1 --epochs 400 --chart activation  (Glorot & Bengio)",
            "",
            "In the tutor, t in the menu (or a lesson's train-net block) trains live:",
            "  Space pause/go on   +/- learning rate   0 restart (same seed)",
            "  i init  </> weight scale  a activation  c cost  d data  s/S seed (restart)",
            "  v side by side: N(0,1) vs Xavier, sigmoid vs tanh, quadratic vs",
            "    cross-entropy   t chart   r the first settings   Esc back"
        })
public final class NetworkCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "5", description = "Number of layers (default ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--width", paramLabel = "N", defaultValue = "100", description = "Neurons per layer (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--inputs", paramLabel = "N", description = "Length of each input vector (default: the width).")
    Integer inputs;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "256", description = "Input vectors in the batch (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--init", paramLabel = "INIT", defaultValue = "normal:1", converter = SimOptions.InitConverter.class,
            description = "Weights: normal:SD, uniform:R, lecun, xavier or he (default ${DEFAULT-VALUE}).")
    Init init;

    @Option(names = "--bias", paramLabel = "BIAS", defaultValue = "zero", converter = SimOptions.BiasConverter.class,
            description = "Biases: zero or normal:SD (Nielsen uses normal:1) (default ${DEFAULT-VALUE}).")
    Bias bias;

    @Option(names = "--input", paramLabel = "DIST", defaultValue = "uniform", converter = SimOptions.InputConverter.class,
            description = "Inputs: uniform[:LO,HI], normal[:MEAN,SD] or binary[:FRACTION_ON] (default ${DEFAULT-VALUE}, i.e. U(0,1)).")
    InputDistribution input;

    @Option(names = "--activation", paramLabel = "F", defaultValue = "sigmoid", converter = SimOptions.ActivationConverter.class,
            description = "sigmoid, tanh or relu (default ${DEFAULT-VALUE}).")
    Activation activation;

    @Option(names = "--centre", description = "Sigmoid only: every layer outputs sigmoid(z) - 0.5, the zero-centred"
            + " sigmoid (= tanh(z/2)/2).")
    boolean centre;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Count |z| > T as saturated (default 5 for sigmoid, 2.5 for tanh; relu counts z <= 0 as dead).")
    Double threshold;

    @Option(names = "--bins", paramLabel = "K", defaultValue = "10", description = "Histogram bins (default ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--histograms", paramLabel = "STYLE", defaultValue = "compact",
            description = "compact (one line per layer), bars (one line per bin) or none (default ${DEFAULT-VALUE}).")
    String histograms;

    @Option(names = "--ascii", description = "Draw with ASCII characters only.")
    boolean ascii;

    @Option(names = "--train", description = "Train the net on a generated data set instead (the training playground).")
    boolean train;

    @Option(names = "--data", paramLabel = "SET", description = "--train: blobs, xor, circles or spirals (default circles).")
    String data;

    @Option(names = "--points", paramLabel = "N", description = "--train: training points (default 400; a quarter more for testing).")
    String points;

    @Option(names = "--noise", paramLabel = "SD", description = "--train: noise on every coordinate (default 0.05).")
    String noise;

    @Option(names = "--scale", paramLabel = "K", description = "--train: multiply every initial weight by K (default 1).")
    String scale;

    @Option(names = "--cost", paramLabel = "COST", description = "--train: quadratic or cross-entropy (default quadratic).")
    String cost;

    @Option(names = "--eta", paramLabel = "ETA", description = "--train: learning rate (default 0.5).")
    String eta;

    @Option(names = "--epochs", paramLabel = "N", description = "--train: epochs (default 100).")
    String epochs;

    @Option(names = "--compare", paramLabel = "KEY=VALUE",
            description = "--train: a second run differing in one setting: init=xavier, activation=tanh, cost=cross-entropy, scale=1, ...")
    String compare;

    @Option(names = "--chart", paramLabel = "WHAT", description = "--train: loss, accuracy, saturated or activation (default: loss; accuracy when the costs differ).")
    String chart;

    @Option(names = "--every", paramLabel = "N", description = "--train: a table row every N epochs (default: about ten rows).")
    String every;

    @Override
    public Integer call() {
        if (train) return train();
        NetworkConfig config;
        NetworkText.Histograms style;
        try {
            style = NetworkText.Histograms.parse(histograms);
            config = NetworkSettings.config(layers, width, inputs, batch, input, init, bias, activation, threshold,
                    bins, seed).withCentred(centre);
        } catch (IllegalArgumentException e) {
            // The settings' messages name them as a lesson does; here they are options.
            String m = e.getMessage();
            boolean option = m.startsWith("threshold ") || m.startsWith("histograms ") || m.startsWith("centre ");
            throw new ParameterException(spec.commandLine(), option ? "--" + m : m);
        }
        PrintWriter out = spec.commandLine().getOut();
        NetworkText.report(Network.run(config), style, ascii ? Glyphs.ASCII : Glyphs.UNICODE).forEach(out::println);
        out.flush();
        return 0;
    }

    /** The training playground: the options shared with the lab, then the training ones, each checked by name. */
    private Integer train() {
        var parsed = spec.commandLine().getParseResult();
        List<String[]> given = new ArrayList<>();
        if (parsed.hasMatchedOption("--layers")) given.add(new String[] {"layers", String.valueOf(layers)});
        if (parsed.hasMatchedOption("--width")) given.add(new String[] {"width", String.valueOf(width)});
        if (parsed.hasMatchedOption("--batch")) given.add(new String[] {"batch", String.valueOf(batch)});
        if (parsed.hasMatchedOption("--seed")) given.add(new String[] {"seed", String.valueOf(seed)});
        if (parsed.hasMatchedOption("--init")) given.add(new String[] {"init", init.spec()});
        if (parsed.hasMatchedOption("--activation")) given.add(new String[] {"activation", activation.displayName()});
        if (threshold != null) given.add(new String[] {"threshold", String.valueOf(threshold)});
        String[][] own = {{"data", data}, {"points", points}, {"noise", noise}, {"scale", scale}, {"cost", cost},
            {"eta", eta}, {"epochs", epochs}, {"compare", compare}, {"chart", chart}, {"every", every}};
        for (String[] kv : own) if (kv[1] != null) given.add(kv);
        for (String lab : new String[] {"--inputs", "--input", "--bias", "--bins", "--histograms"}) {
            if (parsed.hasMatchedOption(lab)) {
                throw new ParameterException(spec.commandLine(), lab + " belongs to the layer-stack lab, not to --train"
                        + " (the inputs are the data set's two coordinates; biases start at 0)");
            }
        }
        TrainNetSettings settings = new TrainNetSettings();
        List<TrainNetConfig> configs;
        try {
            for (String[] kv : given) settings.set(kv[0], kv[1]);
            configs = settings.configs();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--train: " + e.getMessage());
        }
        List<TrainNetResult> runs = new ArrayList<>();
        for (TrainNetConfig c : configs) runs.add(NetTraining.run(c));
        PrintWriter out = spec.commandLine().getOut();
        int columns = Math.max(60, Math.min(120, PlotCommand.terminalWidth(System.getenv("COLUMNS"))));
        int step = settings.every().orElse(TrainText.defaultStep(configs.get(0).epochs()));
        out.print(TrainNetReport.render(runs, settings.chart(), ascii ? Tier.ASCII : Tier.UNICODE, columns, step));
        out.flush();
        return 0;
    }
}
