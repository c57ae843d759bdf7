package satlab.tui;

/**
 * One line of editable text with a cursor. When {@code selected}, the whole text is
 * selected (as after Tab into a field): the first printable key replaces it, so a
 * learner can type a new value without deleting the old one first.
 */
public record TextField(String text, int cursor, boolean selected) {

    /** Field length limit: long enough for any list a learner types, short enough to show. */
    static final int MAX_LENGTH = 400;

    public TextField {
        cursor = Math.max(0, Math.min(cursor, text.length()));
    }

    public static TextField of(String text) {
        return new TextField(text, text.length(), false);
    }

    public TextField selectAll() {
        return new TextField(text, text.length(), true);
    }

    public TextField deselect() {
        return new TextField(text, cursor, false);
    }

    public TextField insert(char c) {
        if (selected) return new TextField(String.valueOf(c), 1, false);
        if (text.length() >= MAX_LENGTH) return this;
        return new TextField(text.substring(0, cursor) + c + text.substring(cursor), cursor + 1, false);
    }

    public TextField backspace() {
        if (selected) return new TextField("", 0, false);
        if (cursor == 0) return this;
        return new TextField(text.substring(0, cursor - 1) + text.substring(cursor), cursor - 1, false);
    }

    public TextField delete() {
        if (selected) return new TextField("", 0, false);
        if (cursor == text.length()) return this;
        return new TextField(text.substring(0, cursor) + text.substring(cursor + 1), cursor, false);
    }

    public TextField left() {
        return new TextField(text, selected ? 0 : cursor - 1, false);
    }

    public TextField right() {
        return new TextField(text, selected ? text.length() : cursor + 1, false);
    }

    public TextField home() {
        return new TextField(text, 0, false);
    }

    public TextField end() {
        return new TextField(text, text.length(), false);
    }

    /** Ctrl-U as in a shell: delete everything before the cursor. */
    public TextField killToStart() {
        if (selected) return new TextField("", 0, false);
        return new TextField(text.substring(cursor), 0, false);
    }

    /**
     * Applies an editing key; returns null for keys that are not editing keys
     * (Tab, Enter, Esc, arrows up/down…) so the caller handles them.
     */
    public TextField edit(Key key) {
        if (key.isPrintable()) return insert(key.ch());
        return switch (key.type()) {
            case BACKSPACE -> backspace();
            case DELETE -> delete();
            case LEFT -> left();
            case RIGHT -> right();
            case HOME -> home();
            case END -> end();
            case CTRL_U -> killToStart();
            case CTRL_A -> home();
            case CTRL_E -> end();
            default -> null;
        };
    }
}
