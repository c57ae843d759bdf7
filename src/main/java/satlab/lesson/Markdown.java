package satlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of Markdown lessons use: paragraphs, headings, bullet and numbered
 * lists (nested by indentation), quotes, and inline emphasis, strong, code and
 * links. Anything else is kept as plain text, so nothing an author writes is lost.
 */
public final class Markdown {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>\\s?(.*)$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,9})[.)]\\s+(.*)$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*<!--.*-->\\s*$");

    private Markdown() {}

    /**
     * Parses lines of Markdown (without fenced blocks, which the lesson parser
     * handles) into paragraphs.
     */
    public static List<Paragraph> paragraphs(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        Paragraph.Kind kind = null;
        int number = 0;
        int depth = 0;
        StringBuilder text = new StringBuilder();
        List<String> code = new ArrayList<>();
        for (String line : lines) {
            // An indented code block starts after a blank line and runs while lines stay indented.
            if ((kind == null && line.startsWith("    ") && !line.isBlank()) || (!code.isEmpty() && (line.startsWith("    ") || line.isBlank()))) {
                code.add(line.isBlank() ? "" : line.substring(4));
                continue;
            }
            flushCode(out, code);
            Matcher m;
            Paragraph.Kind newKind = null;
            String content = null;
            int newNumber = 0;
            int newDepth = 0;
            if (line.isBlank() || RULE.matcher(line).matches() || COMMENT.matcher(line).matches()) {
                flush(out, kind, text, number, depth);
                kind = null;
                continue;
            } else if ((m = HEADING.matcher(line)).matches()) {
                newKind = Paragraph.Kind.HEADING;
                newNumber = m.group(1).length();
                content = m.group(2);
            } else if ((m = QUOTE.matcher(line)).matches()) {
                if (kind == Paragraph.Kind.QUOTE) {
                    text.append(' ').append(m.group(1).strip());
                    continue;
                }
                newKind = Paragraph.Kind.QUOTE;
                content = m.group(1);
            } else if ((m = BULLET.matcher(line)).matches()) {
                newKind = Paragraph.Kind.BULLET;
                newDepth = indentDepth(m.group(1));
                content = m.group(2);
            } else if ((m = NUMBERED.matcher(line)).matches()) {
                newKind = Paragraph.Kind.NUMBERED;
                newDepth = indentDepth(m.group(1));
                newNumber = Integer.parseInt(m.group(2));
                content = m.group(3);
            }
            if (newKind == null) {
                // A plain line continues whatever paragraph is open (lazy continuation).
                if (kind == null || kind == Paragraph.Kind.HEADING) {
                    flush(out, kind, text, number, depth);
                    kind = Paragraph.Kind.TEXT;
                    number = 0;
                    depth = 0;
                } else {
                    text.append(' ');
                }
                text.append(line.strip());
                continue;
            }
            flush(out, kind, text, number, depth);
            kind = newKind;
            number = newNumber;
            depth = newDepth;
            text.append(content.strip());
        }
        flushCode(out, code);
        flush(out, kind, text, number, depth);
        return out;
    }

    private static void flushCode(List<Paragraph> out, List<String> code) {
        while (!code.isEmpty() && code.get(code.size() - 1).isEmpty()) code.remove(code.size() - 1);
        if (!code.isEmpty()) out.add(code(code));
        code.clear();
    }

    private static int indentDepth(String indent) {
        int width = 0;
        for (char c : indent.toCharArray()) width += c == '\t' ? 4 : 1;
        return width / 2;
    }

    private static void flush(List<Paragraph> out, Paragraph.Kind kind, StringBuilder text, int number, int depth) {
        if (kind != null && text.length() > 0) {
            out.add(new Paragraph(kind, inline(text.toString()), number, depth));
        }
        text.setLength(0);
    }

    /** A fenced code block of a language that is not a satlab directive. */
    public static Paragraph code(List<String> lines) {
        return Paragraph.of(Paragraph.Kind.CODE, List.of(new Run(Run.Style.CODE, String.join("\n", lines))));
    }

    /**
     * Inline Markdown of one paragraph: {@code `code`}, {@code **strong**},
     * {@code *emphasis*}, {@code _emphasis_}, links shown as "text (url)" and
     * backslash escapes. An unmatched marker stays literal text.
     */
    public static List<Run> inline(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && isPunctuation(text.charAt(i + 1))) {
                plain.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '`') {
                int ticks = count(text, i, '`');
                String fence = "`".repeat(ticks);
                int close = text.indexOf(fence, i + ticks);
                if (close > 0) {
                    String code = text.substring(i + ticks, close);
                    if (code.length() > 2 && code.startsWith(" ") && code.endsWith(" ")) {
                        code = code.substring(1, code.length() - 1);
                    }
                    add(runs, plain, new Run(Run.Style.CODE, code));
                    i = close + ticks;
                    continue;
                }
                plain.append(fence);
                i += ticks;
                continue;
            }
            if ((c == '*' || c == '_') && opens(text, i)) {
                int len = Math.min(count(text, i, c), 2);
                String delim = String.valueOf(c).repeat(len);
                int close = closing(text, i + len, delim);
                if (close > 0) {
                    Run.Style style = len == 2 ? Run.Style.STRONG : Run.Style.EMPHASIS;
                    add(runs, plain, new Run(style, stripMarkers(text.substring(i + len, close))));
                    i = close + len;
                    continue;
                }
            }
            if (c == '[') {
                int endText = text.indexOf("](", i);
                int endUrl = endText < 0 ? -1 : text.indexOf(')', endText);
                if (endText > i && endUrl > endText) {
                    String label = text.substring(i + 1, endText);
                    String url = text.substring(endText + 2, endUrl);
                    plain.append(label.equals(url) ? url : label + " (" + url + ")");
                    i = endUrl + 1;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        if (plain.length() > 0) runs.add(Run.plain(plain.toString()));
        return runs;
    }

    private static void add(List<Run> runs, StringBuilder plain, Run run) {
        if (plain.length() > 0) {
            runs.add(Run.plain(plain.toString()));
            plain.setLength(0);
        }
        runs.add(run);
    }

    /** A delimiter opens emphasis when text follows it and, for _, it starts a word. */
    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        int after = i + count(text, i, c);
        if (after >= text.length() || Character.isWhitespace(text.charAt(after))) return false;
        return c == '*' || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    /** The next closing delimiter: preceded by non-space, and for _ not inside a word. */
    private static int closing(String text, int from, String delim) {
        int at = text.indexOf(delim, from);
        while (at > from) {
            boolean afterText = !Character.isWhitespace(text.charAt(at - 1));
            int end = at + delim.length();
            boolean wordEnd = delim.charAt(0) == '*' || end >= text.length()
                    || !Character.isLetterOrDigit(text.charAt(end));
            if (afterText && wordEnd) return at;
            at = text.indexOf(delim, at + 1);
        }
        return -1;
    }

    /** Emphasis inside strong (or the reverse) is flattened to the outer style. */
    private static String stripMarkers(String s) {
        StringBuilder sb = new StringBuilder();
        for (Run r : inline(s)) sb.append(r.text());
        return sb.toString();
    }

    private static int count(String text, int i, char c) {
        int j = i;
        while (j < text.length() && text.charAt(j) == c) j++;
        return j - i;
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }
}
