package satlab.server;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A Lanterna terminal on one SSH channel: sized by the client's pty request and window changes
 * (never by querying the cursor, which would stall on a silent client), UTF-8 both ways, a bare
 * carriage return read as Enter (what SSH clients send), and Ctrl-C ending this session only.
 * Once the session is asked to stop, reads return {@link KeyType#EOF}.
 */
final class ChannelTerminal extends ANSITerminal {
    private static final KeyStroke EOF = new KeyStroke(KeyType.EOF);

    private final LabSession session;
    private final Executor resizeExecutor;
    private final LongSupplier clock;
    private final Consumer<RuntimeException> onListenerError;
    private volatile TerminalSize size;
    private volatile TerminalSize pendingSize;
    private final AtomicBoolean resizeQueued = new AtomicBoolean();
    private final Object resizeLock = new Object();

    ChannelTerminal(InputStream in, OutputStream out, TerminalSize initialSize, LabSession session,
            Executor resizeExecutor, LongSupplier clock, Consumer<RuntimeException> onListenerError) {
        super(in, out, StandardCharsets.UTF_8);
        this.size = initialSize;
        this.pendingSize = initialSize;
        this.session = session;
        this.resizeExecutor = resizeExecutor;
        this.clock = clock;
        this.onListenerError = onListenerError;
        getInputDecoder().addProfile(() -> List.of(
                new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r'),
                new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r', '\n')));
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /**
     * Called on an SSH I/O thread: the listeners run on the resize executor instead, so a listener
     * that draws to a slow client cannot stall the I/O threads every session shares. Bursts of
     * window changes (a window being dragged) collapse into the latest size.
     */
    void windowChanged(TerminalSize newSize) {
        pendingSize = newSize;
        if (resizeQueued.compareAndSet(false, true)) resizeExecutor.execute(this::fireResize);
    }

    private void fireResize() {
        synchronized (resizeLock) {
            resizeQueued.set(false);
            TerminalSize target = pendingSize;
            size = target;
            try {
                onResized(target);
            } catch (RuntimeException e) {
                // a faulty listener must not kill the executor thread all sessions share
                onListenerError.accept(e);
            }
        }
    }

    @Override
    public KeyStroke readInput() throws IOException {
        if (session.stopping()) return EOF;
        return seen(super.readInput());
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        if (session.stopping()) return EOF;
        return seen(super.pollInput());
    }

    private KeyStroke seen(KeyStroke key) {
        if (key == null || key.getKeyType() == KeyType.EOF) return key;
        session.inputAt(clock.getAsLong());
        if (key.getKeyType() == KeyType.Character && key.isCtrlDown() && !key.isAltDown()
                && Character.toLowerCase(key.getCharacter()) == 'c') {
            session.requestStop(StopReason.INTERRUPTED);
        }
        return key;
    }
}
