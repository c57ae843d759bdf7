package satlab.line;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import satlab.engine.EngineError;
import satlab.engine.Interpreter;
import satlab.plot.PlotOptions;

/**
 * The arguments of {@code :plot EXPR ... [--from A] [--to B] [--mark Z]}. Several
 * expressions are separated by commas, or by spaces when the whole text is not one
 * expression ({@code sigmoid(z) dsigmoid(z)} is two, {@code 2 * z} is one). Option
 * values are expressions too ({@code --mark dot(w, a)}). Every position, in errors
 * too, is an offset into the whole command line so carets land under the input.
 */
record PlotRequest(List<Brackets.Part> expressions, OptionalDouble from, OptionalDouble to, OptionalDouble mark) {

    static final List<String> DEFAULTS = List.of("sigmoid(z)", "dsigmoid(z)");

    static PlotRequest parse(String line, int argsAt, Interpreter interpreter) {
        String args = line.substring(argsAt);
        List<Brackets.Part> words = Brackets.splitSpaces(args);
        int optionsAt = args.length();
        OptionalDouble from = OptionalDouble.empty();
        OptionalDouble to = OptionalDouble.empty();
        OptionalDouble mark = OptionalDouble.empty();
        for (int i = 0; i < words.size(); i++) {
            Brackets.Part word = words.get(i);
            if (!word.text().startsWith("--")) {
                if (optionsAt < args.length()) {
                    throw error(line, argsAt + word.offset(), word.text().length(),
                            "put the expressions before the options");
                }
                continue;
            }
            optionsAt = Math.min(optionsAt, word.offset());
            if (i + 1 >= words.size()) {
                throw error(line, argsAt + word.offset(), word.text().length(), word.text() + " needs a value");
            }
            if (!List.of("--from", "--to", "--mark").contains(word.text())) {
                throw error(line, argsAt + word.offset(), word.text().length(),
                        "unknown option " + word.text() + "; :plot takes --from, --to and --mark");
            }
            Brackets.Part value = words.get(++i);
            OptionalDouble number = OptionalDouble.of(
                    number(interpreter, line, new Brackets.Part(value.text(), argsAt + value.offset())));
            switch (word.text()) {
                case "--from" -> from = number;
                case "--to" -> to = number;
                default -> mark = number;
            }
        }
        List<Brackets.Part> expressions = expressions(args.substring(0, optionsAt), argsAt, interpreter, line);
        return new PlotRequest(expressions, from, to, mark);
    }

    PlotOptions apply(PlotOptions options) {
        PlotOptions o = options.withRange(from.orElse(options.from()), to.orElse(options.to()));
        return mark.isPresent() ? o.withMark(mark.getAsDouble()) : o;
    }

    /** Compiles one expression of z, with error positions moved into the command line. */
    static DoubleUnaryOperator compile(Interpreter interpreter, String line, Brackets.Part part) {
        try {
            return interpreter.function(part.text(), "z");
        } catch (EngineError e) {
            throw moved(e, line, part.offset());
        }
    }

    private static List<Brackets.Part> expressions(String text, int base, Interpreter interpreter, String line) {
        List<Brackets.Part> parts = new ArrayList<>();
        if (text.isBlank()) {
            for (String d : DEFAULTS) parts.add(new Brackets.Part(d, -1));
            return parts;
        }
        List<Brackets.Part> pieces = Brackets.hasTopLevelComma(text) ? Brackets.splitCommas(text)
                : wholeOrWords(text, interpreter);
        for (Brackets.Part p : pieces) {
            if (p.text().isEmpty()) throw error(line, base + p.offset(), 1, "an expression is missing here");
            parts.add(new Brackets.Part(p.text(), base + p.offset()));
        }
        return parts;
    }

    private static List<Brackets.Part> wholeOrWords(String text, Interpreter interpreter) {
        List<Brackets.Part> words = Brackets.splitSpaces(text);
        Brackets.Part whole = Brackets.splitCommas(text).get(0);
        if (words.size() < 2) return List.of(whole);
        try {
            interpreter.function(whole.text(), "z");
            return List.of(whole);
        } catch (EngineError e) {
            return e.kind() == EngineError.Kind.SYNTAX ? words : List.of(whole);
        }
    }

    private static double number(Interpreter interpreter, String line, Brackets.Part part) {
        try {
            return interpreter.number(part.text());
        } catch (EngineError e) {
            throw moved(e, line, part.offset());
        }
    }

    private static EngineError moved(EngineError e, String line, int offset) {
        if (offset < 0) return e;
        return new EngineError(e.kind(), e.getMessage(), line, offset + e.offset(), e.length());
    }

    private static EngineError error(String line, int offset, int length, String message) {
        return new EngineError(EngineError.Kind.SYNTAX, message, line, offset, length);
    }
}
