package satlab.tui;

/**
 * What covers the screen, at most one at a time: nothing, the help (scrolled to a
 * line), or the question "quit with a half-typed answer?". Each is a small model of
 * the same shape as the screens': {@code update(key)} gives a {@link Step}.
 */
public sealed interface Overlay {

    Overlay NONE = new None();

    record None() implements Overlay {}

    /**
     * The key list; arrows, j/k and the page keys scroll it, any other key closes it.
     *
     * @param scroll the first line shown
     */
    record Help(int scroll) implements Overlay {
        /** {@code max}: the last scroll at which the list still fills the box (the last frame measured it). */
        Step<Help> update(Key key, int max, int page) {
            int by = switch (key.type()) {
                case DOWN -> 1;
                case UP -> -1;
                case PAGE_DOWN -> page;
                case PAGE_UP -> -page;
                case HOME -> -scroll;
                case END -> max - scroll;
                case CHAR -> key.ch() == 'j' ? 1 : key.ch() == 'k' ? -1 : key.ch() == ' ' ? page
                        : key.ch() == 'b' ? -page : 0;
                default -> 0;
            };
            if (by == 0) return Step.close(this);
            return Step.stay(new Help(Math.max(0, Math.min(max, scroll + by))));
        }
    }

    /** "A quiz answer is half-typed. Quit anyway?": y or Ctrl-C again quits, any other key stays. */
    record Confirm() implements Overlay {
        /** Closed with {@code effects} empty means "stay"; the caller quits on y. */
        static boolean quits(Key key) {
            return key.is('y') || key.is('Y') || key.type() == Key.Type.CTRL_C;
        }
    }

    /**
     * The instructor's messages to the class, newest last; Enter or Esc dismisses them, other
     * keys wait (a learner typing an answer when one arrives loses no key to a shortcut).
     */
    record Broadcast(String from, java.util.List<String> messages) implements Overlay {
        /** At most this many messages are kept on screen; older ones make room. */
        static final int KEEP = 3;

        public Broadcast {
            messages = java.util.List.copyOf(messages);
        }

        Broadcast and(String from, String text) {
            java.util.List<String> m = new java.util.ArrayList<>(messages);
            m.add(text);
            while (m.size() > KEEP) m.remove(0);
            return new Broadcast(from, m);
        }

        static boolean dismisses(Key key) {
            return key.type() == Key.Type.ENTER || key.type() == Key.Type.ESC;
        }
    }
}
