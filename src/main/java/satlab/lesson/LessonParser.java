package satlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import satlab.engine.Names;

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
        /** {@code satlab check}: quizzes over many seeds, plus advice (near-tie quizzes, crowded steps). */
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
    /** lessons/README.md: a step is one screen, with at most two quizzes. */
    static final int MAX_QUIZZES_PER_STEP = 2;

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z][A-Za-z0-9_-]*)[ \\t]*:(.*)$");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern FENCE = Pattern.compile("^( {0,3})(`{3,}|~{3,})[ \\t]*([^\\s`]*).*$");
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
        this.lines = FrontMatter.lines(text);
        this.version = QuizBlock.hash(String.join("\n", lines));
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
        FrontMatter.controlCharacters(lines, report);
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

    private static final FrontMatter.Kind FRONT_MATTER = new FrontMatter.Kind(
            "a lesson starts with front matter: a '---' line, 'id: ...' and 'title: ...' lines, then '---'",
            "the front matter is not closed: add a '---' line after the 'title:' line", FRONT_MATTER_KEYS);

    private Map<String, Located> frontMatter() {
        FrontMatter.Header header = FrontMatter.read(lines, report, FRONT_MATTER);
        Map<String, Located> values = header.values();
        next = header.next();
        if (!header.closed()) return values;
        int closing = header.next();
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
        // Whether pending holds more than blank lines (kept, not recomputed: parsing stays linear).
        boolean pendingText = false;
        int proseLine = stepLine;
        boolean intro = true;
        boolean written = false;
        while (next < lines.size()) {
            String line = lines.get(next);
            int lineNo = next + 1;
            String heading = stepTitle(line);
            Matcher fence = FENCE.matcher(line);
            if (heading != null) {
                prose.addAll(Markdown.paragraphs(pending));
                pending.clear();
                pendingText = false;
                flushProse(blocks, prose, proseLine);
                addStep(steps, stepTitle, blocks, stepLine, intro, written);
                intro = false;
                written = false;
                stepTitle = heading;
                if (stepTitle.isEmpty()) report.error(lineNo, 1, "step heading has no title: write '## Title'");
                stepLine = lineNo;
                blocks = new ArrayList<>();
                proseLine = lineNo + 1;
                next++;
            } else if (fence.matches()) {
                written = true;
                if (prose.isEmpty() && !pendingText) proseLine = lineNo;
                prose.addAll(Markdown.paragraphs(pending));
                pending.clear();
                pendingText = false;
                String word = fence.group(3).toLowerCase(Locale.ROOT);
                int wordColumn = line.indexOf(fence.group(2)) + fence.group(2).length() + 1;
                while (wordColumn <= line.length() && Character.isWhitespace(line.charAt(wordColumn - 1))) wordColumn++;
                boolean directive = BlockBuilder.isDirective(word);
                String nearMiss = directive || word.isEmpty() ? null
                        : Names.closest(word, BlockBuilder.KEYS.keySet()).orElse(null);
                List<String> body = fenced(fence.group(2), lineNo, word, directive || nearMiss != null);
                if (nearMiss != null) {
                    report.error(lineNo, wordColumn, "unknown block '" + Names.shown(word) + "'; did you mean '"
                            + nearMiss + "'? (satlab's blocks are " + String.join(", ", BlockBuilder.KINDS)
                            + "; a fence in another language is shown as code)");
                } else if (directive) {
                    flushProse(blocks, prose, proseLine);
                    if (body != null) {
                        Block block = builder.build(directive(word, lineNo, wordColumn, body));
                        if (block != null) blocks.add(block);
                    }
                    proseLine = next + 1;
                } else {
                    prose.add(Markdown.code(body));
                }
            } else {
                if (prose.isEmpty() && !pendingText && line.isBlank()) proseLine = lineNo + 1;
                pending.add(line);
                pendingText |= !line.isBlank();
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

    /**
     * The title of a step heading ({@code ## Title}, up to three spaces before it), or null
     * when the line is not one. Read by hand: a lazy regex here was quadratic in the line.
     */
    static String stepTitle(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') i++;
        if (!line.startsWith("##", i)) return null;
        i += 2;
        if (i >= line.length() || (line.charAt(i) != ' ' && line.charAt(i) != '\t')) return null;
        int end = line.length();
        while (end > i && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '#')) end--;
        return line.substring(i, end).strip();
    }

    /** The intro (text before the first heading) is a step only if it has content. */
    private void addStep(List<Step> steps, String title, List<Block> blocks, int line, boolean intro, boolean written) {
        if (blocks.isEmpty()) {
            if (intro) return;
            // A step whose only blocks had errors is not empty as written; those errors say enough.
            if (!written) report.warning(line, 1, "step '" + title + "' is empty");
        }
        long quizzes = blocks.stream().filter(b -> b instanceof QuizBlock).count();
        // Advice for authors, as the near-tie warning: satlab check says it, playing does not.
        if (depth.warnNearTies && quizzes > MAX_QUIZZES_PER_STEP) {
            report.warning(line, 1, (intro ? "the first step" : "step '" + title + "'") + " has " + quizzes
                    + " quizzes; a step is one screen and holds at most " + MAX_QUIZZES_PER_STEP
                    + ": start a new step with a '## Title' line between them");
        }
        steps.add(new Step(title, blocks, line));
    }

    /**
     * The lines of a fenced block; {@link #next} ends after the closing fence. A satlab
     * block holds only key lines, so a step heading or another block's opening fence
     * inside it means its closing fence is missing: it ends there, is reported once at
     * its opening line, and null is returned (its keys are not checked, so the mistake
     * does not show as a cascade of errors about the lines that follow).
     */
    private List<String> fenced(String opening, int lineNo, String word, boolean directive) {
        List<String> body = new ArrayList<>();
        next++;
        char c = opening.charAt(0);
        String name = word.isEmpty() ? "code" : Names.shown(word);
        String closing = opening.length() <= 8 ? opening : opening.length() + " " + c + " characters";
        while (next < lines.size()) {
            String line = lines.get(next);
            String s = line.strip();
            if (s.length() >= opening.length() && s.chars().allMatch(ch -> ch == c) && line.indexOf(c) <= 3) {
                next++;
                return body;
            }
            if (directive && (stepTitle(line) != null || (FENCE.matcher(line).matches() && !s.chars().allMatch(ch -> ch == c)))) {
                report.error(lineNo, 1, name + " block opened on line " + lineNo + " is not closed: add a line with "
                        + closing + " before line " + (next + 1) + ", where " + (stepTitle(line) != null
                        ? "the next step starts" : "the next block starts"));
                return null;
            }
            next++;
            body.add(line);
        }
        report.error(lineNo, 1, name + " block opened on line " + lineNo + " is not closed: add a line with "
                + closing + " after its last line (as it is, it runs to the end of the file)");
        return directive ? null : body;
    }

    private Directive directive(String kind, int fenceLine, int kindColumn, List<String> body) {
        List<Directive.Entry> entries = new ArrayList<>();
        // Each entry's value as written: its first line and continuation lines, joined at the end.
        List<List<Located>> entryPieces = new ArrayList<>();
        List<Directive.OptionLine> options = new ArrayList<>();
        // The value (or option) the next indented line continues, if any.
        int openEntry = -1;
        boolean openOption = false;
        List<Located> optionPieces = new ArrayList<>();
        int optionLine = 0;
        int optionColumn = 1;
        boolean optionRight = false;
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k);
            int lineNo = fenceLine + 1 + k;
            if (line.isBlank()) {
                openEntry = -1;
                if (openOption) options.add(option(optionRight, optionPieces, optionLine, optionColumn));
                openOption = false;
                continue;
            }
            if (line.startsWith("  ") && (openEntry >= 0 || openOption)) {
                Located more = Located.at(line.substring(2), lineNo, 3).strip();
                if (openOption) {
                    optionPieces.add(more);
                } else if (!more.text().isEmpty()) {
                    if (entryPieces.get(openEntry).get(0).text().isEmpty()) entryPieces.get(openEntry).set(0, more);
                    else entryPieces.get(openEntry).add(more);
                }
                continue;
            }
            int indent = FrontMatter.firstNonSpace(line) - 1;
            if (indent > 0 && (openEntry >= 0 || openOption) && !KEY_VALUE.matcher(line.substring(indent)).matches()
                    && !OPTION.matcher(line.substring(indent)).matches()) {
                report.error(lineNo, 1, "a value continues on lines indented by two spaces; this line is indented by "
                        + (line.charAt(0) == '\t' ? "a tab" : line.startsWith("  ") ? "other white space" : "one space")
                        + ": start it with two spaces");
                continue;
            }
            if (openOption) options.add(option(optionRight, optionPieces, optionLine, optionColumn));
            openOption = false;
            openEntry = -1;
            String s = line.substring(indent);
            Matcher opt = OPTION.matcher(s);
            Matcher kv = KEY_VALUE.matcher(s);
            if (opt.matches()) {
                openOption = true;
                optionRight = !opt.group(1).equals(" ");
                optionLine = lineNo;
                optionColumn = indent + 1;
                optionPieces = new ArrayList<>();
                optionPieces.add(Located.at(opt.group(2), lineNo, indent + opt.start(2) + 1).strip());
            } else if (kv.matches()) {
                Located value = Located.at(kv.group(2), lineNo, indent + kv.start(2) + 1).strip();
                entries.add(new Directive.Entry(kv.group(1).toLowerCase(Locale.ROOT), lineNo, indent + 1, value));
                entryPieces.add(new ArrayList<>(List.of(value)));
                openEntry = entries.size() - 1;
            } else {
                report.error(lineNo, indent + 1, "expected 'key: value'" + (kind.equals("quiz")
                        ? " or an option line such as '- [x] right answer'" : "") + " in a " + kind + " block");
            }
        }
        if (openOption) options.add(option(optionRight, optionPieces, optionLine, optionColumn));
        for (int i = 0; i < entries.size(); i++) {
            Directive.Entry e = entries.get(i);
            entries.set(i, new Directive.Entry(e.key(), e.line(), e.column(), Located.join(entryPieces.get(i))));
        }
        return new Directive(kind, fenceLine, kindColumn, entries, options, String.join("\n", body));
    }

    /** Splits "text // feedback"; the option is reported at its '-' column. */
    private static Directive.OptionLine option(boolean right, List<Located> pieces, int line, int column) {
        Located raw = Located.join(pieces);
        int split = raw.text().startsWith("//") ? 0 : raw.text().indexOf(" //");
        if (split < 0) return new Directive.OptionLine(right, raw, null, line, column);
        Located text = raw.substring(0, split).strip();
        Located feedback = raw.substring(split + (split == 0 ? 2 : 3), raw.text().length()).strip();
        return new Directive.OptionLine(right, text, feedback, line, column);
    }
}
