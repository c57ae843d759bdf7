package satlab.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * Turns the terminal's key strokes into {@link Key}s, dropping what is not a key.
 * Lanterna does not know every control sequence a terminal sends: an SGR mouse
 * report ({@code ESC [ < 0;10;10 M}), a focus report ({@code ESC [ I}) or a key of
 * an unusual terminal arrive as Alt-[ followed by the sequence's bytes, which a
 * field would otherwise take as typed text ({@code <0;10;10M}). This follows the
 * sequence by its grammar (parameter and intermediate bytes, then one final byte)
 * and drops all of it. One per input thread; not thread-safe.
 */
final class KeyFilter {

    private boolean inSequence;

    /** The key this stroke means, or null when it belongs to a sequence being dropped. */
    Key accept(KeyStroke stroke) {
        if (inSequence) {
            if (stroke.getKeyType() == KeyType.Character && !stroke.isAltDown() && !stroke.isCtrlDown()) {
                char c = stroke.getCharacter();
                if (c >= 0x20 && c <= 0x3f) return null;
                inSequence = false;
                if (c >= 0x40 && c <= 0x7e) return null;
            }
            inSequence = false;
        }
        if (stroke.getKeyType() == KeyType.Character && stroke.isAltDown() && stroke.getCharacter() == '[') {
            inSequence = true;
            return null;
        }
        if (stroke.getKeyType() == KeyType.MouseEvent) return null;
        return Key.from(stroke);
    }
}
