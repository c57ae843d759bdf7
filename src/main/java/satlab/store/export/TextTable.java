package satlab.store.export;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row and columns padded to line up in a terminal. */
public final class TextTable {

    private TextTable() {}

    public static String render(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        for (List<String> row : rows) all.add(row.stream().map(TextTable::visible).toList());
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], width(row.get(c)));
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) line.append("  ");
                line.append(row.get(c)).append(" ".repeat(widths[c] - width(row.get(c))));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** Line breaks and other control characters in a cell would break the table: show them escaped. */
    static String visible(String cell) {
        StringBuilder out = new StringBuilder();
        cell.codePoints().forEach(cp -> {
            if (cp == '\n') out.append("\\n");
            else if (cp == '\r') out.append("\\r");
            else if (cp == '\t') out.append("\\t");
            else if (Character.isISOControl(cp)) out.append('?');
            else out.appendCodePoint(cp);
        });
        return out.toString();
    }

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
