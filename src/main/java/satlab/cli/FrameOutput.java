package satlab.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The full-screen tutor's output to its terminal, held until Lanterna flushes. System.out
 * flushes on every write, and Lanterna writes a frame one character at a time: the menu's
 * first frame went out in about 600 write calls, each one a wake-up for whatever reads the
 * terminal (tmux, sshd, the terminal emulator) on a machine that is busy drawing it. Lanterna
 * flushes after every frame and when it leaves the screen. The one thing it writes and then
 * waits on without flushing is its question for the cursor position (ESC [ 6 n), by which it
 * learns the screen's size, so a write that ends with that question goes out at once.
 */
final class FrameOutput extends BufferedOutputStream {

    /** Larger than any frame: an 80×24 colour frame is a few kilobytes, a 300×100 one tens. */
    private static final int SIZE = 1 << 16;

    FrameOutput(OutputStream out) {
        super(out, SIZE);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        super.write(b, off, len);
        if (asksPosition(b, off, len)) flush();
    }

    private static boolean asksPosition(byte[] b, int off, int len) {
        return len >= 4 && b[off + len - 4] == 0x1b && b[off + len - 3] == '[' && b[off + len - 2] == '6'
                && b[off + len - 1] == 'n';
    }
}
