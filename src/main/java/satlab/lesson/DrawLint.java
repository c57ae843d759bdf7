package satlab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import satlab.engine.EngineError;
import satlab.engine.Format;
import satlab.engine.Value;

/**
 * Warnings about randomised quizzes whose draws can be degenerate, found by
 * instantiating the quiz over {@link #SEEDS} sample seeds:
 *
 * <ul>
 *   <li>a yes/no answer that is the same for nearly all draws (a learner who
 *       guesses it passes);
 *   <li>a yes/no comparison against a number ({@code sd > 5}), or a
 *       {@code saturated(z, t)} call, whose draw lands within {@link #MARGIN} of
 *       the bound (±0.5 at the threshold 5) in even one case: a near-tie ({@link
 *       Evaluation} warns on its own when a fifth of the cases are);
 *   <li>a drawn multiplier ({@code 0.87 * c}) that can be 1 or 0, which makes the
 *       question trivial (a sign, always ±1, is not a multiplier);
 *   <li>a number answer that can be exactly 0 (z = 0 is no test of a sum).
 * </ul>
 *
 * Quizzes without random {@code let:} bindings are left alone: a fixed answer
 * is the author's choice.
 */
final class DrawLint {

    static final int SEEDS = 100;
    /** Warn when at least this share of draws gives the same yes/no answer. */
    static final double SAME_ANSWER_SHARE = 0.8;
    /** A comparison `A > N` is a near-tie when |A − N| is within this share of |N|. */
    static final double MARGIN = 0.1;

