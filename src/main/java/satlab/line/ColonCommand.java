package satlab.line;

import java.util.Locale;
import java.util.Optional;

/** The REPL's own commands, typed with a leading colon so they never clash with a variable. */
enum ColonCommand {
    PLOT(":plot", "EXPR ... [--from A] [--to B] [--mark Z]",
            "plot expressions of z (commas or spaces between them), e.g. :plot sigmoid(z) dsigmoid(z)"),
    NEURON(":neuron", "[sigmoid|tanh|relu]",
            "report the neuron with weights w, inputs a and bias b (threshold from the variable 'threshold' if set)"),
    NETWORK(":network", "[--layers L] [--width N] [--init INIT] [--activation F] [--OPTION VALUE ...]",
            "simulate a stack of layers and print the per-layer table, as satlab network does"
                    + " (:network --help lists the options)"),
    TRAIN(":train", "[--start W,B] [--cost COST] [--compare W,B] [--compare-cost COST] [--OPTION VALUE ...]",
            "train Nielsen's one neuron and print the learning curves and a table, as satlab train does"
                    + " (:train --help lists the options)"),
    VARS(":vars", "", "list the variables and their values"),
    DIGITS(":digits", "[N|exact|default]",
            "show results with N significant digits (1 to 17), every digit (exact), or the default 4"),
    HELP(":help", "", "this help, and every function"),
    QUIT(":quit", "", "leave (Ctrl-D does the same)");

    private final String word;
    private final String arguments;
    private final String summary;

    ColonCommand(String word, String arguments, String summary) {
        this.word = word;
        this.arguments = arguments;
        this.summary = summary;
    }

    String word() {
        return word;
    }

    String usage() {
        return arguments.isEmpty() ? word : word + " " + arguments;
    }

    String summary() {
        return summary;
    }

    /** The commands whose word starts with what was typed. */
    static java.util.List<ColonCommand> startingWith(String typed) {
        String w = typed.toLowerCase(Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(c -> w.length() > 1 && c.word.startsWith(w)).toList();
    }

    /** The command a word names: exact, or an unambiguous prefix (":q", ":p"). */
    static Optional<ColonCommand> find(String typed) {
        String w = typed.toLowerCase(Locale.ROOT);
        ColonCommand match = null;
        for (ColonCommand c : values()) {
            if (c.word.equals(w)) return Optional.of(c);
            if (w.length() > 1 && c.word.startsWith(w)) {
                if (match != null) return Optional.empty();
                match = c;
            }
        }
        return Optional.ofNullable(match);
    }
}
