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

    /**
     * One file's outline, or null when its front matter has no id or title. It runs before
     * the first frame, in the interpreter, over every lesson file: it walks the text line by
     * line in place (no split into strings, no streams) and looks at a line's first few
     * characters only, so the whole course takes well under a millisecond.
     */
    static LessonOutline scan(String name, String text) {
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int end = lineEnd(text, pos);
        if (!text.substring(pos, end).strip().equals("---")) return null;
        String id = null, title = null;
        OptionalInt order = OptionalInt.empty();
        boolean closed = false;
        while (end < text.length()) {
            pos = end + 1;
            end = lineEnd(text, pos);
            String line = text.substring(pos, end).strip();
            if (line.equals("---")) {
                closed = true;
                break;
            }
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
        if (!closed || id == null || id.isEmpty() || title == null || title.isEmpty()) return null;
        int steps = 0;
        // Before the first heading: whether any text came, which makes the intro a step.
        boolean intro = true, written = false;
        char fence = 0; // the open fence's character, or 0
        int fenceLength = 0;
        while (end < text.length()) {
            pos = end + 1;
            end = lineEnd(text, pos);
            int to = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (fence != 0) {
                if (closes(text, pos, to, fence, fenceLength)) fence = 0;
                continue;
            }
            int at = pos;
            while (at < to && at - pos < 3 && text.charAt(at) == ' ') at++;
            char c = at < to ? text.charAt(at) : 0;
            int run = at;
            if (c == '`' || c == '~') {
                while (run < to && text.charAt(run) == c) run++;
            }
            if (run - at >= 3) {
                fence = c;
                fenceLength = run - at;
                written = true;
            } else if (c == '#' && to - at > 2 && text.charAt(at + 1) == '#'
                    && (text.charAt(at + 2) == ' ' || text.charAt(at + 2) == '\t')) {
                if (!intro || written) steps++;
                intro = false;
                written = false;
            } else if (intro && !written && !text.substring(pos, to).isBlank()) {
                written = true;
            }
        }
        if (!intro || written) steps++;
        return new LessonOutline(id, title, order, name, steps);
    }

    /** Where the line starting at {@code pos} ends: its newline, or the end of the text. */
    private static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    /**
     * Whether the line text[from, to) closes a fence of {@code length} {@code c}s: only that
     * character, at least as many, after at most three columns of white space.
     */
    private static boolean closes(String text, int from, int to, char c, int length) {
        int first = from;
        while (first < to && Character.isWhitespace(text.charAt(first))) first++;
        if (first == to || text.charAt(first) != c || first - from > 3) return false;
        int last = to;
        while (last > first && Character.isWhitespace(text.charAt(last - 1))) last--;
        if (last - first < length) return false;
        for (int i = first; i < last; i++) {
            if (text.charAt(i) != c) return false;
        }
        return true;
    }

    private static String unquote(String t) {
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
