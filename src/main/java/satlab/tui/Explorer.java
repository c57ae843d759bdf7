package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import satlab.engine.Activation;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Neuron;
import satlab.engine.Rng;

/**
 * The neuron explorer's state and its pure update: five fields (weights, inputs,
 * bias, activation, threshold), the last valid result, and one inline error per
 * field. A bad field never clears the result: the learner keeps seeing the last
 * neuron that made sense while fixing the typo.
 */
public record Explorer(
        String title,
        List<TextField> fields,
        int focus,
        boolean editing,
        Result result,
        List<FieldError> errors,
        List<String> original,
        int sigmaStep,
        long seed,
        String note) {

    public static final int WEIGHTS = 0, INPUTS = 1, BIAS = 2, ACTIVATION = 3, THRESHOLD = 4;
    public static final List<String> LABELS = List.of("weights", "inputs", "bias", "activation", "threshold");

    /** The spreads `r` can draw weights with; + and - step along this ladder. */
    static final double[] SIGMAS = {0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000};
    private static final int SIGMA_ONE = 4;

    /** The neuron as last computed from fields that all made sense. */
    public record Result(double[] weights, double[] inputs, double bias, Activation activation, Neuron.Report report) {}

    /** A field's error: where (offset, length within the field's text) and what. */
    public record FieldError(int offset, int length, String message) {}

    /**
     * Opens an explorer on the given values (a lesson's neuron block, or a free
     * explorer). The threshold may be blank: the activation's default then applies.
     */
    public static Explorer open(String title, String weights, String inputs, String bias, String activation,
            String threshold, long seed) {
        List<String> values = List.of(weights, inputs, bias, activation, threshold);
        List<TextField> fields = new ArrayList<>();
        for (String v : values) fields.add(TextField.of(v));
        fields.set(WEIGHTS, fields.get(WEIGHTS).selectAll());
        Explorer e = new Explorer(title, List.copyOf(fields), WEIGHTS, true, null, blankErrors().stream().toList(), values,
                SIGMA_ONE, seed, "");
        return e.evaluate();
    }

    /** A free explorer on the Q&A's neuron: w = (1000, 1000), a = (1, -0.99). */
    public static Explorer free(long seed) {
        return open("Free explorer", "1000, 1000", "1, -0.99", "0", "sigmoid", "", seed);
    }

    public double sigma() {
        return SIGMAS[sigmaStep];
    }

    public FieldError error(int field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return errors.stream().anyMatch(e -> e != null);
    }

    /** One key: Esc outside a field closes the explorer; keys it does not use leave it unchanged. */
    public Step<Explorer> update(Key key) {
        if (key.type() == Key.Type.ESC && !editing) return Step.close(this);
        return Step.stay(key(key));
    }

    private Explorer key(Key key) {
        if (editing) return editKey(key);
        switch (key.type()) {
            case TAB, ENTER, DOWN -> {
                return key.type() == Key.Type.DOWN ? withFocus(focus + 1, false) : startEditing();
            }
            case BACK_TAB, UP -> {
                return withFocus(focus - 1, false);
            }
            default -> { }
        }
        if (key.type() != Key.Type.CHAR) return this;
        return switch (key.ch()) {
            case 'j' -> withFocus(focus + 1, false);
            case 'k' -> withFocus(focus - 1, false);
            case 'i' -> startEditing();
            case 'r' -> randomise("N(0, " + Format.number(sigma()) + "²)", sigma());
            case 'x' -> randomise("Xavier N(0, 2/(n+1))", Math.sqrt(2.0 / (fanIn() + 1)));
            case 'h' -> randomise("He N(0, 2/n)", Math.sqrt(2.0 / fanIn()));
            case '0' -> restore();
            case '+', ']' -> withSigmaStep(sigmaStep + 1);
            case '-', '[' -> withSigmaStep(sigmaStep - 1);
            default -> this;
        };
    }

    private Explorer editKey(Key key) {
        switch (key.type()) {
            case ESC -> {
                return new Explorer(title, deselectAll(), focus, false, result, errors, original, sigmaStep, seed, "");
            }
            case TAB, ENTER, DOWN -> {
                return withFocus(focus + 1, true);
            }
            case BACK_TAB, UP -> {
                return withFocus(focus - 1, true);
            }
            default -> { }
        }
        TextField edited = fields.get(focus).edit(key);
        if (edited == null) return this;
        List<TextField> next = new ArrayList<>(fields);
        next.set(focus, edited);
        return new Explorer(title, List.copyOf(next), focus, true, result, errors, original, sigmaStep, seed, "")
                .evaluate();
    }

    private List<TextField> deselectAll() {
        return fields.stream().map(TextField::deselect).toList();
    }

    private Explorer startEditing() {
        List<TextField> next = new ArrayList<>(deselectAll());
        next.set(focus, next.get(focus).selectAll());
        return new Explorer(title, List.copyOf(next), focus, true, result, errors, original, sigmaStep, seed, "");
    }

    private Explorer withFocus(int f, boolean edit) {
        int wrapped = Math.floorMod(f, fields.size());
        List<TextField> next = new ArrayList<>(deselectAll());
        if (edit) next.set(wrapped, next.get(wrapped).selectAll());
        return new Explorer(title, List.copyOf(next), wrapped, edit, result, errors, original, sigmaStep, seed, "");
    }

    private Explorer withSigmaStep(int step) {
        int s = Math.max(0, Math.min(SIGMAS.length - 1, step));
        return new Explorer(title, fields, focus, editing, result, errors, original, s, seed,
                "r will draw weights from N(0, " + Format.number(SIGMAS[s]) + "²)");
    }

    private int fanIn() {
        return result == null ? 2 : Math.max(1, result.weights().length);
    }

    private Explorer randomise(String how, double sd) {
        Rng rng = new Rng(seed);
        int n = fanIn();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) text.append(", ");
            text.append(Format.number(rng.nextGaussian() * sd));
        }
        List<TextField> next = new ArrayList<>(deselectAll());
        next.set(WEIGHTS, TextField.of(text.toString()));
        Explorer e = new Explorer(title, List.copyOf(next), focus, false, result, errors, original, sigmaStep,
                rng.nextLong(), "");
        e = e.evaluate();
        String outcome = e.result == null ? "" : String.format(Locale.ROOT, ": |z| = %s",
                Format.number(Math.abs(e.result.report().z())));
        return e.withNote(n + " weights from " + how + outcome);
    }

    private Explorer restore() {
        List<TextField> next = original.stream().map(TextField::of).toList();
        return new Explorer(title, next, focus, false, result, errors, original, sigmaStep, seed, "")
                .evaluate().withNote("restored the starting values");
    }

    private Explorer withNote(String n) {
        return new Explorer(title, fields, focus, editing, result, errors, original, sigmaStep, seed, n);
    }

    /** Recomputes the neuron from the fields; errors land on their fields, the last good result stays. */
    Explorer evaluate() {
        Interpreter interpreter = new Interpreter(new Rng(seed));
        List<FieldError> errs = blankErrors();
        double[] w = list(interpreter, WEIGHTS, errs);
        double[] a = list(interpreter, INPUTS, errs);
        double[] b = list(interpreter, BIAS, errs);
        if (b != null && b.length != 1) {
            errs.set(BIAS, whole(BIAS, "the bias is one number, got " + b.length));
            b = null;
        }
        Activation act = null;
        String actText = text(ACTIVATION);
        try {
            act = Activation.parse(actText);
        } catch (IllegalArgumentException ex) {
            errs.set(ACTIVATION, whole(ACTIVATION, ex.getMessage()));
        }
        Double threshold = null;
        if (text(THRESHOLD).isBlank()) {
            if (act != null) threshold = Neuron.defaultThreshold(act);
        } else {
            double[] t = list(interpreter, THRESHOLD, errs);
            if (t != null && (t.length != 1 || !(t[0] >= 0) || Double.isInfinite(t[0]))) {
                errs.set(THRESHOLD, whole(THRESHOLD, "the threshold is one number ≥ 0 (blank: the default)"));
            } else if (t != null) {
                threshold = t[0];
            }
        }
        if (w != null && a != null && w.length != a.length) {
            errs.set(INPUTS, whole(INPUTS, a.length + " inputs for " + w.length
                    + " weights: give one input per weight"));
            a = null;
        }
        Result r = result;
        if (w != null && a != null && b != null && act != null && threshold != null) {
            Neuron.Report report = new Neuron(w, a, b[0], act, threshold).report();
            r = new Result(w, a, b[0], act, report);
        }
        // Stream.toList keeps the nulls that mean "no error in this field".
        return new Explorer(title, fields, focus, editing, r, errs.stream().toList(), original, sigmaStep, seed,
                note);
    }

    private String text(int field) {
        return fields.get(field).text();
    }

    private double[] list(Interpreter interpreter, int field, List<FieldError> errs) {
        String t = text(field);
        if (t.isBlank()) {
            errs.set(field, new FieldError(0, 1, "type a number (expressions such as 1/sqrt(2) work)"));
            return null;
        }
        try {
            double[] v = interpreter.numbers(t);
            for (double x : v) {
                if (!Double.isFinite(x)) {
                    errs.set(field, whole(field, "a value is not a finite number (" + Format.number(x) + ")"));
                    return null;
                }
            }
            return v;
        } catch (EngineError ex) {
            errs.set(field, new FieldError(ex.offset(), ex.length(), ex.getMessage()));
            return null;
        }
    }

    private FieldError whole(int field, String message) {
        return new FieldError(0, Math.max(1, text(field).length()), message);
    }

    private static List<FieldError> blankErrors() {
        List<FieldError> l = new ArrayList<>();
        for (int i = 0; i < LABELS.size(); i++) l.add(null);
        return l;
    }
}
