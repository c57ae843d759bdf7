package satlab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.engine.Value;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate an expression and print its value.",
            "With '-' read one expression per line from standard input; assignments carry over.",
            "",
            "Examples:",
            "  satlab eval \"dsigmoid(dot([1000,1000],[1,-0.99]))\"",
            "  satlab eval \"w = [1000, 1000]\"",
            "  printf 'w = [3, 4]\\nsigmoid(dot(w, [1, 1]))\\n' | satlab eval -",
            "  satlab eval --digits 10 \"dsigmoid(10)\"     (4.53958077e-5)",
            "  satlab eval --exact \"0.1 + 0.2\"          (0.30000000000000004, reads back as the same double)",
            "",
            "A result that is not a real number (0/0, ln(-1), an overflow) is an error at the operation.",
        })
final class EvalCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "EXPR", description = "The expression (several words are joined with spaces), or '-' for stdin.")
    List<String> words;

    @Option(names = "--seed", description = "Seed for randn/rand/uniform (default: different every run).")
    Long seed;

    @Option(names = "--functions", description = "List the functions and constants, then exit.")
    boolean listFunctions;

    @Option(names = "--digits", paramLabel = "N", description = "Significant digits to show, 1 to 17 (default 4).")
    Integer digits;

    @Option(names = "--exact", description = "Show every digit: the shortest decimal that reads back as the same double.")
    boolean exact;

    private Format.Precision precision = Format.Precision.DEFAULT;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listFunctions) {
            Interpreter.functionHelp().forEach(out::println);
            out.println("constants: " + String.join(", ", Interpreter.constantNames()));
            return 0;
        }
        if (words == null || words.isEmpty()) {
            err.println("satlab eval: give an expression, e.g. satlab eval \"sigmoid(2)\", or '-' to read stdin");
            err.println("Try 'satlab eval --help' for usage.");
            return 2;
        }
        if (exact && digits != null) {
            err.println("satlab eval: use --digits N or --exact, not both");
            return 2;
        }
        if (digits != null && (digits < 1 || digits > Format.MAX_DIGITS)) {
            err.println("satlab eval: --digits must be from 1 to " + Format.MAX_DIGITS + ", got " + digits);
            return 2;
        }
        if (exact) precision = Format.Precision.EXACT;
        else if (digits != null) precision = Format.Precision.digits(digits);
        Interpreter interpreter = new Interpreter(new Rng(seed != null ? seed : System.nanoTime()));
        if (words.size() == 1 && words.get(0).equals("-")) {
            return evalLines(interpreter, out, err);
        }
        String source = String.join(" ", words);
        try {
            out.println(Format.value(interpreter.run(source), precision));
            return 0;
        } catch (EngineError e) {
            err.println(e.withCaret());
            return 1;
        }
    }

    private int evalLines(Interpreter interpreter, PrintWriter out, PrintWriter err) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int failures = 0;
        int lineNumber = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            try {
                Value v = interpreter.run(line);
                out.println(Format.value(v, precision));
            } catch (EngineError e) {
                failures++;
                out.flush();
                err.println("stdin:" + lineNumber + ":" + e.column() + ":");
                err.println(e.withCaret());
                err.flush();
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
