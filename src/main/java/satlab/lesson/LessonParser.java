package satlab.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one lesson file: front matter, steps at level-2 headings, Markdown prose and
 * fenced satlab blocks. Reports every problem it finds, with line and column, rather
 * than stopping at the first, and checks every expression with the engine.
 */
public final class LessonParser {

    /** The lesson, present only when the file has no errors; warnings may accompany it. */
    public record Result(Optional<Lesson> lesson, List<Diagnostic> diagnostics) {}

    /**
     * How hard to look. Every depth parses the file and evaluates every plot and
     * neuron value; they differ in how many random seeds each quiz is tried with.
     */
    public enum Depth {
        /** {@code satlab check}: quizzes over many seeds, plus warnings for near-tie quizzes. */
        FULL(Evaluation.SAMPLE_SEEDS, true),
        /** Loading lessons to play: each quiz once, so a broken expression is reported, not met by a learner. */
        QUICK(1, false),
        /**
         * The bundled course, which the build checks in full: structure only; quizzes,
         * plotted functions and neuron lists are not evaluated.
         */
        TRUSTED(0, false);

        final int seeds;
        final boolean warnNearTies;

        Depth(int seeds, boolean warnNearTies) {
            this.seeds = seeds;
            this.warnNearTies = warnNearTies;
        }
    }

