package satlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.engine.Value;

/** Evaluates a quiz's bindings, templates and answer for one seed. */
final class QuizRuntime {

    private final QuizBlock quiz;
    private final Interpreter interpreter;

    private QuizRuntime(QuizBlock quiz, long seed) {
        this.quiz = quiz;
        this.interpreter = new Interpreter(new Rng(seed));
        interpreter.define("threshold", new Value.Num(quiz.threshold()));
    }

    /** The interpreter after the quiz's {@code let:} bindings, for the checker's probes. */
    static Interpreter bound(QuizBlock quiz, long seed) {
        QuizRuntime r = new QuizRuntime(quiz, seed);
        r.bindLets();
        return r.interpreter;
    }

    static QuizInstance instantiate(QuizBlock quiz, long seed) {
        QuizRuntime r = new QuizRuntime(quiz, seed);
        r.bindLets();
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
        switch (quiz.kind()) {
            case YESNO -> {
                boolean yes = r.yesNo();
                answer = Value.Bool.of(yes);
                shown = yes ? "yes" : "no";
            }
            case NUMBER -> {
                double x = r.number();
                answer = new Value.Num(x);
                shown = Format.number(x);
            }
            default -> {
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
            }
        }
        return new QuizInstance(quiz, seed, question, options, hint, explanation, answer, shown);
    }

    private void bindLets() {
        for (int i = 0; i < quiz.lets().size(); i++) {
            try {
                interpreter.run(quiz.lets().get(i));
            } catch (EngineError e) {
                throw new QuizError(QuizError.Part.LET, i, e.offset(), e.getMessage(), e);
            }
        }
    }

    private String fill(String text, QuizError.Part part, int index) {
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

    private boolean yesNo() {
        String a = quiz.answer().strip().toLowerCase(Locale.ROOT);
        if (a.equals("yes") || a.equals("true")) return true;
        if (a.equals("no") || a.equals("false")) return false;
        Value v = evaluateAnswer();
        if (v instanceof Value.Bool b) return b.value();
        throw new QuizError(QuizError.Part.ANSWER, 0, 0, "a yes/no quiz needs a yes/no answer (yes, no, or a comparison"
                + " such as saturated(z)), but this gives a " + v.typeName(), null);
    }

    private double number() {
        Value v = evaluateAnswer();
        if (!(v instanceof Value.Num n)) {
            throw new QuizError(QuizError.Part.ANSWER, 0, 0, "a number quiz needs a number as its answer, but this gives a "
                    + v.typeName(), null);
        }
        if (!Double.isFinite(n.value())) {
            throw new QuizError(QuizError.Part.ANSWER, 0, 0, "the answer is " + Format.number(n.value())
                    + " for some random cases; no learner can type that", null);
        }
        return n.value();
    }

    private Value evaluateAnswer() {
        try {
            return interpreter.run(quiz.answer());
        } catch (EngineError e) {
            throw new QuizError(QuizError.Part.ANSWER, 0, e.offset(), e.getMessage(), e);
        }
    }
}
