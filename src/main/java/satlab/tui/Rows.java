package satlab.tui;

import java.util.ArrayList;
import java.util.List;

/** Word-wrapping of styled rows, so no line the tutor draws is ever cut at the screen's edge. */
final class Rows {

    private Rows() {}

    /**
     * The segments as rows of at most {@code width} columns, broken at spaces (a word
     * longer than the width is broken inside); continuation rows start {@code hang}
     * columns in. Styles stay with their text.
     */
    static List<Row> wrap(List<Seg> segs, int width, int hang) {
        width = Math.max(1, width);
        hang = Math.max(0, Math.min(hang, width / 2));
        List<Row> out = new ArrayList<>();
        List<Seg> line = new ArrayList<>();
        int used = 0;
        int indent = 0;
        for (Token tok : tokens(segs)) {
            int room = width - indent;
            boolean space = tok.text().isBlank();
            if (used + tok.text().length() > room) {
                if (space) {
                    // A space at the break is dropped.
                    out.add(new Row(indent, line));
                    line = new ArrayList<>();
                    used = 0;
                    indent = hang;
                    continue;
                }
                if (used > 0) {
                    out.add(new Row(indent, trimEnd(line)));
                    line = new ArrayList<>();
                    used = 0;
                    indent = hang;
                    room = width - indent;
                }
                String word = tok.text();
                while (word.length() > room) {
                    out.add(new Row(indent, List.of(new Seg(word.substring(0, room), tok.style()))));
                    word = word.substring(room);
                    indent = hang;
                    room = width - indent;
                }
                line.add(new Seg(word, tok.style()));
                used = word.length();
                continue;
            }
            if (space && used == 0 && !out.isEmpty()) continue;
            line.add(new Seg(tok.text(), tok.style()));
            used += tok.text().length();
        }
        if (!line.isEmpty() || out.isEmpty()) out.add(new Row(indent, trimEnd(line)));
        return out;
    }

    static List<Row> wrap(Row row, int width, int hang) {
        List<Row> rows = wrap(row.segs(), width - row.indent(), hang);
        return rows.stream().map(r -> r.indented(row.indent())).toList();
    }

    private record Token(String text, Style style) {}

    /** Words and runs of spaces, each with its segment's style. */
    private static List<Token> tokens(List<Seg> segs) {
        List<Token> out = new ArrayList<>();
        for (Seg seg : segs) {
            String t = seg.text();
            int i = 0;
            while (i < t.length()) {
                boolean space = t.charAt(i) == ' ';
                int j = i;
                while (j < t.length() && (t.charAt(j) == ' ') == space) j++;
                out.add(new Token(t.substring(i, j), seg.style()));
                i = j;
            }
        }
        return out;
    }

    private static List<Seg> trimEnd(List<Seg> line) {
        List<Seg> out = new ArrayList<>(line);
        while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) out.remove(out.size() - 1);
        return out;
    }
}
