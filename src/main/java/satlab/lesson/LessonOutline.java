package satlab.lesson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a course menu shows of a lesson before the lesson is parsed: its id, title,
 * place in the course and number of steps, read from the front matter and the step
 * headings without parsing any block. Reading a course's outline takes about a
 * millisecond where a full parse (every quiz tried, every expression checked) takes
 * tens, so the tutor draws its first frame from the outline and parses in the
 * background. For a lesson without errors the outline agrees with the parse;
 * a lesson the parse rejects may still have an outline, which a player replaces
 * with the parse's result when it arrives.
 *
 * @param steps the step count as the parser would count it: the text before the
 *              first {@code ##} heading is a step only when it has content
 */
public record LessonOutline(String id, String title, OptionalInt order, String source, int steps) {

    /** The outline of a parsed lesson. */
    public static LessonOutline of(Lesson lesson) {
        return new LessonOutline(lesson.id(), lesson.title(), lesson.order(), lesson.source(), lesson.steps().size());
    }

    /**
     * The outlines of these lesson files in course order (as {@link CourseLoader}
     * orders lessons), leaving out files whose front matter names no id or title and
     * later files that repeat an id: the parse would reject those.
     */
    public static List<LessonOutline> of(List<CourseLoader.Source> sources) {
        List<LessonOutline> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CourseLoader.Source source : sources) {
            LessonOutline o = scan(source.name(), source.text());
            if (o != null && ids.add(o.id())) out.add(o);
        }
        out.sort(LessonOutline::courseOrder);
        return List.copyOf(out);
    }

    /**
     * By {@code order}, lessons without one last, then by file name: {@link CourseLoader}'s
     * order. Written out rather than composed from Comparator's factories, whose lambdas
     * the class-data archive cannot hold: this runs before the tutor's first frame.
     */
    static int courseOrder(LessonOutline a, LessonOutline b) {
        int byOrder = Integer.compare(a.order().orElse(Integer.MAX_VALUE), b.order().orElse(Integer.MAX_VALUE));
        return byOrder != 0 ? byOrder : CourseLoader.fileName(a.source()).compareTo(CourseLoader.fileName(b.source()));
    }

    /** One file's outline, or null when its front matter has no id or title. */
    static LessonOutline scan(String name, String text) {
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\n", -1);
        if (lines.length == 0 || !strip(lines[0]).equals("---")) return null;
        String id = null, title = null;
        OptionalInt order = OptionalInt.empty();
        int i = 1;
        for (; i < lines.length && !strip(lines[i]).equals("---"); i++) {
            String line = strip(lines[i]);
            int colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith("#")) continue;
            String key = line.substring(0, colon).strip();
            String value = unquote(line.substring(colon + 1).strip());
            switch (key) {
                case "id" -> id = id == null ? value : id;
                case "title" -> title = title == null ? value : title;
                case "order" -> {
                    try {
                        if (order.isEmpty()) order = OptionalInt.of(Integer.parseInt(value));
                    } catch (NumberFormatException notANumber) {
                        // The parse reports it; the outline places the lesson last.
                    }
                }
                default -> { }
            }
        }
        if (i >= lines.length || id == null || id.isEmpty() || title == null || title.isEmpty()) return null;
        int steps = 0;
        boolean intro = true, written = false;
        String fence = null;
        for (i++; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (fence != null) {
                if (closes(line, fence)) fence = null;
                continue;
            }
            String opening = fenceOpening(line);
            if (opening != null) {
                fence = opening;
                written = true;
            } else if (isStepHeading(line)) {
                if (!intro || written) steps++;
                intro = false;
                written = false;
            } else if (!line.isBlank()) {
                written = true;
            }
        }
        if (!intro || written) steps++;
        return new LessonOutline(id, title, order, name, steps);
    }

    /** A closing fence: only the opening's character, at least as many, indented at most three spaces. */
    private static boolean closes(String line, String opening) {
        char c = opening.charAt(0);
        String s = line.strip();
        return s.length() >= opening.length() && s.chars().allMatch(ch -> ch == c) && line.indexOf(c) <= 3;
    }

    /** A level-2 heading: up to three spaces, "##", then a space or tab. */
    private static boolean isStepHeading(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') i++;
        return line.startsWith("##", i) && line.length() > i + 2 && (line.charAt(i + 2) == ' ' || line.charAt(i + 2) == '\t');
    }

    /** The fence (three or more backticks or tildes after up to three spaces) a line opens, or null. */
    private static String fenceOpening(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') i++;
        if (i >= line.length() || (line.charAt(i) != '`' && line.charAt(i) != '~')) return null;
        char c = line.charAt(i);
        int j = i;
        while (j < line.length() && line.charAt(j) == c) j++;
        return j - i >= 3 ? line.substring(i, j) : null;
    }

    private static String strip(String line) {
        return line.strip();
    }

    private static String unquote(String t) {
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