    private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>)");

    private DrawLint() {}

    /** Checks one quiz; reports warnings at the part they are about. */
    static void check(QuizBlock.Kind kind, double threshold, BlockBuilder.QuizSource source, Report report) {
        Located answer = source.answer();
        if (kind == null || kind == QuizBlock.Kind.CHOICE || answer == null || source.lets().isEmpty()) return;
        String literal = answer.text().strip().toLowerCase(java.util.Locale.ROOT);
        if (literal.equals("yes") || literal.equals("no")) return;
        List<String> names = names(source.lets());
        List<String[]> comparisons = kind == QuizBlock.Kind.YESNO ? comparisons(answer.text()) : List.of();
        List<String> multipliers = multipliers(names, source);
        int yes = 0;
        int tried = 0;
        int zero = 0;
        int near = 0;
        Map<String, Integer> trivial = new LinkedHashMap<>();
        Map<String, Boolean> sign = new LinkedHashMap<>();
        for (String m : multipliers) sign.put(m, true);
        for (int s = 0; s < SEEDS; s++) {
            QuizRuntime r = new QuizRuntime(threshold, Evaluation.sampleSeed(s));
            try {
                for (int i = 0; i < source.lets().size(); i++) r.let(source.lets().get(i).text(), i);
                Value v = r.answer(kind, answer.text());
                tried++;
                if (v instanceof Value.Bool b && b.value()) yes++;
                if (v instanceof Value.Num n && n.value() == 0) zero++;
                for (String[] c : comparisons) {
                    if (r.interpreter().run(c[0]) instanceof Value.Num a
                            && r.interpreter().run(c[1]) instanceof Value.Num bound
                            && Math.abs(a.value() - bound.value()) <= MARGIN * Math.abs(bound.value())) {
                        near++;
                        break;
                    }
                }
                for (String m : multipliers) {
                    if (!(r.interpreter().run(m) instanceof Value.Num n)) continue;
                    if (Math.abs(n.value()) != 1) sign.put(m, false);
                    if (n.value() == 1 || n.value() == 0) {
                        trivial.merge(m + " = " + Format.number(n.value()), 1, Integer::sum);
                    }
                }
            } catch (EngineError | QuizError e) {
                return; // the checker reports broken quizzes itself
            }
        }
        if (tried == 0) return;
        if (kind == QuizBlock.Kind.YESNO) {
            int same = Math.max(yes, tried - yes);
            if (same >= SAME_ANSWER_SHARE * tried) {
                report.warning(answer, "the answer is '" + (yes >= tried - yes ? "yes" : "no") + "' in " + same
                        + " of " + tried + " random cases, so guessing it passes; draw cases on both sides");
            }
            boolean saturation = answer.text().contains("saturated(");
            if (near > 0 && !(saturation && near >= Evaluation.AMBIGUOUS_SHARE * tried)) {
                report.warning(answer, "in " + near + " of " + tried + " random cases the comparison lands within "
                        + Math.round(100 * MARGIN) + "% of its bound, a near-tie; draw values clearly on one side");
            }
        }
        if (zero > 0) {
            report.warning(answer, "the answer is 0 in " + zero + " of " + tried
                    + " random cases, which tests nothing; draw values that keep it away from 0");
        }
        for (Map.Entry<String, Integer> t : trivial.entrySet()) {
            if (sign.get(t.getKey().substring(0, t.getKey().indexOf(" = ")))) continue;
            report.warning(answer, "the multiplier " + t.getKey() + " in " + t.getValue() + " of " + tried
                    + " random cases, which changes nothing; draw it away from 1 and 0");
        }
    }

    /** The names the let: lines bind, in order. */
    private static List<String> names(List<Located> lets) {
        List<String> out = new ArrayList<>();
        for (Located let : lets) {
            int eq = let.text().indexOf('=');
            if (eq > 0) out.add(let.text().substring(0, eq).strip());
        }
        return out;
    }

    /**
     * The let names that multiply something in the answer or a template: written
     * next to a '*' ({@code 0.87 * c}, {@code c * w}).
     */
    private static List<String> multipliers(List<String> names, BlockBuilder.QuizSource source) {
        List<String> texts = new ArrayList<>();
        texts.add(source.answer().text());
        for (Located t : source.templates()) texts.add(t.text());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            Pattern p = Pattern.compile("\\*\\s*" + Pattern.quote(n) + "\\b(?!\\s*\\()|(?<![\\w.])" + Pattern.quote(n)
                    + "\\s*\\*(?!\\*)");
            if (texts.stream().anyMatch(t -> p.matcher(t).find())) out.add(n);
        }
        return out;
    }

    /**
     * The comparisons of a yes/no answer, split at top-level {@code and}/{@code or},
     * as [A, bound] pairs: {@code A op N} with a plain number N, and
     * {@code saturated(Z[, T])} as [abs(Z), T] (T defaults to the sigmoid's 5).
     */
    private static List<String[]> comparisons(String answer) {
        List<String[]> out = new ArrayList<>();
        for (String part : topLevel(answer)) {
            String p = part.strip();
            if (p.startsWith("not ")) p = p.substring(4).strip();
            if (p.startsWith("saturated(") && p.endsWith(")")) {
                List<String> args = arguments(p.substring("saturated(".length(), p.length() - 1));
                if (args.size() == 1 || args.size() == 2) {
                    out.add(new String[] {"abs(" + args.get(0) + ")", args.size() == 2 ? args.get(1) : "5"});
                }
                continue;
            }
            var m = COMPARISON.matcher(p);
            int depth = 0;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c == '(' || c == '[') depth++;
                else if (c == ')' || c == ']') depth--;
                else if (depth == 0 && m.find(i) && m.start() == i) {
                    String left = p.substring(0, i).strip();
                    String right = p.substring(m.end()).strip();
                    if (right.matches("-?[0-9]+(\\.[0-9]+)?")) out.add(new String[] {left, right});
                    break;
                }
            }
        }
        return out;
    }

    /** Top-level comma-separated arguments. */
    private static List<String> arguments(String inside) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (c == ',' && depth == 0) {
                out.add(inside.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(inside.substring(start).strip());
        return out;
    }

    /** The answer split at top-level " and " / " or ". */
    private static List<String> topLevel(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (depth == 0 && (text.startsWith(" and ", i) || text.startsWith(" or ", i))) {
                out.add(text.substring(start, i));
                start = i + (text.startsWith(" and ", i) ? 5 : 4);
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
