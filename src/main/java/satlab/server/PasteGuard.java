package satlab.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * A learner's input with pastes cut to what a field can hold. Bytes that are already waiting when
 * the app reads, or that follow each other with no pause longer than {@link #GAP_NANOS} (no typist
 * is that fast; a paste is), make one burst; once
 * a burst passes {@code limit} bytes, the rest of it is read and thrown away until the input has
 * been quiet for {@link #QUIET_NANOS}, so a 10 MB paste costs the server the SSH decryption and
 * nothing else: no keys are decoded, queued or drawn for it. The first cut byte of each burst is
 * reported to {@code onCut} with the number dropped once the burst ends.
 *
 * <p>Reads come from one thread (the app's input reader); the underlying stream is the channel's
 * pipe, bounded by the SSH window, so a client sending faster than this reads simply waits.
 */
final class PasteGuard extends InputStream {
    static final long GAP_NANOS = 15_000_000L;
    static final long QUIET_NANOS = 250_000_000L;
    /** While dropping, the pipe is polled this often: short, so the client's window is given back promptly. */
    private static final long POLL_MILLIS = 1;

    interface CutListener {
        void cut(long keptBytes, long droppedBytes);
    }

    private final InputStream in;
    private final int limit;
    private final LongSupplier clock;
    private final CutListener onCut;
    private final byte[] scratch = new byte[8192];
    private long burst;
    private long lastReadNanos = Long.MIN_VALUE / 2;

    PasteGuard(InputStream in, int limit, LongSupplier clock, CutListener onCut) {
        this.in = in;
        this.limit = limit;
        this.clock = clock;
        this.onCut = onCut;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        // A burst goes on while input is already waiting (the reader is behind: a paste, or an app
        // that is slow for a moment) or arrives within a gap no typist manages.
        if (in.available() == 0 && clock.getAsLong() - lastReadNanos > GAP_NANOS) burst = 0;
        if (burst >= limit) {
            if (dropRestOfBurst()) return -1;
            burst = 0;
        }
        int n = in.read(b, off, (int) Math.min(len, limit - burst));
        if (n > 0) {
            burst += n;
            lastReadNanos = clock.getAsLong();
        }
        return n;
    }

    /** Reads and discards until the input pauses; true if it ended meanwhile. */
    private boolean dropRestOfBurst() throws IOException {
        long dropped = 0;
        long quietSince = clock.getAsLong();
        while (true) {
            int ready = in.available();
            if (ready > 0) {
                int n = in.read(scratch, 0, Math.min(ready, scratch.length));
                if (n < 0) break;
                dropped += n;
                quietSince = clock.getAsLong();
                continue;
            }
            if (clock.getAsLong() - quietSince >= QUIET_NANOS) break;
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while dropping a paste", e);
            }
        }
        onCut.cut(limit, dropped);
        lastReadNanos = Long.MIN_VALUE / 2;
        return false;
    }

    @Override
    public int available() throws IOException {
        return burst >= limit ? 0 : Math.min(in.available(), (int) (limit - burst));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
