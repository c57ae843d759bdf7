package satlab.line;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Output for a pipe or a log file: JLine ends lines with CR LF as a terminal needs,
 * which shows up as ^M in files and editors. This stream drops a CR that comes right
 * before an LF and passes everything else.
 */
public final class LineEndings extends FilterOutputStream {

    private boolean pendingCr;

    private LineEndings(OutputStream out) {
        super(out);
    }

    /** Wraps a stream so CR LF reaches it as LF. */
    public static OutputStream unix(OutputStream out) {
        return new LineEndings(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (pendingCr) {
            pendingCr = false;
            if (b != '\n') out.write('\r');
        }
        if (b == '\r') {
            pendingCr = true;
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) write(b[i]);
    }

    @Override
    public void flush() throws IOException {
        // A CR on its own at a flush stays pending: the LF may be in the next write.
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingCr) out.write('\r');
        pendingCr = false;
        super.close();
    }
}
