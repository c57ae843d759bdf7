package satlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import satlab.engine.Activation;
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

    /**
     * Seeds a quiz is instantiated with while checking; learners get others, so many: a
     * draw that breaks the answer one time in a hundred ({@code 1/(k-7)} with k from 0 to
     * 100) is found with a chance of 1 − 0.99^1000, all but certainly.
     */
    static final int SAMPLE_SEEDS = 1000;
    /**
     * A quiz slow to compute (large random vectors) is tried for at most this much of the
     * thread's CPU time after its first seed: CPU, not the wall clock, so what check finds
     * does not depend on how busy the machine is.
     */
    static final long SAMPLE_BUDGET_NANOS = 500_000_000L;

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
    /** Seeds for estimating how often a yes/no saturation case is a near-tie. */
    static final int AMBIGUITY_SEEDS = 100;
    /** A near-tie: |z| within this of the threshold is hard for a learner to call. */
    static final double AMBIGUOUS_BAND = 0.5;
    /** Warn when at least this share of random cases is a near-tie. */
    static final double AMBIGUOUS_SHARE = 0.2;

    /** A plain decimal number, read without the engine: most values are, and loading stays quick. */
    private static final Pattern LITERAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final LessonParser.Depth depth;

    Evaluation(LessonParser.Depth depth) {
        this.depth = depth;
    }

    /** A fresh interpreter per value, so one block's assignments cannot leak into the next. */
    private static Interpreter constants() {
        return new Interpreter(new Rng(0));
    }

    /** A constant value (may be an expression such as -pi); NaN after reporting an error. */
    double number(Located v, Report report) {
        // A literal out of range (1e999) goes to the engine, which reports it with its position.
        if (LITERAL.matcher(v.text()).matches() && Double.isFinite(Double.parseDouble(v.text()))) {
            return Double.parseDouble(v.text());
        }
        try {
            Value value = constants().run(v.text());
            if (value instanceof Value.Num n && Double.isFinite(n.value())) return n.value();
            report.error(v, "expected a number, got " + (value instanceof Value.Num ? Format.value(value) : "a " + value.typeName()));
        } catch (EngineError e) {
            report.error(v, e.offset(), e.getMessage());
        }
        return Double.NaN;
    }

    void checkFunction(Located fn, Report report) {
        if (depth == LessonParser.Depth.TRUSTED) return;
        try {
            constants().function(fn.text(), "z");
        } catch (EngineError e) {
            report.error(fn, e.offset(), e.getMessage());
        }
    }

    /** The numbers of a list such as "1000, 1000"; null after reporting an error, and for trusted lessons. */
    double[] list(Located v, Report report) {
        if (depth == LessonParser.Depth.TRUSTED) return null;
        try {
            return constants().numbers(v.text());
        } catch (EngineError e) {
            report.error(v, e.offset(), e.getMessage());
            return null;
        }
    }

    /**
     * Evaluates every part of a quiz over the sample seeds, reporting each
     * failing part where it is written; works on incomplete quizzes too, so one run
     * shows every problem.
     *
     * @param kind null when the quiz's kind is missing or unknown (the answer is
     *             then not checked: its meaning depends on the kind)
     */
    void checkQuiz(QuizBlock.Kind kind, double threshold, BlockBuilder.QuizSource source, Report report) {
        int before = report.errorCount();
        long start = cpuNanos();
        for (int s = 0; s < depth.seeds && report.errorCount() == before; s++) {
            if (s > 0 && cpuNanos() - start > SAMPLE_BUDGET_NANOS) break;
            QuizRuntime r = new QuizRuntime(threshold, sampleSeed(s));
            String only = s == 0 ? "" : " (with some random values only: found in case " + (s + 1)
                    + " of those check tried; change the 'let' lines so that no draw gives it)";
            for (int i = 0; i < source.lets().size(); i++) {
                Located let = source.lets().get(i);
                int index = i;
                String failure = attempt(let, report, only, () -> r.let(let.text(), index));
                if (failure != null && failure.startsWith("unknown name '")) usedBeforeDefined(source.lets(), i, failure, report);
            }
            // Later parts would only repeat a failed binding as "unknown name".
            if (report.errorCount() > before) break;
            for (Located t : source.templates()) {
                attempt(t, report, only, () -> r.fill(t.text(), QuizError.Part.ASK, 0));
            }
            Located answer = source.answer();
            if (answer != null && kind != null && kind != QuizBlock.Kind.CHOICE) {
                attempt(answer, report, only, () -> r.answer(kind, answer.text()));
            }
        }
        if (depth.warnNearTies && kind == QuizBlock.Kind.YESNO && report.errorCount() == before && source.answer() != null) {
            warnIfAmbiguous(threshold, source, report);
        }
        if (depth.warnNearTies && report.errorCount() == before) DrawLint.check(kind, threshold, source, report);
    }

    /** Runs one part; its error's message after reporting it (with {@code only} added), else null. */
    private static String attempt(Located at, Report report, String only, Runnable part) {
        try {
            part.run();
            return null;
        } catch (QuizError e) {
            report.error(at, e.offset(), e.getMessage() + only);
            return e.getMessage();
        } catch (EngineError e) {
            report.error(at, e.offset(), e.getMessage() + only);
            return e.getMessage();
        }
    }

    /**
     * When let {@code failed} uses a name that a later let defines, the engine's
     * "unknown name" is replaced by what is wrong: the order of the lines.
     */
    private static void usedBeforeDefined(List<Located> lets, int failed, String failure, Report report) {
        Located let = lets.get(failed);
        java.util.regex.Matcher self = BlockBuilder.LET.matcher(let.text());
        if (!self.matches()) return;
        String expression = self.group(2);
        int offset = self.start(2);
        for (int j = failed; j < lets.size(); j++) {
            java.util.regex.Matcher later = BlockBuilder.LET.matcher(lets.get(j).text());
            if (!later.matches()) continue;
            String name = later.group(1);
            int at = wordIndex(expression, name);
            if (at < 0 || !failure.startsWith("unknown name '" + name + "'")) continue;
            if (j == failed && lets.subList(0, failed).stream().anyMatch(l -> l.text().matches(
                    "\\s*" + java.util.regex.Pattern.quote(name) + "\\s*=[^=].*"))) continue;
            report.replaceLast(let, offset + at, j == failed
                    ? "'" + name + "' is used in its own definition before it has a value: give it one in an"
                        + " earlier 'let'"
                    : "'" + name + "' is used before it is defined: its 'let' is on line " + lets.get(j).line()
                        + "; move that line above this one");
            return;
        }
    }

    /** Where {@code name} occurs in {@code text} as a whole word, or -1. */
    private static int wordIndex(String text, String name) {
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            boolean startOk = i == 0 || !isNamePart(text.charAt(i - 1));
            int end = i + name.length();
            boolean endOk = end >= text.length() || !isNamePart(text.charAt(end));
            if (startOk && endOk) return i;
        }
        return -1;
    }

    private static boolean isNamePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static long sampleSeed(int i) {
        return Rng.seedOf("satlab check", i);
    }

    /**
     * A yes/no quiz whose answer is {@code saturated(Z[, T])} is a fair question only
     * when |Z| is clearly on one side of the threshold; if random cases often land
     * within ±0.5 of it, learners are asked to call a near-tie.
     */
    private void warnIfAmbiguous(double threshold, BlockBuilder.QuizSource source, Report report) {
        Located answer = source.answer();
        String text = answer.text();
        int call = text.indexOf("saturated(");
        if (call < 0) return;
        List<String> args = arguments(text, call + "saturated(".length());
        if (args.isEmpty()) return;
        String z = args.get(0);
        // saturated(z) with one argument uses the engine's default, the sigmoid's 5.
        String t = args.size() > 1 ? args.get(1) : Format.number(Activation.SIGMOID.defaultThreshold());
        int near = 0;
        int tried = 0;
        for (int s = 0; s < AMBIGUITY_SEEDS; s++) {
            try {
                QuizRuntime r = new QuizRuntime(threshold, sampleSeed(s));
                for (int i = 0; i < source.lets().size(); i++) r.let(source.lets().get(i).text(), i);
                if (r.interpreter().run(z) instanceof Value.Num zn && r.interpreter().run(t) instanceof Value.Num tn) {
                    tried++;
                    if (Math.abs(Math.abs(zn.value()) - tn.value()) <= AMBIGUOUS_BAND) near++;
                }
            } catch (EngineError | QuizError e) {
                return;
            }
        }
        if (tried > 0 && near >= AMBIGUOUS_SHARE * tried) {
            long share = Math.round(100.0 * near / tried);
            report.warning(answer, "in " + share + "% of random cases |z| is within " + Format.number(AMBIGUOUS_BAND)
                    + " of the threshold, a near-tie learners cannot call; choose random values that land"
                    + " clearly on one side");
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
