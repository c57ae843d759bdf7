package satlab.line;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntSupplier;
import satlab.engine.Activation;
import java.util.concurrent.atomic.AtomicReference;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Names;
import satlab.engine.Interpreter;
import satlab.engine.Neuron;
import satlab.engine.Value;
import satlab.lesson.Wrap;
import satlab.plot.PlotOptions;
import satlab.plot.Plotter;
import satlab.plot.Series;
import satlab.plot.Tier;
import satlab.sim.Glyphs;
import satlab.sim.Network;
import satlab.sim.NetworkResult;
import satlab.sim.NetworkSettings;
import satlab.sim.NetworkText;
import satlab.sim.NetTraining;
import satlab.sim.TrainNetConfig;
import satlab.sim.TrainNetResult;
import satlab.sim.TrainNetSettings;
import satlab.sim.TrainNetText;
import satlab.sim.TrainResult;
import satlab.sim.TrainSettings;
import satlab.sim.TrainText;
import satlab.sim.Trainer;

/** The REPL's colon commands: :plot, :neuron, :network, :train, :vars, :help, :quit. */
final class ReplCommands {

    private final Interpreter interpreter;
    private final PrintWriter out;
    private final IntSupplier width;
    private final Function<EngineError, String> errorText;
    private final boolean unicode;
    /** How results are shown; :digits changes it for this session. */
    private final AtomicReference<Format.Precision> precision;

