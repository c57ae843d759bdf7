package satlab.tui;

import com.googlecode.lanterna.input.KeyStroke;

/**
 * A key press in satlab's own terms, so {@link Update} never depends on how a
 * terminal encodes keys. {@code ch} is meaningful only for {@link Type#CHAR}.
 */
public record Key(Type type, char ch) implements Input {

    public enum Type {
        CHAR, ENTER, TAB, BACK_TAB, ESC, BACKSPACE, DELETE,
        LEFT, RIGHT, UP, DOWN, HOME, END, PAGE_UP, PAGE_DOWN, F1,
        CTRL_C, CTRL_U, CTRL_A, CTRL_E, CTRL_L, CTRL_W, CTRL_K, CTRL_B, CTRL_F, CTRL_D, CTRL_Z,
        ALT_B, ALT_F, ALT_D, EOF, OTHER
    }

    public static Key of(char c) {
        return new Key(Type.CHAR, c);
    }

    public static Key of(Type type) {
        return new Key(type, '\0');
    }

    public boolean isPrintable() {
        return type == Type.CHAR && ch >= ' ' && ch != 0x7f;
    }

    public boolean is(char c) {
        return type == Type.CHAR && ch == c;
    }

    /** Translates Lanterna's key stroke; control and alt combinations satlab does not use become OTHER. */
    public static Key from(KeyStroke stroke) {
        return switch (stroke.getKeyType()) {
            case Character -> fromCharacter(stroke);
            case Enter -> of(Type.ENTER);
            case Tab -> of(Type.TAB);
            case ReverseTab -> of(Type.BACK_TAB);
            case Escape -> of(Type.ESC);
            case Backspace -> of(Type.BACKSPACE);
            case Delete -> of(Type.DELETE);
            case ArrowLeft -> of(Type.LEFT);
            case ArrowRight -> of(Type.RIGHT);
            case ArrowUp -> of(Type.UP);
            case ArrowDown -> of(Type.DOWN);
            case Home -> of(Type.HOME);
            case End -> of(Type.END);
            case PageUp -> of(Type.PAGE_UP);
            case PageDown -> of(Type.PAGE_DOWN);
            case F1 -> of(Type.F1);
            case EOF -> of(Type.EOF);
            default -> of(Type.OTHER);
        };
    }

    private static Key fromCharacter(KeyStroke stroke) {
        char c = stroke.getCharacter();
        if (stroke.isCtrlDown()) {
            return switch (Character.toLowerCase(c)) {
                case 'c' -> of(Type.CTRL_C);
                case 'u' -> of(Type.CTRL_U);
                case 'a' -> of(Type.CTRL_A);
                case 'e' -> of(Type.CTRL_E);
                case 'l' -> of(Type.CTRL_L);
                case 'w' -> of(Type.CTRL_W);
                case 'k' -> of(Type.CTRL_K);
                case 'b' -> of(Type.CTRL_B);
                case 'f' -> of(Type.CTRL_F);
                case 'd' -> of(Type.CTRL_D);
                case 'z' -> of(Type.CTRL_Z);
                case 'h' -> of(Type.BACKSPACE);
                default -> of(Type.OTHER);
            };
        }
        if (stroke.isAltDown()) {
            return switch (c) {
                case 'b' -> of(Type.ALT_B);
                case 'f' -> of(Type.ALT_F);
                case 'd' -> of(Type.ALT_D);
                default -> of(Type.OTHER);
            };
        }
        if (c < ' ') return of(Type.OTHER);
        return of(c);
    }
}
