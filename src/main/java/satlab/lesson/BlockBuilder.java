package satlab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import satlab.engine.Activation;
import satlab.engine.Names;
import satlab.sim.Cost;
import satlab.sim.NetworkConfig;
import satlab.sim.NetworkSettings;
import satlab.sim.Start;
import satlab.sim.TrainConfig;
import satlab.sim.TrainNetSettings;
import satlab.sim.TrainText;

/**
 * Turns a {@link Directive} into a block, reporting every problem with its position:
 * unknown or repeated keys, missing ones, values of the wrong shape.
 *
 * <p>A new kind of block (as {@code network} and {@code train} were) needs: a record implementing
 * {@link Block}, added to Block's {@code permits} list; its keys in {@link #KEYS};
 * a case in {@link #build}; and its keys in lessons/README.md (a test checks that
 * the guide names every key).
 */
final class BlockBuilder {

    /** The fence words that are satlab blocks, with the keys each accepts (in the order messages list them). */
    static final Map<String, List<String>> KEYS = Map.of(
            "plot", List.of("functions", "from", "to", "mark", "threshold", "height", "layout"),
            "neuron", List.of("weights", "inputs", "bias", "activation", "threshold"),
            "network", NetworkSettings.KEYS,
            "train", List.of("start", "cost", "epochs", "eta", "chart"),
            "train-net", TrainNetSettings.KEYS,
            "quiz", List.of("kind", "let", "ask", "answer", "tolerance", "hint", "explain", "threshold", "id", "attempts",
                    "answer-uses"));

    /** The block names in the order messages list them. */
    static final List<String> KINDS = List.of("plot", "neuron", "network", "train", "train-net", "quiz");

