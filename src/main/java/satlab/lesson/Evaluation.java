package satlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.engine.Value;

/**
 * The checks that need the engine: every value, function and quiz expression is
 * evaluated, quizzes over many sample seeds, and errors are reported where the
 * offending characters are in the file.
 */
final class Evaluation {

    /** Seeds a quiz is instantiated with while checking; learners get others, so many. */
    static final int SAMPLE_SEEDS = 20;
    /** Seeds for estimating how often a yes/no saturation case is a near-tie. */
    static final int AMBIGUITY_SEEDS = 200;
    /** A near-tie: |z| within this of the threshold is hard for a learner to call. */
    static final double AMBIGUOUS_BAND = 0.5;
    /** Warn when at least this share of random cases is a near-tie. */
    static final double AMBIGUOUS_SHARE = 0.2;

    private static final Pattern LET_NAME = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)");

    private final Interpreter interpreter = new Interpreter(new Rng(0));

    /** A constant value (may be an expression such as -pi); NaN after reporting an error. */
    double number(Located v, Report report) {
        try {
            Value value = interpreter.run(v.text());
            if (value instanceof Value.Num n && Double.isFinite(n.value())) return n.value();
            report.error(v, "expected a number, got " + (value instanceof Value.Num ? Format.value(value) : "a " + value.typeName()));
        } catch (EngineError e) {
            report.error(v, e.offset(), e.getMessage());
        }
        return Double.NaN;
    }

    void checkFunction(Located fn, Report report) {
        try {
            interpreter.function(fn.text(), "z");
        } catch (EngineError e) {
            report.error(fn, e.offset(), e.getMessage());
        }
    }

    /** How many numbers a list such as "1000, 1000" holds; -1 after reporting an error. */
    int listLength(Located v, Report report) {
        try {
            return interpreter.numbers(v.text()).length;
        } catch (EngineError e) {
            report.error(v, e.offset(), e.getMessage());
            return -1;
        }
    }

    void checkQuiz(QuizBlock quiz, BlockBuilder.QuizSource source, Report report) {
        for (int i = 0; i < source.lets().size(); i++) {
            Matcher m = LET_NAME.matcher(source.lets().get(i).text());
            if (m.find() && Interpreter.functionNames().contains(m.group(1))) {
                report.error(source.lets().get(i), "'" + m.group(1) + "' is the name of a function; give the value another name");
            }
        }
        if (report.hasErrors()) return;
        for (int s = 0; s < SAMPLE_SEEDS; s++) {
            try {
                quiz.instantiate(sampleSeed(s));
            } catch (QuizError e) {
                Located at = where(e, source);
                if (at == null) report.error(quiz.line(), 1, e.getMessage());
                else report.error(at, e.offset(), e.getMessage());
                return;
            }
        }
        if (quiz.kind() == QuizBlock.Kind.YESNO) warnIfAmbiguous(quiz, source.answer(), report);
    }

    static long sampleSeed(int i) {
        return Rng.seedOf("satlab check", i);
    }

    private static Located where(QuizError e, BlockBuilder.QuizSource s) {
        return switch (e.part()) {
            case LET -> s.lets().get(e.index());
            case ASK -> s.ask().value();
            case HINT -> s.hint().value();
            case EXPLAIN -> s.explain().value();
            case OPTION -> s.options().get(e.index()).text();
            case FEEDBACK -> s.options().get(e.index()).feedback();
            case ANSWER -> s.answer() == null ? null : s.answer().value();
        };
    }

    /**
     * A yes/no quiz whose answer is {@code saturated(Z[, T])} is a fair question only
     * when |Z| is clearly on one side of the threshold; if random cases often land
     * within ±0.5 of it, learners are asked to call a near-tie.
     */
    private void warnIfAmbiguous(QuizBlock quiz, Directive.Entry answer, Report report) {
        String text = quiz.answer();
        int call = text.toLowerCase(Locale.ROOT).indexOf("saturated(");
        if (call < 0) return;
        List<String> args = arguments(text, call + "saturated(".length());
        if (args.isEmpty()) return;
        String z = args.get(0);
        // saturated(z) with one argument uses the engine's default, the sigmoid's 5.
        String t = args.size() > 1 ? args.get(1) : Format.number(satlab.engine.Activation.SIGMOID.defaultThreshold());
        int near = 0;
        int tried = 0;
        for (int s = 0; s < AMBIGUITY_SEEDS; s++) {
            try {
                Interpreter in = QuizRuntime.bound(quiz, sampleSeed(s));
                if (in.run(z) instanceof Value.Num zn && in.run(t) instanceof Value.Num tn) {
                    tried++;
                    if (Math.abs(Math.abs(zn.value()) - tn.value()) <= AMBIGUOUS_BAND) near++;
                }
            } catch (EngineError | QuizError e) {
                return;
            }
        }
        if (tried > 0 && near >= AMBIGUOUS_SHARE * tried) {
            double share = 100.0 * near / tried;
            report.warning(answer.value(), "in " + Format.number(Math.round(share)) + "% of random cases |z| is within "
                    + Format.number(AMBIGUOUS_BAND) + " of the threshold: learners must call a near-tie; "
                    + "choose random values that land clearly on one side");
        }
    }

    /** The comma-separated arguments of a call whose '(' ends just before {@code from}. */
    private static List<String> arguments(String text, int from) {
        ArrayList<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if (c == ',' && depth == 0) {
                args.add(text.substring(start, i).strip());
                start = i + 1;
            } else if (c == ')') {
                args.add(text.substring(start, i).strip());
                return args;
            }
        }
        return List.of();
    }
}
