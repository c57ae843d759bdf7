package satlab.tui;

import java.util.ArrayList;
import java.util.List;

/** One screen line of laid-out content, starting at column {@code indent}. */
public record Row(int indent, List<Seg> segs) {

    public static final Row BLANK = new Row(0, List.of());

    public Row {
        segs = List.copyOf(segs);
    }

    public static Row of(Seg... segs) {
        return new Row(0, List.of(segs));
    }

    public static Row of(int indent, Seg... segs) {
        return new Row(indent, List.of(segs));
    }

    public static Row text(String text, Style style) {
        return new Row(0, List.of(new Seg(text, style)));
    }

    public Row indented(int more) {
        return new Row(indent + more, segs);
    }

    /** The row behind a prefix (a panel's bar): the prefix comes first, the row's indent after it. */
    public Row prefixed(Seg prefix) {
        List<Seg> all = new ArrayList<>();
        all.add(prefix);
        if (indent > 0) all.add(Seg.plain(" ".repeat(indent)));
        all.addAll(segs);
        return new Row(0, all);
    }

    public String text() {
        StringBuilder sb = new StringBuilder(" ".repeat(indent));
        for (Seg s : segs) sb.append(s.text());
        return sb.toString();
    }
}
