package satlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import satlab.engine.Activation;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Neuron;
import satlab.engine.Rng;

@Command(
        name = "neuron",
        mixinStandardHelpOptions = true,
        description = {
            "Report one neuron: z = w.a + b, its output, its local gradient and whether it is saturated.",
            "",
            "Example (the Q&A's cancelling weights):",
            "  satlab neuron --weights 1000,1000 --inputs 1,-0.99",
        })
final class NeuronCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = {"-w", "--weights"}, required = true, paramLabel = "LIST",
            description = "Weights, comma- or space-separated; each may be an expression (1/sqrt(2)).")
    String weights;

    @Option(names = {"-a", "--inputs"}, required = true, paramLabel = "LIST",
            description = "Activations from the previous layer, as many as weights.")
    String inputs;

    @Option(names = {"-b", "--bias"}, defaultValue = "0", paramLabel = "EXPR", description = "Bias (default ${DEFAULT-VALUE}).")
    String bias;

    @Option(names = "--activation", defaultValue = "sigmoid", paramLabel = "NAME",
            description = "sigmoid, tanh or relu (default ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = {"-t", "--threshold"}, paramLabel = "T",
            description = "Saturated when |z| > T (default 5 for sigmoid, 2.5 for tanh).")
    Double threshold;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Interpreter interpreter = new Interpreter(new Rng(0));
        Activation act;
        try {
            act = Activation.parse(activation);
        } catch (IllegalArgumentException e) {
            err.println("satlab neuron: --activation: " + e.getMessage());
            return 2;
        }
        double[] w = field(interpreter, "--weights", weights, err);
        double[] a = field(interpreter, "--inputs", inputs, err);
        double[] b = field(interpreter, "--bias", bias, err);
        if (w == null || a == null || b == null) return 1;
        if (b.length != 1) {
            err.println("satlab neuron: --bias takes one number, got " + b.length);
            return 2;
        }
        if (w.length != a.length) {
            err.println("satlab neuron: " + w.length + " weights but " + a.length
                    + " inputs; give one input per weight");
            return 2;
        }
        double t = threshold != null ? threshold : Neuron.defaultThreshold(act);
        if (!(t >= 0)) {
            err.println("satlab neuron: --threshold must be 0 or more, got " + Format.number(t));
            return 2;
        }
        Neuron.Report r = new Neuron(w, a, b[0], act, t).report();
        if (!Double.isFinite(r.z())) {
            // The engine's rule for results that leave the real numbers: an error, not "z = inf".
            err.println("satlab neuron: z = w·a + b is too large for a number (beyond ±1.8e308);"
                    + " use smaller --weights or --inputs");
            return 1;
        }
        String f = act.displayName();
        out.println("z           = " + Format.number(r.z()));
        out.println(pad(f + "(z)") + "= " + Format.number(r.output()));
        out.println(pad(f + "'(z)") + "= " + Format.number(r.gradient()));
        out.println("% of peak   = " + Format.percent(r.gradientPercent()));
        out.println("verdict     = " + r.verdict() + (act == Activation.RELU ? " (dead when z <= 0)"
                : " (threshold |z| > " + Format.number(r.threshold()) + ")"));
        out.println();
        out.println(r.explanation());
        return 0;
    }

    private static String pad(String s) {
        return String.format("%-12s", s);
    }

    private static double[] field(Interpreter interpreter, String option, String text, PrintWriter err) {
        try {
            return interpreter.numbers(text);
        } catch (EngineError e) {
            err.println("satlab neuron: " + option + ":");
            err.println(e.withCaret());
            return null;
        }
    }
}
