package satlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.engine.Value;

/**
 * Evaluates a quiz's parts for one seed: bindings, templates and the answer, each
 * failing with a {@link QuizError} that says which part and where. Instances use
 * all parts in turn; the checker calls each part separately so that one broken
 * expression does not hide the next.
 */
final class QuizRuntime {

    private final Interpreter interpreter;

    QuizRuntime(double threshold, long seed) {
        this.interpreter = new Interpreter(new Rng(seed));
        interpreter.define("threshold", new Value.Num(threshold));
    }

    static QuizInstance instantiate(QuizBlock quiz, long seed) {
        QuizRuntime r = new QuizRuntime(quiz.threshold(), seed);
        for (int i = 0; i < quiz.lets().size(); i++) r.let(quiz.lets().get(i), i);
        String question = r.fill(quiz.ask(), QuizError.Part.ASK, 0);
        List<QuizBlock.Option> options = new ArrayList<>();
        for (int i = 0; i < quiz.options().size(); i++) {
            QuizBlock.Option o = quiz.options().get(i);
            options.add(new QuizBlock.Option(r.fill(o.text(), QuizError.Part.OPTION, i), o.right(),
                    r.fill(o.feedback(), QuizError.Part.FEEDBACK, i)));
        }
        String hint = r.fill(quiz.hint(), QuizError.Part.HINT, 0);
        String explanation = r.fill(quiz.explain(), QuizError.Part.EXPLAIN, 0);
        Value answer;
        String shown;
        if (quiz.kind() == QuizBlock.Kind.CHOICE) {
            List<Double> right = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).right()) {
                    right.add(i + 1.0);
                    texts.add((i + 1) + ". " + options.get(i).text());
                }
            }
            answer = new Value.Vec(right.stream().mapToDouble(Double::doubleValue).toArray());
            shown = String.join("; ", texts);
        } else {
            answer = r.answer(quiz.kind(), quiz.answer());
            shown = answer instanceof Value.Bool b ? (b.value() ? "yes" : "no") : Format.value(answer);
        }
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String let : quiz.lets()) {
            String name = let.substring(0, let.indexOf('=')).strip();
            Value v = r.interpreter.variables().get(name);
            if (v != null) values.put(name, exact(v));
        }
        String expected = answer instanceof Value.Vec right
                ? java.util.Arrays.stream(right.toArray()).mapToObj(QuizRuntime::exact)
                        .collect(java.util.stream.Collectors.joining(","))
                : exact(answer);
        return new QuizInstance(quiz, seed, question, options, hint, explanation, answer, shown, values, expected);
    }

    /**
     * A value in full precision, for the records instructors read: numbers as Java
     * writes a double (round-trips exactly), whole numbers without ".0", vectors in
     * brackets, booleans as yes/no; a choice quiz's right options as "1,3".
     */
    static String exact(Value v) {
        if (v instanceof Value.Bool b) return b.value() ? "yes" : "no";
        if (v instanceof Value.Num n) return exact(n.value());
        if (v instanceof Value.Vec vec) {
            StringBuilder sb = new StringBuilder("[");
            double[] xs = vec.toArray();
            for (int i = 0; i < xs.length; i++) sb.append(i == 0 ? "" : ", ").append(exact(xs[i]));
            return sb.append(']').toString();
        }
        return Format.value(v);
    }

    static String exact(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return Double.toString(x);
    }

    Interpreter interpreter() {
        return interpreter;
    }

    void let(String binding, int index) {
        try {
            interpreter.run(binding);
        } catch (EngineError e) {
            throw new QuizError(QuizError.Part.LET, index, e.offset(), e.getMessage(), e);
        }
    }

    /** The template with every {EXPR} evaluated and formatted for people. */
    String fill(String text, QuizError.Part part, int index) {
        Template template;
        try {
            template = Template.parse(text);
        } catch (Template.SyntaxError e) {
            throw new QuizError(part, index, e.offset(), e.getMessage(), null);
        }
        StringBuilder out = new StringBuilder();
        for (Template.Part p : template.parts()) {
            if (!p.expression()) {
                out.append(p.text());
                continue;
            }
            try {
                out.append(Format.value(interpreter.run(p.text())));
            } catch (EngineError e) {
                throw new QuizError(part, index, p.offset() + e.offset(), e.getMessage(), e);
            }
        }
        return out.toString();
    }

    /** A yes/no quiz's answer as a Bool ({@code yes}, {@code no} or an expression), or a number quiz's as a Num. */
    Value answer(QuizBlock.Kind kind, String text) {
        String a = text.strip().toLowerCase(Locale.ROOT);
        if (kind == QuizBlock.Kind.YESNO && (a.equals("yes") || a.equals("true"))) return Value.Bool.TRUE;
        if (kind == QuizBlock.Kind.YESNO && (a.equals("no") || a.equals("false"))) return Value.Bool.FALSE;
        Value v;
        try {
            v = interpreter.run(text);
        } catch (EngineError e) {
            throw new QuizError(QuizError.Part.ANSWER, 0, e.offset(), e.getMessage(), e);
        }
        if (kind == QuizBlock.Kind.YESNO && !(v instanceof Value.Bool)) {
            throw new QuizError(QuizError.Part.ANSWER, 0, 0, "a yes/no quiz needs a yes/no answer (yes, no, or a"
                    + " comparison such as saturated(z)), but this gives a " + v.typeName(), null);
        }
        if (kind == QuizBlock.Kind.NUMBER && !(v instanceof Value.Num)) {
            throw new QuizError(QuizError.Part.ANSWER, 0, 0, "a number quiz needs one number as its answer, but this"
                    + " gives a " + v.typeName(), null);
        }
        if (v instanceof Value.Num n && !Double.isFinite(n.value())) {
            throw new QuizError(QuizError.Part.ANSWER, 0, 0, "the answer is " + Format.number(n.value())
                    + " for some random cases; no learner can type that", null);
        }
        return v;
    }
}
