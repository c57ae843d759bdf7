package satlab.line;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import satlab.engine.Activation;
import satlab.engine.EngineError;
import satlab.engine.Interpreter;
import satlab.engine.Neuron;
import satlab.engine.Value;
import satlab.lesson.Wrap;
import satlab.plot.PlotOptions;
import satlab.plot.Plotter;
import satlab.plot.Series;
import satlab.plot.Tier;

/** The REPL's colon commands: :plot, :neuron, :vars, :help, :quit. */
final class ReplCommands {

    private final Interpreter interpreter;
    private final PrintWriter out;
    private final IntSupplier width;
    private final Function<EngineError, String> errorText;

    ReplCommands(Interpreter interpreter, PrintWriter out, IntSupplier width, Function<EngineError, String> errorText) {
        this.interpreter = interpreter;
        this.out = out;
        this.width = width;
        this.errorText = errorText;
    }

    /**
     * Runs one command line (its first non-blank character is ':'), as typed, so
     * error carets line up with the echoed input; false when the REPL should stop.
     */
    boolean run(String line) {
        int start = line.indexOf(':');
        int space = firstSpace(line, start);
        String word = line.substring(start, space);
        String args = line.substring(space).strip();
        Optional<ColonCommand> command = ColonCommand.find(word);
        if (command.isEmpty()) {
            out.println("unknown command '" + word + "'; the commands are :plot, :neuron, :vars, :help and :quit");
            return true;
        }
        switch (command.get()) {
            case PLOT -> plot(line.stripTrailing(), space);
            case NEURON -> neuron(args);
            case VARS -> out.println(Repl.describe(interpreter.variables()));
            case HELP -> help();
            case QUIT -> {
                return false;
            }
        }
        return true;
    }

    private static int firstSpace(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) return i;
        }
        return line.length();
    }

    private void plot(String line, int argsAt) {
        try {
            PlotRequest request = PlotRequest.parse(line, argsAt, interpreter);
            List<Series> series = new ArrayList<>();
            for (Brackets.Part p : request.expressions()) {
                series.add(new Series(p.text(), PlotRequest.compile(interpreter, line, p)));
            }
            int w = Math.min(width.getAsInt(), PlotOptions.MAX_WIDTH);
            PlotOptions options = request.apply(PlotOptions.defaults())
                    .withSize(w, 20)
                    .withTier(Tier.ASCII);
            out.print(Plotter.render(series, options).text());
        } catch (EngineError e) {
            out.println(errorText.apply(e));
        }
    }

    private void neuron(String args) {
        Activation activation = Activation.SIGMOID;
        if (!args.isEmpty()) {
            try {
                activation = Activation.parse(args);
            } catch (IllegalArgumentException e) {
                out.println(":neuron: " + e.getMessage());
                return;
            }
        }
        List<String> problems = new ArrayList<>();
        double[] w = vector("w", "the weights, e.g. w = [1000, 1000]", problems);
        double[] a = vector("a", "the inputs, e.g. a = [1, -0.99]", problems);
        Value bias = interpreter.variables().get("b");
        double b = 0;
        if (bias instanceof Value.Num n) {
            b = n.value();
        } else if (bias != null) {
            problems.add("b must be a number (the bias), but it is a " + bias.typeName());
        }
        double threshold = activation.defaultThreshold();
        Value t = interpreter.variables().get("threshold");
        if (t instanceof Value.Num n && n.value() >= 0) {
            threshold = n.value();
        } else if (t != null) {
            problems.add("threshold must be a number of 0 or more, but it is " + t);
        }
        if (w != null && a != null && w.length != a.length) {
            problems.add("w has " + w.length + " entries but a has " + a.length + "; give one input per weight");
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> out.println(":neuron: " + p));
            return;
        }
        if (bias == null) out.println("(b is not set; using b = 0)");
        Neuron.Report report = new Neuron(w, a, b, activation, threshold).report();
        NeuronText.lines(report, width.getAsInt() - 1).forEach(out::println);
    }

    private double[] vector(String name, String what, List<String> problems) {
        Value v = interpreter.variables().get(name);
        if (v == null) {
            problems.add(name + " is not set: assign " + what);
            return null;
        }
        if (v instanceof Value.Vec vec) return vec.toArray();
        if (v instanceof Value.Num n) return new double[] {n.value()};
        problems.add(name + " must be a number or a vector, but it is a " + v.typeName());
        return null;
    }

    private void help() {
        say("", "Type an expression to evaluate it; name = expression assigns a variable.");
        say("", "Example: w = [1000, 1000], then a = [1, -0.99], then dsigmoid(dot(w, a)).");
        out.println();
        out.println("Commands:");
        for (ColonCommand c : ColonCommand.values()) {
            out.println("  " + c.usage());
            say("      ", c.summary());
        }
        out.println();
        Repl.keyHelp().forEach(k -> say("", k));
        out.println();
        out.println("Functions:");
        Interpreter.functionHelp().forEach(h -> say("  ", h));
        out.println("Constants: " + String.join(", ", Interpreter.constantNames()));
    }

    /** Text wrapped to the terminal, every line behind the indent. */
    private void say(String indent, String text) {
        int room = Math.max(20, width.getAsInt() - 1 - indent.length());
        Wrap.text(text, room).forEach(line -> out.println(indent + line));
    }
}