    static final List<String> FRONT_MATTER_KEYS = List.of("id", "title", "order", "threshold", "attempts");

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)[ \\t]*:(.*)$");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})[ \\t]*([^\\s`]*).*$");
    private static final Pattern STEP = Pattern.compile("^ {0,3}##[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern OPTION = Pattern.compile("^-[ \\t]+\\[([ xX])\\](.*)$");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private final Report report;
    private final List<String> lines;
    private final String version;
    private int next;

    private final Depth depth;

    private LessonParser(String file, String text, Depth depth) {
        this.report = new Report(file);
        this.depth = depth;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> ls = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            ls.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        if (ls.size() > 1 && ls.get(ls.size() - 1).isEmpty()) ls.remove(ls.size() - 1);
        this.lines = ls;
        this.version = QuizBlock.hash(String.join("\n", ls));
    }

    /**
     * Parses and fully checks a lesson ({@link Depth#FULL}).
     *
     * @param file the name to use in diagnostics (the path as the user typed it)
     */
    public static Result parse(String file, String text) {
        return parse(file, text, Depth.FULL);
    }

    public static Result parse(String file, String text, Depth depth) {
        return new LessonParser(file, text, depth).run();
    }

    private Result run() {
        Map<String, Located> front = frontMatter();
        String id = front.containsKey("id") ? front.get("id").text() : "";
        String title = front.containsKey("title") ? front.get("title").text() : "";
        OptionalInt order = OptionalInt.empty();
        OptionalDouble threshold = OptionalDouble.empty();
        if (front.containsKey("order")) {
            Located v = front.get("order");
            if (INTEGER.matcher(v.text()).matches()) order = OptionalInt.of(Integer.parseInt(v.text()));
            else report.error(v, "'order' must be a whole number, such as 'order: 3'");
        }
        Evaluation evaluation = new Evaluation(depth);
        if (front.containsKey("threshold")) {
            double t = evaluation.number(front.get("threshold"), report);
            if (!Double.isNaN(t) && !(t > 0)) report.error(front.get("threshold"), "'threshold' must be above 0");
            else if (!Double.isNaN(t)) threshold = OptionalDouble.of(t);
        }
        BlockBuilder builder = new BlockBuilder(report, threshold, evaluation);
        int attempts = front.containsKey("attempts") ? builder.attempts(front.get("attempts"), QuizBlock.DEFAULT_ATTEMPTS)
                : QuizBlock.DEFAULT_ATTEMPTS;
        List<Step> steps = steps(title, new BlockBuilder(report, threshold, evaluation, attempts));
        QuizIdentity.reportDuplicates(steps, report);
        if (steps.isEmpty() && !report.hasErrors()) {
            report.error(lines.size(), 1, "lesson has no content: add text, or '## Step title' headings with text under them");
        }
        Lesson lesson = report.hasErrors() ? null : new Lesson(id, title, order, threshold, report.file(), steps, version);
        return new Result(Optional.ofNullable(lesson), report.diagnostics());
    }

    private Map<String, Located> frontMatter() {
        Map<String, Located> values = new LinkedHashMap<>();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            report.error(1, 1, "a lesson starts with front matter: a '---' line, 'id: ...' and 'title: ...' lines, then '---'");
            return values;
        }
        int i = 1;
        while (i < lines.size() && !lines.get(i).strip().equals("---")) {
            String line = lines.get(i);
            int lineNo = i + 1;
            i++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                report.error(lineNo, firstNonSpace(line), "expected 'key: value' in the front matter");
                continue;
            }
            String key = m.group(1);
            Located value = unquote(valueOf(m, 2, lineNo));
            if (!FRONT_MATTER_KEYS.contains(key)) {
                report.error(lineNo, 1, "unknown front-matter key '" + key + "' (known keys: "
                        + String.join(", ", FRONT_MATTER_KEYS) + ")");
            } else if (values.containsKey(key)) {
                report.error(lineNo, 1, "'" + key + "' is given twice (first on line " + values.get(key).line() + "); keep one");
            } else {
                values.put(key, value);
            }
        }
        if (i >= lines.size()) {
            report.error(1, 1, "the front matter is not closed: add a '---' line after the 'title:' line");
            next = lines.size();
            return values;
        }
        next = i + 1;
        int closing = i + 1;
        if (!values.containsKey("id")) {
            report.error(closing, 1, "front matter has no 'id': add a line such as 'id: large-weights' above this one");
        } else if (!ID.matcher(values.get("id").text()).matches()) {
            report.error(values.get("id"), "id '" + values.get("id").text()
                    + "' may use only lower-case letters, digits and '-' (such as 'large-weights')");
        }
        if (!values.containsKey("title") || values.get("title").text().isEmpty()) {
            report.error(closing, 1, "front matter has no 'title': add a line such as 'title: Large weights' above this one");
        }
        return values;
    }

    private List<Step> steps(String lessonTitle, BlockBuilder builder) {
        List<Step> steps = new ArrayList<>();
        String stepTitle = lessonTitle;
        int stepLine = next + 1;
        List<Block> blocks = new ArrayList<>();
        List<Paragraph> prose = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        int proseLine = stepLine;
        boolean intro = true;
        boolean written = false;
        while (next < lines.size()) {
            String line = lines.get(next);
            int lineNo = next + 1;
            Matcher step = STEP.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (step.matches()) {
                prose.addAll(Markdown.paragraphs(pending));
                pending.clear();
                flushProse(blocks, prose, proseLine);
                addStep(steps, stepTitle, blocks, stepLine, intro, written);
                intro = false;
                written = false;
                stepTitle = step.group(1);
                if (stepTitle.isEmpty()) report.error(lineNo, 1, "step heading has no title: write '## Title'");
                stepLine = lineNo;
                blocks = new ArrayList<>();
                proseLine = lineNo + 1;
                next++;
            } else if (fence.matches()) {
                written = true;
                if (prose.isEmpty() && pending.stream().allMatch(String::isBlank)) proseLine = lineNo;
                prose.addAll(Markdown.paragraphs(pending));
                pending.clear();
                String word = fence.group(3).toLowerCase(Locale.ROOT);
                int wordColumn = line.indexOf(fence.group(2)) + fence.group(2).length() + 1;
                while (wordColumn <= line.length() && Character.isWhitespace(line.charAt(wordColumn - 1))) wordColumn++;
                List<String> body = fenced(fence.group(2), lineNo, word);
                if (BlockBuilder.isDirective(word)) {
                    flushProse(blocks, prose, proseLine);
                    Block block = builder.build(directive(word, lineNo, wordColumn, body));
                    if (block != null) blocks.add(block);
                    proseLine = next + 1;
                } else {
                    prose.add(Markdown.code(body));
                }
            } else {
                if (prose.isEmpty() && pending.stream().allMatch(String::isBlank) && line.isBlank()) proseLine = lineNo + 1;
                pending.add(line);
                written |= !line.isBlank();
                next++;
            }
        }
        prose.addAll(Markdown.paragraphs(pending));
        flushProse(blocks, prose, proseLine);
        addStep(steps, stepTitle, blocks, stepLine, intro, written);
        return steps;
    }

    private void flushProse(List<Block> blocks, List<Paragraph> prose, int line) {
        if (!prose.isEmpty()) blocks.add(new Prose(prose, line));
        prose.clear();
    }

    /** The intro (text before the first heading) is a step only if it has content. */
    private void addStep(List<Step> steps, String title, List<Block> blocks, int line, boolean intro, boolean written) {
        if (blocks.isEmpty()) {
            if (intro) return;
            // A step whose only blocks had errors is not empty as written; those errors say enough.
            if (!written) report.warning(line, 1, "step '" + title + "' is empty");
        }
        steps.add(new Step(title, blocks, line));
    }

    /** The lines of a fenced block; {@link #next} ends after the closing fence. */
    private List<String> fenced(String opening, int lineNo, String word) {
        List<String> body = new ArrayList<>();
        next++;
        char c = opening.charAt(0);
        while (next < lines.size()) {
            String line = lines.get(next);
            String s = line.strip();
            next++;
            if (s.length() >= opening.length() && s.chars().allMatch(ch -> ch == c) && line.indexOf(c) <= 3) {
                return body;
            }
            body.add(line);
        }
        report.error(lineNo, 1, (word.isEmpty() ? "code" : word) + " block is not closed: add a line with "
                + opening + " after it");
        return body;
    }

    private Directive directive(String kind, int fenceLine, int kindColumn, List<String> body) {
        List<Directive.Entry> entries = new ArrayList<>();
        List<Directive.OptionLine> options = new ArrayList<>();
        // The value (or option) the next indented line continues, if any.
        int openEntry = -1;
        boolean openOption = false;
        Located optionRaw = null;
        int optionLine = 0;
        int optionColumn = 1;
        boolean optionRight = false;
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k);
            int lineNo = fenceLine + 1 + k;
            if (line.isBlank()) {
                openEntry = -1;
                if (openOption) options.add(option(optionRight, optionRaw, optionLine, optionColumn));
                openOption = false;
                continue;
            }
            if (line.startsWith("  ") && (openEntry >= 0 || openOption)) {
                Located more = Located.at(line.substring(2), lineNo, 3).strip();
                if (openOption) {
                    optionRaw = optionRaw.append(more);
                } else {
                    Directive.Entry e = entries.get(openEntry);
                    entries.set(openEntry, new Directive.Entry(e.key(), e.line(), e.column(),
                            e.value().text().isEmpty() ? more : e.value().append(more)));
                }
                continue;
            }
            if (openOption) options.add(option(optionRight, optionRaw, optionLine, optionColumn));
            openOption = false;
            openEntry = -1;
            int indent = firstNonSpace(line) - 1;
            String s = line.substring(indent);
            Matcher opt = OPTION.matcher(s);
            Matcher kv = KEY_VALUE.matcher(s);
            if (opt.matches()) {
                openOption = true;
                optionRight = !opt.group(1).equals(" ");
                optionLine = lineNo;
                optionColumn = indent + 1;
                optionRaw = Located.at(opt.group(2), lineNo, indent + opt.start(2) + 1).strip();
            } else if (kv.matches()) {
                Located value = Located.at(kv.group(2), lineNo, indent + kv.start(2) + 1).strip();
                entries.add(new Directive.Entry(kv.group(1).toLowerCase(Locale.ROOT), lineNo, indent + 1, value));
                openEntry = entries.size() - 1;
            } else {
                report.error(lineNo, indent + 1, "expected 'key: value'" + (kind.equals("quiz")
                        ? " or an option line such as '- [x] right answer'" : "") + " in a " + kind + " block");
            }
        }
        if (openOption) options.add(option(optionRight, optionRaw, optionLine, optionColumn));
        return new Directive(kind, fenceLine, kindColumn, entries, options, String.join("\n", body));
    }

    /** Splits "text // feedback"; the option is reported at its '-' column. */
    private static Directive.OptionLine option(boolean right, Located raw, int line, int column) {
        int split = raw.text().startsWith("//") ? 0 : raw.text().indexOf(" //");
        if (split < 0) return new Directive.OptionLine(right, raw, null, line, column);
        Located text = raw.substring(0, split).strip();
        Located feedback = raw.substring(split + (split == 0 ? 2 : 3), raw.text().length()).strip();
        return new Directive.OptionLine(right, text, feedback, line, column);
    }

    private static Located valueOf(Matcher m, int group, int lineNo) {
        return Located.at(m.group(group), lineNo, m.start(group) + 1).strip();
    }

    /** YAML habit: "Title" and 'Title' mean Title. */
    private static Located unquote(Located v) {
        String t = v.text();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return v.substring(1, t.length() - 1);
        }
        return v;
    }

    private static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        return i + 1;
    }
}
