package satlab.cli;

import java.io.PrintWriter;
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
            "                 --init normal:1 --bias normal:1      (Nielsen's neuron)"
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

    @Override
    public Integer call() {
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
}