    private static final Set<String> REPEATABLE = Set.of("let", "start");
    static final Pattern LET = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)\\s*(.*)$");
    // Possessive: a long run of digits that fails to match must not backtrack quadratically.
    private static final Pattern TOLERANCE = Pattern.compile(
            "^((?:[0-9]++(?:\\.[0-9]*+)?|\\.[0-9]++)(?:[eE][-+]?[0-9]++)?)\\s*+(%?)$");

    private final Report report;
    private final OptionalDouble lessonThreshold;
    private final Evaluation evaluation;
    private final int lessonAttempts;

    BlockBuilder(Report report, OptionalDouble lessonThreshold, Evaluation evaluation) {
        this(report, lessonThreshold, evaluation, QuizBlock.DEFAULT_ATTEMPTS);
    }

    /** @param lessonAttempts the lesson's {@code attempts:}, which quizzes without their own take */
    BlockBuilder(Report report, OptionalDouble lessonThreshold, Evaluation evaluation, int lessonAttempts) {
        this.report = report;
        this.lessonThreshold = lessonThreshold;
        this.evaluation = evaluation;
        this.lessonAttempts = lessonAttempts;
    }

    static boolean isDirective(String word) {
        return KEYS.containsKey(word);
    }

    /** The block, or null when the directive has errors (already reported). */
    Block build(Directive d) {
        int before = report.errorCount();
        checkKeys(d);
        Block block = switch (d.kind()) {
            case "plot" -> plot(d);
            case "neuron" -> neuron(d);
            case "network" -> network(d);
            case "train" -> train(d);
            case "train-net" -> trainNet(d);
            case "quiz" -> quiz(d);
            default -> throw new IllegalArgumentException("not a satlab block: " + d.kind());
        };
        return report.errorCount() > before ? null : block;
    }

    private void checkKeys(Directive d) {
        List<String> known = KEYS.get(d.kind());
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Directive.Entry e : d.entries()) {
            if (!known.contains(e.key())) {
                report.error(e.line(), e.column(), "unknown key '" + Names.shown(e.key()) + "' in a " + d.kind()
                        + " block" + Names.closest(e.key(), known).map(k -> "; did you mean '" + k + "'?").orElse("")
                        + " (known keys: " + String.join(", ", known) + ")");
            } else if (seen.containsKey(e.key()) && !REPEATABLE.contains(e.key())) {
                report.error(e.line(), e.column(), "'" + e.key() + "' is given twice (first on line "
                        + seen.get(e.key()) + "); keep one");
            } else {
                seen.putIfAbsent(e.key(), e.line());
            }
        }
        if (!d.kind().equals("quiz")) {
            for (Directive.OptionLine o : d.options()) {
                report.error(o.line(), o.column(), "options ('- [x]' lines) belong only in a choice quiz");
            }
        }
    }

    private Block plot(Directive d) {
        List<String> functions = new ArrayList<>(PlotBlock.DEFAULT_FUNCTIONS);
        Directive.Entry f = d.first("functions");
        if (f != null) {
            functions.clear();
            for (Located fn : splitList(f.value())) {
                if (fn.text().isEmpty()) {
                    report.error(fn, "empty function in the list: remove the extra comma");
                } else {
                    evaluation.checkFunction(fn, report);
                    functions.add(fn.text());
                }
            }
        }
        double from = number(d, "from", -10);
        double to = number(d, "to", 10);
        if (from >= to && d.first("to") != null) {
            report.error(d.first("to").value(), "'to' (" + fmt(to) + ") must be greater than 'from' (" + fmt(from) + ")");
        } else if (from >= to) {
            report.error(d.first("from").value(), "'from' (" + fmt(from) + ") must be less than 'to' (" + fmt(to) + ")");
        }
        OptionalDouble mark = optionalNumber(d, "mark");
        OptionalDouble threshold = positive(d, "threshold");
        OptionalInt height = OptionalInt.empty();
        Directive.Entry h = d.first("height");
        if (h != null) {
            double v = evaluation.number(h.value(), report);
            if (!Double.isNaN(v) && (v != Math.rint(v) || v < 8 || v > 100)) {
                report.error(h.value(), "'height' must be a whole number of rows from 8 to 100, got " + fmt(v));
            } else if (!Double.isNaN(v)) {
                height = OptionalInt.of((int) v);
            }
        }
        PlotBlock.Layout layout = PlotBlock.Layout.STACKED;
        Directive.Entry l = d.first("layout");
        if (l != null) {
            switch (l.value().text().toLowerCase(Locale.ROOT)) {
                case "stacked" -> layout = PlotBlock.Layout.STACKED;
                case "overlay", "overlaid" -> layout = PlotBlock.Layout.OVERLAY;
                default -> report.error(l.value(), "unknown layout '" + l.value().text() + "' (expected stacked or overlay)");
            }
        }
        return new PlotBlock(functions, from, to, mark, threshold, height, layout, d.line());
    }

    private Block neuron(Directive d) {
        Directive.Entry w = required(d, "weights");
        Directive.Entry a = required(d, "inputs");
        Directive.Entry b = d.first("bias");
        double[] ws = w == null ? null : evaluation.list(w.value(), report);
        double[] as = a == null ? null : evaluation.list(a.value(), report);
        if (ws != null && as != null && ws.length != as.length) {
            report.error(a.value(), "'inputs' has " + entries(as.length) + " but 'weights' has " + entries(ws.length)
                    + ": give one input per weight");
        }
        double bias = b == null ? 0 : evaluation.number(b.value(), report);
        if (ws != null && as != null && ws.length == as.length && !Double.isNaN(bias)) {
            double z = bias;
            for (int i = 0; i < ws.length; i++) z += ws[i] * as[i];
            if (!Double.isFinite(z)) {
                report.error(w.value(), "with these weights and inputs z = w·a + b is beyond ±1.8e308, not a number"
                        + " the explorer can show: use smaller weights or inputs");
            }
        }
        Activation activation = Activation.SIGMOID;
        Directive.Entry act = d.first("activation");
        if (act != null) {
            try {
                activation = Activation.parse(act.value().text());
            } catch (IllegalArgumentException e) {
                report.error(act.value(), e.getMessage());
            }
        }
        // A lesson's threshold is stated for the sigmoid; other activations get the
        // same gradient fraction (tanh(z) = 2σ(2z) − 1 saturates at half the z).
        double scale = activation.defaultThreshold() / Activation.SIGMOID.defaultThreshold();
        double threshold = positive(d, "threshold").orElse(
                lessonThreshold.isPresent() ? lessonThreshold.getAsDouble() * scale : activation.defaultThreshold());
        return new NeuronBlock(w == null ? "" : w.value().text(), a == null ? "" : a.value().text(),
                b == null ? "0" : b.value().text(), activation, threshold, d.line());
    }

    /** Each value is parsed as the command line parses it, and reported at its own position. */
    private Block network(Directive d) {
        NetworkSettings settings = new NetworkSettings();
        for (Directive.Entry e : d.entries()) {
            if (!NetworkSettings.KEYS.contains(e.key()) || empty(e)) continue;
            try {
                settings.set(e.key(), e.value().text());
            } catch (IllegalArgumentException ex) {
                report.error(e.value(), ex.getMessage());
            }
        }
        if (!settings.hasThreshold() && lessonThreshold.isPresent() && settings.activation() != Activation.RELU) {
            double scale = settings.activation().defaultThreshold() / Activation.SIGMOID.defaultThreshold();
            try {
                settings.set("threshold", Double.toString(lessonThreshold.getAsDouble() * scale));
            } catch (IllegalArgumentException ex) {
                report.error(d.line(), d.kindColumn(), "the lesson's threshold does not suit this block: " + ex.getMessage());
                return null;
            }
        }
        try {
            NetworkConfig config = settings.config();
            return new NetworkBlock(config, d.line());
        } catch (IllegalArgumentException ex) {
            Directive.Entry t = d.first("threshold");
            if (t != null && settings.activation() == Activation.RELU) report.error(t.value(), ex.getMessage());
            else report.error(d.line(), d.kindColumn(), ex.getMessage());
            return null;
        }
    }

    /** Every start crossed with every cost; the defaults are Nielsen's: start (2, 2), quadratic, 300 epochs, η 0.15. */
    private Block train(Directive d) {
        List<Start> starts = new ArrayList<>();
        for (Directive.Entry e : d.all("start")) {
            if (empty(e)) continue;
            try {
                starts.add(Start.parse(e.value().text()));
            } catch (IllegalArgumentException ex) {
                report.error(e.value(), ex.getMessage());
            }
        }
        if (d.all("start").isEmpty()) starts.add(Start.parse("2, 2"));
        List<Cost> costs = new ArrayList<>();
        Directive.Entry c = d.first("cost");
        if (c == null) {
            costs.add(Cost.QUADRATIC);
        } else if (!empty(c)) {
            for (Located name : splitList(c.value())) {
                try {
                    costs.add(Cost.parse(name.text()));
                } catch (IllegalArgumentException ex) {
                    report.error(name, ex.getMessage());
                }
            }
        }
        TrainConfig base = TrainConfig.nielsen(2, 2, Cost.QUADRATIC);
        Directive.Entry epochs = d.first("epochs");
        if (epochs != null && !empty(epochs)) {
            double v = evaluation.number(epochs.value(), report);
            if (!Double.isNaN(v) && (v != Math.rint(v) || v < 1 || v > TrainConfig.MAX_EPOCHS)) {
                report.error(epochs.value(), "'epochs' must be a whole number from 1 to " + TrainConfig.MAX_EPOCHS
                        + ", got " + fmt(v));
            } else if (!Double.isNaN(v)) {
                base = base.withEpochs((int) v);
            }
        }
        OptionalDouble eta = positive(d, "eta");
        if (eta.isPresent()) base = base.withEta(eta.getAsDouble());
        TrainText.Quantity chart = TrainText.Quantity.OUTPUT;
        Directive.Entry q = d.first("chart");
        if (q != null && !empty(q)) {
            try {
                chart = TrainText.Quantity.parse(q.value().text());
            } catch (IllegalArgumentException ex) {
                report.error(q.value(), ex.getMessage());
            }
        }
        List<TrainConfig> runs = new ArrayList<>();
        for (Start s : starts) {
            for (Cost cost : costs) runs.add(base.withStart(s.w(), s.b()).withCost(cost));
        }
        if (runs.size() > TrainBlock.MAX_RUNS) {
            report.error(d.line(), d.kindColumn(), "train block races " + runs.size() + " runs (" + starts.size()
                    + " starts x " + costs.size() + " costs); at most " + TrainBlock.MAX_RUNS
                    + " fit side by side: drop a start or a cost");
        }
        return new TrainBlock(runs, chart, d.line());
    }

    /** The training playground: each value parsed as the command line parses it, at its own position. */
    private Block trainNet(Directive d) {
        satlab.sim.TrainNetSettings settings = new satlab.sim.TrainNetSettings();
        for (Directive.Entry e : d.entries()) {
            if (!TrainNetSettings.KEYS.contains(e.key()) || empty(e)) continue;
            try {
                settings.set(e.key(), e.value().text());
            } catch (IllegalArgumentException ex) {
                report.error(e.value(), ex.getMessage());
            }
        }
        try {
            List<satlab.sim.TrainNetConfig> runs = settings.configs();
            double work = 0;
            for (satlab.sim.TrainNetConfig c : runs) work += c.epochFlops() * Math.max(1, c.epochs());
            if (work > TrainNetBlock.MAX_FLOPS) {
                report.error(d.line(), d.kindColumn(), String.format(Locale.ROOT, "train-net block asks for %.1e"
                        + " floating-point operations of training, over the limit of %.0e: use fewer epochs, points,"
                        + " layers or a smaller width", work, TrainNetBlock.MAX_FLOPS));
            }
            return new TrainNetBlock(runs, settings.chart(), settings.compare(), d.line());
        } catch (IllegalArgumentException ex) {
            Directive.Entry t = d.first("threshold");
            if (t != null) report.error(t.value(), ex.getMessage());
            else report.error(d.line(), d.kindColumn(), ex.getMessage());
            return null;
        }
    }

    private boolean empty(Directive.Entry e) {
        if (!e.value().text().isEmpty()) return false;
        report.error(e.line(), e.column(), "'" + e.key() + "' is empty");
        return true;
    }

    private Block quiz(Directive d) {
        QuizBlock.Kind kind = null;
        Directive.Entry k = required(d, "kind");
        if (k != null) {
            switch (k.value().text().toLowerCase(Locale.ROOT)) {
                case "yesno", "yes/no" -> kind = QuizBlock.Kind.YESNO;
                case "choice" -> kind = QuizBlock.Kind.CHOICE;
                case "number" -> kind = QuizBlock.Kind.NUMBER;
                default -> report.error(k.value(), "unknown quiz kind '" + k.value().text()
                        + "' (expected yesno, choice or number)");
            }
        }
        List<Located> lets = new ArrayList<>();
        for (Directive.Entry let : d.all("let")) {
            Matcher m = LET.matcher(let.value().text());
            if (!m.matches() || m.group(2).isBlank()) {
                report.error(let.value(), "'let' needs a name and an expression, such as 'let: w = randn(2) * 20'");
            } else {
                lets.add(let.value());
            }
        }
        Directive.Entry ask = required(d, "ask");
        Directive.Entry answer = d.first("answer");
        if (kind == QuizBlock.Kind.CHOICE) {
            if (answer != null) {
                report.error(answer.line(), answer.column(), "a choice quiz marks its right options with '- [x]'; remove 'answer'");
            }
            if (d.options().size() < 2) {
                report.error(d.line(), d.kindColumn(), "choice quiz needs at least two options ('- [x] right' and '- [ ] wrong' lines)");
            } else if (d.options().stream().noneMatch(Directive.OptionLine::right)) {
                report.error(d.line(), d.kindColumn(), "choice quiz has no right option: mark one with '- [x]'");
            }
        } else if (kind != null) {
            if (answer == null) report.error(d.line(), d.kindColumn(), "quiz has no 'answer'");
            for (Directive.OptionLine o : d.options()) {
                report.error(o.line(), o.column(), "options ('- [x]' lines) belong only in a choice quiz; this is a "
                        + kind.name().toLowerCase(Locale.ROOT) + " quiz");
            }
        }
        Tolerance tolerance = Tolerance.DEFAULT;
        Directive.Entry tol = d.first("tolerance");
        if (tol != null) {
            if (kind != null && kind != QuizBlock.Kind.NUMBER) {
                report.error(tol.line(), tol.column(), "'tolerance' applies only to number quizzes");
            }
            tolerance = tolerance(tol.value());
        }
        double threshold = positive(d, "threshold").orElse(lessonThreshold.orElse(Activation.SIGMOID.defaultThreshold()));
        Directive.Entry hint = d.first("hint");
        Directive.Entry explain = d.first("explain");
        List<QuizBlock.Option> options = new ArrayList<>();
        List<Located> templates = new ArrayList<>();
        if (ask != null) templates.add(ask.value());
        if (hint != null) templates.add(hint.value());
        if (explain != null) templates.add(explain.value());
        for (Directive.OptionLine o : d.options()) {
            options.add(new QuizBlock.Option(o.text().text(), o.right(), o.feedback() == null ? "" : o.feedback().text()));
            templates.add(o.text());
            if (o.feedback() != null) templates.add(o.feedback());
        }
        evaluation.checkQuiz(kind, threshold, new QuizSource(lets, templates, answer == null ? null : answer.value()), report);
        int attempts = lessonAttempts;
        Directive.Entry att = d.first("attempts");
        if (att != null && !empty(att)) attempts = attempts(att.value(), attempts);
        AnswerUses uses = AnswerUses.ANY;
        Directive.Entry u = d.first("answer-uses");
        if (u != null && !empty(u)) {
            if (kind != null && kind != QuizBlock.Kind.NUMBER) {
                report.error(u.line(), u.column(), "'answer-uses' applies only to number quizzes");
            }
            try {
                uses = AnswerUses.parse(u.value().text());
            } catch (IllegalArgumentException e) {
                report.error(u.value(), e.getMessage());
            }
        }
        Directive.Entry idEntry = d.first("id");
        String explicitId = null;
        if (idEntry != null && !empty(idEntry)) {
            if (QuizBlock.ID.matcher(idEntry.value().text()).matches()) explicitId = idEntry.value().text();
            else report.error(idEntry.value(), "a quiz 'id' is up to 64 letters, digits, '-', '_' or '.',"
                    + " starting with a letter or digit (such as 'sigma-prime-10')");
        }
        if (kind == null) return null;
        List<String> letTexts = lets.stream().map(Located::text).toList();
        String askText = ask == null ? "" : ask.value().text();
        String id = explicitId != null ? explicitId : QuizBlock.derivedId(kind, letTexts, askText, options);
        return new QuizBlock(id, kind, letTexts, askText, options, answer == null ? "" : answer.value().text(),
                tolerance, hint == null ? "" : hint.value().text(), explain == null ? "" : explain.value().text(),
                threshold, attempts, uses, d.sourceText(), d.line());
    }

    /** A whole number of attempts from 1 to {@link QuizBlock#MAX_ATTEMPTS}; the fallback after reporting. */
    int attempts(Located v, int fallback) {
        String t = v.text().strip();
        if (t.matches("[0-9]{1,3}")) {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= QuizBlock.MAX_ATTEMPTS) return n;
        }
        report.error(v, "'attempts' must be a whole number from 1 to " + QuizBlock.MAX_ATTEMPTS + ", got '" + t + "'");
        return fallback;
    }

    /**
     * Where each part of a quiz was written, so evaluation errors point into the file.
     *
     * @param templates ask, hint, explain, option texts and feedback, as present
     * @param answer    null when absent
     */
    record QuizSource(List<Located> lets, List<Located> templates, Located answer) {}

    private Tolerance tolerance(Located v) {
        Matcher m = TOLERANCE.matcher(v.text());
        if (!m.matches()) {
            report.error(v, "tolerance must be a percentage such as '1%' or an absolute amount such as '0.001'");
            return Tolerance.DEFAULT;
        }
        double amount = Double.parseDouble(m.group(1));
        boolean relative = !m.group(2).isEmpty();
        if (amount <= 0 || (relative && amount >= 100)) {
            report.error(v, "tolerance must be above 0" + (relative ? " and below 100%" : ""));
            return Tolerance.DEFAULT;
        }
        return new Tolerance(relative ? amount / 100 : amount, relative);
    }

    private Directive.Entry required(Directive d, String key) {
        Directive.Entry e = d.first(key);
        if (e == null) report.error(d.line(), d.kindColumn(), d.kind() + " has no '" + key + "'");
        else if (e.value().text().isEmpty()) {
            report.error(e.line(), e.column(), "'" + key + "' is empty");
            return null;
        }
        return e;
    }

    private double number(Directive d, String key, double fallback) {
        Directive.Entry e = d.first(key);
        if (e == null) return fallback;
        double v = evaluation.number(e.value(), report);
        return Double.isNaN(v) ? fallback : v;
    }

    private OptionalDouble optionalNumber(Directive d, String key) {
        Directive.Entry e = d.first(key);
        if (e == null) return OptionalDouble.empty();
        double v = evaluation.number(e.value(), report);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private OptionalDouble positive(Directive d, String key) {
        OptionalDouble v = optionalNumber(d, key);
        if (v.isPresent() && !(v.getAsDouble() > 0)) {
            report.error(d.first(key).value(), "'" + key + "' must be above 0, got " + fmt(v.getAsDouble()));
            return OptionalDouble.empty();
        }
        return v;
    }

    /** Splits "sigmoid(z), max(z, 0)" at top-level commas, keeping positions. */
    static List<Located> splitList(Located v) {
        List<Located> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        String t = v.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (c == ',' && depth == 0) {
                out.add(v.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(v.substring(start, t.length()).strip());
        return out;
    }

    private static String entries(int n) {
        return n + (n == 1 ? " entry" : " entries");
    }

    private static String fmt(double v) {
        return satlab.engine.Format.number(v);
    }
}
