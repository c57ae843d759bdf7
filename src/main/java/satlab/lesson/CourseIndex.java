package satlab.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a course's index file, {@value #FILE_NAME} beside the lessons: front matter as
 * a lesson's ({@link FrontMatter}), with {@code title} (required) and {@code description};
 * what follows the front matter is for people browsing the directory and is not shown.
 * Cheap enough for the first frame: a few lines, no expression, no Markdown parse.
 *
 * <p>The limits are the menu's: the title fits the title bar of the smallest screen the
 * tutor draws (60 columns) after "satlab — ", the description fits two lines of it.
 */
public final class CourseIndex {

    /** The index file's name in a lesson directory; it is not a lesson. */
    public static final String FILE_NAME = "course.md";
    static final List<String> KEYS = List.of("title", "description");
    /** 60 columns, less the bar's two margins, "satlab — " and one space before the learner's name. */
    public static final int MAX_TITLE_COLUMNS = 48;
    /** The menu wraps the description to the screen less its margins: 58 columns at the smallest. */
    public static final int DESCRIPTION_WIDTH = 58;
    public static final int MAX_DESCRIPTION_LINES = 2;

    private static final FrontMatter.Kind KIND = new FrontMatter.Kind(
            "a course index starts with front matter: a '---' line, a 'title: ...' line"
                    + " (and 'description: ...' if you like), then '---'",
            "the front matter is not closed: add a '---' line after the 'title:' line", KEYS);

    private CourseIndex() {}

    /** The course's title and description, present only when the file has no errors. */
    public record Result(Optional<CourseInfo> info, List<Diagnostic> diagnostics) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /** What to show: the file's, or {@link CourseInfo#DEFAULT} when it has errors. */
        public CourseInfo infoOrDefault() {
            return info.orElse(CourseInfo.DEFAULT);
        }
    }

    /** Whether a file name is a course index's rather than a lesson's. */
    public static boolean isIndexName(String fileName) {
        return fileName.equalsIgnoreCase(FILE_NAME);
    }

    /** @param file the name to use in diagnostics (the path as the user gave it) */
    public static Result parse(String file, String text) {
        Report report = new Report(file);
        List<String> lines = FrontMatter.lines(text);
        FrontMatter.controlCharacters(lines, report);
        FrontMatter.Header header = FrontMatter.read(lines, report, KIND);
        Map<String, Located> values = header.values();
        if (header.closed()) {
            Located title = values.get("title");
            if (title == null || title.text().isEmpty()) {
                report.error(title == null ? header.next() : title.line(), title == null ? 1 : title.column(0),
                        "the course has no title: " + (title == null ? "add a line such as 'title: Neural networks,"
                                + " week 3' above this one" : "write one after 'title:'"));
            } else {
                int columns = columns(title.text());
                if (columns > MAX_TITLE_COLUMNS) {
                    report.error(title, "the title is " + columns + " columns wide; at most " + MAX_TITLE_COLUMNS
                            + " fit the menu's title bar on a 60-column terminal: shorten it"
                            + " (the description can say more)");
                }
            }
            Located description = values.get("description");
            if (description != null && description.text().isEmpty()) {
                report.warning(description.line(), 1, "the description is empty: write one after"
                        + " 'description:' or delete the line");
            } else if (description != null) {
                int wrapped = lines(description.text(), DESCRIPTION_WIDTH);
                if (wrapped > MAX_DESCRIPTION_LINES) {
                    report.error(description, "the description takes " + wrapped + " lines of a 60-column menu;"
                            + " keep it to " + MAX_DESCRIPTION_LINES + " (about " + (MAX_DESCRIPTION_LINES
                            * DESCRIPTION_WIDTH - 10) + " characters): the rest of the file, below the"
                            + " front matter, is the place for more");
                }
            }
        }
        List<Diagnostic> diagnostics = report.diagnostics();
        if (report.hasErrors()) return new Result(Optional.empty(), diagnostics);
        Located description = values.get("description");
        return new Result(Optional.of(new CourseInfo(values.get("title").text(),
                description == null ? "" : description.text())), diagnostics);
    }

    /**
     * The lines a text takes wrapped at spaces to {@code width} columns, a word wider than a line
     * broken across lines, as {@link Wrap#text} lays it out; counted by hand, without the
     * paragraph model, as this runs before the first frame.
     */
    static int lines(String text, int width) {
        int full = 0; // lines filled and left behind
        int used = 0; // columns on the current line
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && text.charAt(i) == ' ') i++;
            int start = i;
            while (i < text.length() && text.charAt(i) != ' ') i++;
            if (start == i) break;
            String word = text.substring(start, i);
            if (used > 0 && used + 1 + columns(word) > width) {
                full++;
                used = 0;
            }
            if (used > 0) used++;
            for (int k = 0; k < word.length(); ) {
                int cp = word.codePointAt(k);
                k += Character.charCount(cp);
                if (used > 0 && used + cells(cp) > width) {
                    full++;
                    used = 0;
                }
                used += cells(cp);
            }
        }
        return full + 1;
    }

    /** Columns a string takes on a terminal: two for East Asian wide characters and emoji, else one. */
    static int columns(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += cells(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /**
     * The wide ranges of Unicode's East Asian Width (W and F) and the emoji blocks, as terminals
     * draw them; close enough for a limit, and free of the terminal libraries this package
     * does without.
     */
    static int cells(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
                || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
                || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
                || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
                || (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
        return wide ? 2 : 1;
    }
}
