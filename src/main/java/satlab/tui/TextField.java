package satlab.tui;

/**
 * The answer field of quizzes and explorers: one line of editable text with a
 * cursor and the editing keys of a shell (readline's emacs keys). {@link FieldView}
 * draws it in any width, scrolled sideways so the cursor is always in view.
 *
 * <p>Use: keep a {@code TextField} in the sub-model's state, give it every key with
 * {@link #edit(Key)} (null means "not an editing key, yours"), read {@link #text()}
 * when the learner submits, and show {@link #notice()} when it is not empty.
 *
 * <p>When {@code selected}, the whole text is selected (as after Tab into a field): the
 * first printable key replaces it, so a learner can type a new value without deleting
 * the old one first. {@code full} records that the last insert hit {@link #MAX_LENGTH}
 * (a paste longer than the field): the rest was not typed, and the view says so.
 */
public record TextField(String text, int cursor, boolean selected, boolean full) {

    /** Field length limit: long enough for any list a learner types, short enough to evaluate at once. */
    public static final int MAX_LENGTH = 400;

    public TextField {
        if (text.length() > MAX_LENGTH) text = text.substring(0, MAX_LENGTH);
        cursor = Math.max(0, Math.min(cursor, text.length()));
    }

    public TextField(String text, int cursor, boolean selected) {
        this(text, cursor, selected, false);
    }

    public static TextField of(String text) {
        return new TextField(text, text.length(), false, false);
    }

    /** What the view shows under the field: why the last keys were not all typed, or "". */
    public String notice() {
        return full ? "the field is full (" + MAX_LENGTH + " characters); the rest was not typed" : "";
    }

    public TextField selectAll() {
        return new TextField(text, text.length(), true, false);
    }

    public TextField deselect() {
        return new TextField(text, cursor, false, full);
    }

    /**
     * Applies an editing key; returns null for keys that are not editing keys (Tab,
     * Enter, Esc, Up/Down, F1…) so the caller handles them.
     */
    public TextField edit(Key key) {
        if (key.isPrintable()) return insert(key.ch());
        return switch (key.type()) {
            case BACKSPACE -> selected ? cleared() : cut(cursor - 1, cursor);
            case DELETE, CTRL_D -> selected ? cleared() : cut(cursor, cursor + 1);
            case LEFT, CTRL_B -> moveTo(selected ? 0 : cursor - 1);
            case RIGHT, CTRL_F -> moveTo(selected ? text.length() : cursor + 1);
            case HOME, CTRL_A -> moveTo(0);
            case END, CTRL_E -> moveTo(text.length());
            case ALT_B -> moveTo(wordStart(cursor));
            case ALT_F -> moveTo(wordEnd(cursor));
            case CTRL_U -> selected ? cleared() : cut(0, cursor);
            case CTRL_K -> selected ? cleared() : cut(cursor, text.length());
            case CTRL_W -> selected ? cleared() : cut(spaceWordStart(cursor), cursor);
            case ALT_D -> selected ? cleared() : cut(cursor, wordEnd(cursor));
            default -> null;
        };
    }

    public TextField insert(char c) {
        if (selected) return new TextField(String.valueOf(c), 1, false, false);
        if (text.length() >= MAX_LENGTH) return new TextField(text, cursor, false, true);
        return new TextField(text.substring(0, cursor) + c + text.substring(cursor), cursor + 1, false, false);
    }

    public TextField left() {
        return edit(Key.of(Key.Type.LEFT));
    }

    public TextField right() {
        return edit(Key.of(Key.Type.RIGHT));
    }

    private TextField cleared() {
        return new TextField("", 0, false, false);
    }

    private TextField moveTo(int at) {
        return new TextField(text, at, false, false);
    }

    /** Removes [from, to), clamped to the text; the cursor lands at {@code from}. */
    private TextField cut(int from, int to) {
        int a = Math.max(0, from), b = Math.min(text.length(), to);
        if (a >= b) return moveTo(cursor);
        return new TextField(text.substring(0, a) + text.substring(b), a, false, false);
    }

    /** Alt-b: back to the start of this or the previous word (letters and digits, as readline's). */
    private int wordStart(int from) {
        int i = from;
        while (i > 0 && !wordChar(text.charAt(i - 1))) i--;
        while (i > 0 && wordChar(text.charAt(i - 1))) i--;
        return i;
    }

    /** Alt-f and Alt-d: on to the end of this or the next word. */
    private int wordEnd(int from) {
        int i = from;
        while (i < text.length() && !wordChar(text.charAt(i))) i++;
        while (i < text.length() && wordChar(text.charAt(i))) i++;
        return i;
    }

    /** Ctrl-W as in a shell: the word before the cursor up to the previous space. */
    private int spaceWordStart(int from) {
        int i = from;
        while (i > 0 && text.charAt(i - 1) == ' ') i--;
        while (i > 0 && text.charAt(i - 1) != ' ') i--;
        return i;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
