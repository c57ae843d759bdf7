package satlab.server;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small full-screen app standing in for the tutor: a title, the learner, the terminal size laid
 * out for the current width, and the last key typed; q quits. Redraws on resize from the resize
 * listener, the way an app blocked on input must.
 */
public final class MenuTestApp implements SessionApp {
    final AtomicInteger finished = new AtomicInteger();
    final AtomicInteger sawEof = new AtomicInteger();
    final AtomicInteger keys = new AtomicInteger();

    @Override
    public void run(Terminal terminal, SessionContext context) throws IOException {
        Screen screen = new TerminalScreen(terminal);
        Object lock = new Object();
        String[] last = {"none"};
        screen.startScreen();
        try {
            terminal.addResizeListener((t, size) -> {
                synchronized (lock) {
                    redraw(screen, context, last[0]);
                }
            });
            synchronized (lock) {
                redraw(screen, context, last[0]);
            }
            while (true) {
                KeyStroke key = screen.readInput();
                if (key.getKeyType() == KeyType.EOF) {
                    sawEof.incrementAndGet();
                    return;
                }
                keys.incrementAndGet();
                if (key.getKeyType() == KeyType.Character && key.getCharacter() == 'q' && !key.isCtrlDown()) return;
                synchronized (lock) {
                    last[0] = describe(key);
                    redraw(screen, context, last[0]);
                }
            }
        } finally {
            finished.incrementAndGet();
            screen.stopScreen();
        }
    }

    static String describe(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character) return key.getKeyType().name();
        return (key.isCtrlDown() ? "ctrl-" : "") + key.getCharacter();
    }

    private static void redraw(Screen screen, SessionContext context, String lastKey) {
        try {
            TerminalSize size = screen.doResizeIfNecessary();
            if (size == null) size = screen.getTerminalSize();
            screen.clear();
            TextGraphics g = screen.newTextGraphics();
            String title = "satlab course menu";
            g.putString(Math.max(0, (size.getColumns() - title.length()) / 2), 0, title);
            g.putString(0, 2, "learner " + context.learner());
            g.putString(0, 3, "size " + size.getColumns() + "x" + size.getRows());
            g.putString(0, 4, "key=" + lastKey);
            g.putString(0, size.getRows() - 1, "q quit");
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException clientGone) {
            // the session is ending; the main loop will read EOF
        }
    }
}