    /** @param unicode the terminal takes UTF-8, so charts may use blocks and braille (--ascii still refuses) */
    ReplCommands(Interpreter interpreter, PrintWriter out, IntSupplier width, Function<EngineError, String> errorText,
            boolean unicode, AtomicReference<Format.Precision> precision) {
        this.precision = precision;
        this.interpreter = interpreter;
        this.out = out;
        this.width = width;
        this.errorText = errorText;
        this.unicode = unicode;
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
            List<ColonCommand> close = ColonCommand.startingWith(word);
            if (close.size() > 1) {
                out.println("'" + word + "' could be " + String.join(" or ", close.stream().map(ColonCommand::word)
                        .toList()) + "; type more of the name");
            } else {
                out.println("unknown command '" + word + "'; the commands are " + String.join(", ",
                        java.util.Arrays.stream(ColonCommand.values()).map(ColonCommand::word).toList()));
            }
            return true;
        }
        switch (command.get()) {
            case PLOT -> plot(line.stripTrailing(), space);
            case NEURON -> neuron(args);
            case NETWORK -> simulate(line.stripTrailing(), space, command.get());
            case TRAIN -> simulate(line.stripTrailing(), space, command.get());
            case VARS -> out.println(Repl.describe(interpreter.variables(), precision.get()));
            case DIGITS -> digits(args);
            case HELP -> help();
            case QUIT -> {
                return false;
            }
        }
        return true;
    }

    private void digits(String args) {
        String a = args.strip().toLowerCase(java.util.Locale.ROOT);
        if (a.isEmpty()) {
            Format.Precision p = precision.get();
            out.println(p.exact() ? "results show every digit (:digits default for 4)"
                    : "results show " + p.digits() + " significant digits (:digits N, :digits exact)");
        } else if (a.equals("exact")) {
            precision.set(Format.Precision.EXACT);
            out.println("results now show every digit (the shortest decimal that reads back as the same number)");
        } else if (a.equals("default")) {
            precision.set(Format.Precision.DEFAULT);
            out.println("results now show 4 significant digits");
        } else if (a.matches("[0-9]{1,2}") && Integer.parseInt(a) >= 1 && Integer.parseInt(a) <= Format.MAX_DIGITS) {
            precision.set(Format.Precision.digits(Integer.parseInt(a)));
            out.println("results now show " + a + " significant digits");
        } else {
            out.println(":digits takes a number from 1 to " + Format.MAX_DIGITS + ", 'exact' or 'default', got '"
                    + Names.shown(args.strip()) + "'");
        }
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

    /** :network and :train: options as on the command line, output as the command prints it. */
    private void simulate(String line, int argsAt, ColonCommand command) {
        boolean network = command == ColonCommand.NETWORK;
        List<String> names = options(command);
        try {
            // --centre alone switches the centred sigmoid on, as on the command line (--centre=no also works).
            List<String> flags = network ? List.of("ascii", "help", "train", "centre") : List.of("ascii", "help");
            SimArgs args = SimArgs.parse(line, argsAt, names, flags, command.word());
            if (args.options().stream().anyMatch(o -> o.name().equals("help"))) {
                simHelp(command, names);
                return;
            }
            boolean ascii = !unicode || args.options().stream().anyMatch(o -> o.name().equals("ascii"));
            if (network && args.options().stream().anyMatch(o -> o.name().equals("train"))) trainNet(line, args, ascii);
            else if (network) network(line, args, ascii);
            else train(line, args, ascii);
        } catch (EngineError e) {
            out.println(errorText.apply(e));
        } catch (IllegalArgumentException e) {
            // The settings fit one by one but not together (too many weights, a threshold for relu).
            out.println(command.word() + ": " + e.getMessage());
        }
    }

    /** The options of :network or :train that take a value (none for the other commands). */
    static List<String> options(ColonCommand command) {
        List<String> names = new ArrayList<>();
        if (command == ColonCommand.NETWORK) {
            names.addAll(NetworkSettings.KEYS);
            names.add("histograms");
            for (String k : TrainNetSettings.KEYS) if (!names.contains(k)) names.add(k);
        } else if (command == ColonCommand.TRAIN) {
            names.addAll(TrainSettings.KEYS);
        }
        return names;
    }

    private void network(String line, SimArgs args, boolean ascii) {
        NetworkSettings settings = new NetworkSettings();
        NetworkText.Histograms style = NetworkText.Histograms.COMPACT;
        for (SimArgs.Option o : args.options()) {
            try {
                if (o.name().equals("histograms")) style = NetworkText.Histograms.parse(o.value());
                else if (o.name().equals("centre") && o.value().isEmpty()) settings.set("centre", "yes");
                else if (!o.value().isEmpty()) settings.set(o.name(), o.value());
            } catch (IllegalArgumentException e) {
                throw SimArgs.badValue(line, o, e.getMessage());
            }
        }
        NetworkResult result = Network.run(settings.config());
        int w = width.getAsInt() - 1;
        for (String l : NetworkText.report(result, style, ascii ? Glyphs.ASCII : Glyphs.UNICODE, w)) {
            if (l.length() <= w) out.println(l);
            else say("", l);
        }
    }

    /** :network --train: the training playground, laid out for 72 columns (or a narrower terminal). */
    private void trainNet(String line, SimArgs args, boolean ascii) {
        TrainNetSettings settings = new TrainNetSettings();
        for (SimArgs.Option o : args.options()) {
            if (o.value().isEmpty()) continue;
            if (!TrainNetSettings.KEYS.contains(o.name())) {
                throw SimArgs.badValue(line, o, "--" + o.name() + " belongs to the layer-stack lab, not to --train");
            }
            try {
                settings.set(o.name(), o.value());
            } catch (IllegalArgumentException e) {
                throw SimArgs.badValue(line, o, e.getMessage());
            }
        }
        List<TrainNetConfig> configs = settings.configs();
        List<TrainNetResult> runs = configs.stream().map(NetTraining::run).toList();
        int w = Math.max(60, Math.min(TrainNetText.WIDTH, width.getAsInt()));
        int step = settings.every().orElse(TrainText.defaultStep(configs.get(0).epochs()));
        out.print(TrainNetReport.render(runs, settings.chart(), ascii ? Tier.ASCII : Tier.UNICODE, w, step));
    }

    private void train(String line, SimArgs args, boolean ascii) {
        TrainSettings settings = new TrainSettings();
        for (SimArgs.Option o : args.options()) {
            try {
                if (!o.value().isEmpty()) settings.set(o.name(), o.value());
            } catch (IllegalArgumentException e) {
                throw SimArgs.badValue(line, o, e.getMessage());
            }
        }
        List<TrainResult> runs = settings.configs().stream().map(Trainer::run).toList();
        int epochs = runs.get(0).config().epochs();
        int step = settings.every().orElse(TrainText.defaultStep(epochs));
        int w = Math.max(PlotOptions.MIN_WIDTH, Math.min(width.getAsInt() - 1, PlotOptions.MAX_WIDTH));
        out.print(TrainReport.render(runs, settings.chart(), ascii ? Tier.ASCII : Tier.UNICODE, w, 16, step));
    }

    private void simHelp(ColonCommand command, List<String> names) {
        out.println("  " + command.usage());
        say("      ", command.summary());
        say("  ", "Options: --" + String.join(", --", names) + ", --ascii"
                + (command == ColonCommand.NETWORK ? ", --train" : "") + ". Values are written as for satlab "
                + command.word().substring(1) + " (satlab " + command.word().substring(1) + " --help explains each).");
        say("  ", command == ColonCommand.NETWORK
                ? "Example: :network --layers 5 --width 500 --init xavier --activation tanh; with --train it trains"
                        + " a net instead: :network --train --data xor --scale 4 --compare cost=cross-entropy"
                : "Example: :train --start 2,2 --compare 0.6,0.9 --epochs 300");
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
