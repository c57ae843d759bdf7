package satlab.lesson;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Lesson prose: CommonMark, read by commonmark-java (linear in the input, also for the
 * pathological runs of {@code *}, {@code _} and {@code [} an outsider's file can hold),
 * turned into satlab's own model of paragraphs and styled runs that every player wraps.
 *
 * <p>What renders: paragraphs, headings, bullet and numbered lists (nested), block
 * quotes, indented and fenced code, and inline emphasis, strong, code and links
 * (shown as "text (address)"). Thematic breaks only separate; HTML comments are
 * dropped; other HTML and images are shown as their text. lessons/README.md lists it.
 */
public final class Markdown {

    /** Deeper nesting (lists in quotes in lists...) is shown at this depth, flattened. */
    static final int MAX_DEPTH = 16;

    /** Thread-safe once built; the same parser serves every lesson. */
    private static final Parser PARSER = Parser.builder().build();
    /** For one paragraph's text (a quiz question, an option): no block syntax, so "1984." or "- x" stay text. */
    private static final Parser INLINE_PARSER = Parser.builder().enabledBlockTypes(Set.of()).build();

    private Markdown() {}

    /**
     * Parses lines of Markdown (without the fenced satlab blocks and step headings,
     * which the lesson parser handles) into paragraphs.
     */
    public static List<Paragraph> paragraphs(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        if (lines.stream().allMatch(String::isBlank)) return out;
        try {
            Node document = PARSER.parse(String.join("\n", lines));
            blocks(document, out, Context.TOP);
            return out;
        } catch (StackOverflowError e) {
            return unstyled(lines);
        }
    }

    /**
     * commonmark-java recurses over nested emphasis when it merges text, so thousands of
     * paired {@code *} can exhaust a thread's stack (the fuzz suite found 16,000 at 512 KB):
     * such prose is shown as written, paragraph by paragraph, without styles.
     */
    private static List<Paragraph> unstyled(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                if (text.length() > 0) out.add(Paragraph.of(Paragraph.Kind.TEXT, List.of(Run.plain(text.toString()))));
                text.setLength(0);
            } else {
                if (text.length() > 0) text.append(' ');
                text.append(line.strip());
            }
        }
        if (text.length() > 0) out.add(Paragraph.of(Paragraph.Kind.TEXT, List.of(Run.plain(text.toString()))));
        return out;
    }

    /** Where a block sits: inside a quote, inside a list item (and at what depth). */
    private record Context(boolean quote, int listDepth, int level) {
        static final Context TOP = new Context(false, -1, 0);

        Context deeper() {
            return new Context(quote, listDepth, level + 1);
        }
    }

    private static void blocks(Node parent, List<Paragraph> out, Context where) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n, out, where);
    }

    private static void block(Node n, List<Paragraph> out, Context where) {
        if (where.level() >= MAX_DEPTH) {
            add(out, new Paragraph(Paragraph.Kind.TEXT, List.of(Run.plain(flatText(n))), 0, 0));
            return;
        }
        if (n instanceof org.commonmark.node.Paragraph) {
            add(out, new Paragraph(where.quote() ? Paragraph.Kind.QUOTE : Paragraph.Kind.TEXT, inline(n), 0, 0));
        } else if (n instanceof Heading h) {
            add(out, new Paragraph(Paragraph.Kind.HEADING, inline(h), h.getLevel(), 0));
        } else if (n instanceof BlockQuote) {
            blocks(n, out, new Context(true, where.listDepth(), where.level() + 1));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            int number = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            Context inner = new Context(where.quote(), Math.max(0, where.listDepth() + 1), where.level() + 1);
            for (Node item = n.getFirstChild(); item != null; item = item.getNext(), number++) {
                listItem((ListItem) item, n instanceof OrderedList, number, out, inner);
            }
        } else if (n instanceof FencedCodeBlock f) {
            add(out, code(List.of(trimEnd(f.getLiteral()).split("\n", -1))));
        } else if (n instanceof IndentedCodeBlock c) {
            add(out, code(List.of(trimEnd(c.getLiteral()).split("\n", -1))));
        } else if (n instanceof HtmlBlock h) {
            String html = h.getLiteral().strip();
            if (!(html.startsWith("<!--") && html.endsWith("-->"))) {
                add(out, new Paragraph(Paragraph.Kind.TEXT, List.of(Run.plain(html)), 0, 0));
            }
        }
        // ThematicBreak separates; LinkReferenceDefinition is used by links, not shown.
    }

    /** An item's first paragraph carries the marker; what follows stays inside the item. */
    private static void listItem(ListItem item, boolean numbered, int number, List<Paragraph> out, Context where) {
        Paragraph.Kind kind = numbered ? Paragraph.Kind.NUMBERED : Paragraph.Kind.BULLET;
        int depth = Math.min(where.listDepth(), MAX_DEPTH);
        boolean marked = false;
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (!marked && child instanceof org.commonmark.node.Paragraph) {
                add(out, new Paragraph(kind, inline(child), numbered ? number : 0, depth));
                marked = true;
            } else {
                block(child, out, where.deeper());
            }
        }
        if (!marked) add(out, new Paragraph(kind, List.of(), numbered ? number : 0, depth));
    }

    private static void add(List<Paragraph> out, Paragraph p) {
        if (p.kind() == Paragraph.Kind.CODE || !p.runs().isEmpty() || p.kind() == Paragraph.Kind.BULLET
                || p.kind() == Paragraph.Kind.NUMBERED) {
            out.add(p);
        }
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') end--;
        return s.substring(0, end);
    }

    /** A fenced code block of a language that is not a satlab directive. */
    public static Paragraph code(List<String> lines) {
        return Paragraph.of(Paragraph.Kind.CODE, List.of(new Run(Run.Style.CODE, String.join("\n", lines))));
    }

    /**
     * Inline Markdown of one paragraph's text: {@code `code`}, {@code **strong**},
     * {@code *emphasis*}, {@code _emphasis_}, links shown as "text (url)" and
     * backslash escapes. Markers that do not pair stay literal text.
     */
    public static List<Run> inline(String text) {
        Node document;
        try {
            document = INLINE_PARSER.parse(text);
        } catch (StackOverflowError e) {
            return List.of(Run.plain(text));
        }
        List<Run> runs = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!runs.isEmpty()) append(runs, Run.Style.PLAIN, " ");
            runs.addAll(inline(n));
        }
        return merge(runs);
    }

    /** The styled runs of a block's inline children, walked without recursion. */
    private static List<Run> inline(Node block) {
        List<Run> runs = new ArrayList<>();
        // Each entry: a node still to visit and the style it inherits (the outermost wins).
        Deque<Object[]> todo = new ArrayDeque<>();
        pushChildren(todo, block, Run.Style.PLAIN);
        while (!todo.isEmpty()) {
            Object[] top = todo.pop();
            Node n = (Node) top[0];
            Run.Style style = (Run.Style) top[1];
            if (n instanceof Text t) {
                append(runs, style, t.getLiteral());
            } else if (n instanceof Code c) {
                append(runs, style == Run.Style.PLAIN ? Run.Style.CODE : style, c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                append(runs, style, " ");
            } else if (n instanceof HtmlInline h) {
                if (!h.getLiteral().startsWith("<!--")) append(runs, style, h.getLiteral());
            } else if (n instanceof Emphasis) {
                pushChildren(todo, n, style == Run.Style.PLAIN ? Run.Style.EMPHASIS : style);
            } else if (n instanceof StrongEmphasis) {
                pushChildren(todo, n, style == Run.Style.PLAIN ? Run.Style.STRONG : style);
            } else if (n instanceof Link l) {
                String label = flatText(l);
                String url = l.getDestination();
                if (label.equals(url) || url.isEmpty()) {
                    pushChildren(todo, n, style);
                } else {
                    todo.push(new Object[] {new Text(" (" + url + ")"), style});
                    pushChildren(todo, n, style);
                }
            } else if (n instanceof Image i) {
                String alt = flatText(i);
                append(runs, style, alt.isEmpty() ? "(image: " + i.getDestination() + ")" : alt);
            } else {
                pushChildren(todo, n, style);
            }
        }
        return merge(runs);
    }

    private static void pushChildren(Deque<Object[]> todo, Node parent, Run.Style style) {
        List<Node> children = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) children.add(c);
        for (int i = children.size() - 1; i >= 0; i--) todo.push(new Object[] {children.get(i), style});
    }

    /** All the text under a node, without styles (iterative: nesting can be deep). */
    private static String flatText(Node root) {
        StringBuilder sb = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>();
        for (Node c = root.getLastChild(); c != null; c = c.getPrevious()) todo.push(c);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Text t) sb.append(t.getLiteral());
            else if (n instanceof Code c) sb.append(c.getLiteral());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) sb.append(' ');
            else if (n instanceof FencedCodeBlock f) sb.append(f.getLiteral().strip()).append(' ');
            else if (n instanceof IndentedCodeBlock c) sb.append(c.getLiteral().strip()).append(' ');
            else if (n instanceof HtmlBlock h) sb.append(h.getLiteral().strip()).append(' ');
            else if (n instanceof HtmlInline h) sb.append(h.getLiteral());
            if (n instanceof org.commonmark.node.Paragraph || n instanceof Heading) sb.append(' ');
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) todo.push(c);
        }
        return sb.toString().strip();
    }

    private static void append(List<Run> runs, Run.Style style, String text) {
        if (text.isEmpty()) return;
        runs.add(new Run(style, text));
    }

    /** Joins neighbouring runs of the same style. */
    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Run.Style style = null;
        for (Run r : runs) {
            if (r.style() != style && pending.length() > 0) {
                out.add(new Run(style, pending.toString()));
                pending.setLength(0);
            }
            style = r.style();
            pending.append(r.text());
        }
        if (pending.length() > 0) out.add(new Run(style, pending.toString()));
        return out;
    }
}
