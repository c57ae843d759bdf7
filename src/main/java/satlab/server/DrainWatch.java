package satlab.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.LongSupplier;

/**
 * A session's screen output, timed: how long the write in progress has been waiting. A write
 * waits when the client has stopped reading (the SSH window it granted is used up); the server
 * closes a session stalled longer than its output drain timeout instead of holding its thread and
 * memory for good.
 */
final class DrainWatch extends OutputStream {
    private static final long IDLE = Long.MIN_VALUE;

    private final OutputStream out;
    private final LongSupplier clock;
    private volatile long writingSince = IDLE;

    DrainWatch(OutputStream out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    /** How long the current write or flush has been blocked; 0 when none is in progress. */
    long stalledNanos() {
        long since = writingSince;
        return since == IDLE ? 0 : clock.getAsLong() - since;
    }

    @Override
    public void write(int b) throws IOException {
        writingSince = clock.getAsLong();
        try {
            out.write(b);
        } finally {
            writingSince = IDLE;
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        writingSince = clock.getAsLong();
        try {
            out.write(b, off, len);
        } finally {
            writingSince = IDLE;
        }
    }

    @Override
    public void flush() throws IOException {
        writingSince = clock.getAsLong();
        try {
            out.flush();
        } finally {
            writingSince = IDLE;
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
