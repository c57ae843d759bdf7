package satlab.line;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.Consumer;
import satlab.engine.Activation;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Neuron;
import satlab.engine.Rng;
import satlab.engine.Value;
import satlab.lesson.NeuronBlock;

/**
 * The neuron explorer as prompts: weights, inputs, bias and activation, each with
 * its current value in brackets (Enter keeps it), then the neuron report. A bad
 * entry gets a caret under the column and the same prompt again.
 */
final class Explorer {

    /** What the explorer shows, as the learner typed it. */
    record Values(String weights, String inputs, String bias, Activation activation, double threshold) {

        /** The Q&A's neuron: large weights that nearly cancel, still saturated. */
        static final Values QA = new Values("1000, 1000", "1, -0.99", "0", Activation.SIGMOID,
                Activation.SIGMOID.defaultThreshold());

        static Values of(NeuronBlock block) {
            return new Values(block.weights(), block.inputs(), block.bias(), block.activation(), block.threshold());
        }
    }

    private final Prompter prompter;
    private final PrintWriter out;
    private final int width;
    private final Interpreter interpreter = new Interpreter(new Rng(0));

    Explorer(Prompter prompter, PrintWriter out, int width) {
        this.prompter = prompter;
        this.out = out;
        this.width = width;
    }

    /** Prints the values and their report. */
    void show(Values v) {
        try {
            // Evaluated once and shown as numbers: an entry such as randn(2) draws anew each time.
            double[] w = interpreter.numbers(v.weights());
            double[] a = interpreter.numbers(v.inputs());
            double b = interpreter.number(v.bias());
            out.println("Neuron: weights " + new Value.Vec(w) + ", inputs " + new Value.Vec(a) + ", bias "
                    + Format.number(b) + ", " + v.activation().displayName());
            if (w.length != a.length) {
                out.println(lengths(w.length, a.length));
                return;
            }
            NeuronText.lines(new Neuron(w, a, b, v.activation(), v.threshold()).report(), width).forEach(out::println);
        } catch (EngineError e) {
            out.println(e.withCaret());
        }
    }

    /** Asks for new values, starting from {@code v}; empty when the input ended. */
    Optional<Values> explore(Values v) {
        out.println("Neuron explorer: type new values; Enter keeps the one in brackets.");
        Optional<String> weights = field("weights", v.weights(), interpreter::numbers);
        if (weights.isEmpty()) return Optional.empty();
        int count = interpreter.numbers(weights.get()).length;
        Optional<String> inputs;
        while (true) {
            inputs = field("inputs", v.inputs(), interpreter::numbers);
            if (inputs.isEmpty()) return Optional.empty();
            int n = interpreter.numbers(inputs.get()).length;
            if (n == count) break;
            out.println(lengths(count, n));
        }
        Optional<String> bias = field("bias", v.bias(), interpreter::number);
        if (bias.isEmpty()) return Optional.empty();
        Optional<Activation> activation = activation(v.activation());
        if (activation.isEmpty()) return Optional.empty();
        double threshold = activation.get() == v.activation() ? v.threshold() : activation.get().defaultThreshold();
        Values next = new Values(weights.get(), inputs.get(), bias.get(), activation.get(), threshold);
        show(next);
        return Optional.of(next);
    }

    private static String lengths(int weights, int inputs) {
        return weights + (weights == 1 ? " weight" : " weights") + " but " + inputs
                + (inputs == 1 ? " input" : " inputs") + ": give one input per weight.";
    }

    private Optional<String> field(String name, String current, Consumer<String> check) {
        String prompt = name + " [" + current + "]> ";
        while (true) {
            Optional<String> typed = prompter.ask(prompt);
            if (typed.isEmpty()) return typed;
            String text = typed.get().isBlank() ? current : typed.get();
            try {
                check.accept(text);
                return Optional.of(text.strip());
            } catch (EngineError e) {
                boolean typedHere = !typed.get().isBlank();
                out.println(typedHere ? Repl.caret(e, prompt.length(), width + 1) : e.withCaret());
            }
        }
    }

    private Optional<Activation> activation(Activation current) {
        String prompt = "activation [" + current.displayName() + "]> ";
        while (true) {
            Optional<String> typed = prompter.ask(prompt);
            if (typed.isEmpty()) return Optional.empty();
            if (typed.get().isBlank()) return Optional.of(current);
            try {
                return Optional.of(Activation.parse(typed.get().strip()));
            } catch (IllegalArgumentException e) {
                out.println(e.getMessage());
            }
        }
    }
}
