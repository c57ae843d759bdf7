package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.lesson.Wrap;

/**
 * Draws a {@link TextField} in a fixed number of columns. Text longer than the field
 * scrolls sideways so the cursor stays in view, with a mark at each edge where text
 * is hidden; a field not being edited shows its start (the value as it reads, not its
 * tail). An error gets a caret line under the columns it is about and its message
 * wrapped below, never cut.
 *
 * <p>Use: {@code Shown s = FieldView.show(field, width, editing, theme)}; draw
 * {@code s.segs()} at the field's column and, when editing, put the terminal cursor
 * at that column plus {@code s.cursor()}. Under it, draw {@link #error} and
 * {@link #notice} rows at the same column.
 */
public final class FieldView {

    private FieldView() {}

    /**
     * @param start  the offset of the text's first shown character
     * @param segs   exactly {@code width} columns: the text, padded, with edge marks
     * @param cursor the cursor's column within the field; -1 when not editing
     */
    public record Shown(int start, List<Seg> segs, int cursor) {}

    /** The field in {@code width} columns (at least 3). */
    public static Shown show(TextField f, int width, boolean editing, Theme theme) {
        width = Math.max(3, width);
        String text = f.text();
        int len = text.length();
        int start = 0;
        // Editing needs a cell for the cursor after the last character; the right edge keeps one for its mark.
        if (editing && f.cursor() > width - 2) start = f.cursor() - (width - 2);
        boolean left = start > 0;
        boolean right = editing ? len > start + width - 1 : len > width;
        StringBuilder shown = new StringBuilder(text.substring(start, Math.min(len, start + width)));
        while (shown.length() < width) shown.append(' ');
        Style body = !editing ? Style.FIELD : f.selected() ? Style.SELECTED : Style.FIELD_ACTIVE;
        List<Seg> segs = new ArrayList<>();
        if (left) segs.add(new Seg(theme.ascii() ? "<" : "…", Style.KEY));
        segs.add(new Seg(shown.substring(left ? 1 : 0, right ? width - 1 : width), body));
        if (right) segs.add(new Seg(theme.ascii() ? ">" : "…", Style.KEY));
        return new Shown(start, segs, editing ? f.cursor() - start : -1);
    }

    /**
     * The caret line under [offset, offset + length) of the shown field, then the message
     * wrapped to {@code messageWidth}; the message follows the caret on its line when it fits.
     */
    public static List<Row> error(Shown shown, int width, int offset, int length, String message, int messageWidth,
            Theme theme) {
        int at = Math.max(0, Math.min(width - 1, offset - shown.start()));
        int len = Math.max(1, Math.min(length, width - at));
        String caret = "^" + "~".repeat(len - 1);
        String msg = theme.text(message);
        List<Row> out = new ArrayList<>();
        if (at + caret.length() + 1 + msg.length() <= messageWidth) {
            out.add(Row.of(at, new Seg(caret + " " + msg, Style.ERROR)));
            return out;
        }
        out.add(Row.of(at, new Seg(caret, Style.ERROR)));
        for (String line : Wrap.text(msg, Math.max(10, messageWidth))) out.add(Row.text(line, Style.ERROR));
        return out;
    }

    /** The field's notice (a paste cut at the limit) wrapped to the width; empty when there is none. */
    public static List<Row> notice(TextField f, int width, Theme theme) {
        List<Row> out = new ArrayList<>();
        if (f.notice().isEmpty()) return out;
        for (String line : Wrap.text(theme.text(f.notice()), Math.max(10, width))) out.add(Row.text(line, Style.KEY));
        return out;
    }
}
