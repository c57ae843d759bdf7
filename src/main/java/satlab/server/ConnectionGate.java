package satlab.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.io.IoServiceEventListener;

/**
 * Turns connections away before any SSH work is done for them: while shutting down, when the
 * server already holds its maximum of connections, or when one address opens too many per minute.
 */
final class ConnectionGate implements IoServiceEventListener {
    private static final long WINDOW = TimeUnit.MINUTES.toNanos(1);

    private final int perMinute;
    private final int maxConnections;
    private final IntSupplier openConnections;
    private final LongSupplier clock;
    private final ServerLog log;
    private final Map<InetAddress, ArrayDeque<Long>> recent = new HashMap<>();
    private volatile boolean closed;

    ConnectionGate(int perMinute, int maxConnections, IntSupplier openConnections, LongSupplier clock, ServerLog log) {
        this.perMinute = perMinute;
        this.maxConnections = maxConnections;
        this.openConnections = openConnections;
        this.clock = clock;
        this.log = log;
    }

    void close() {
        closed = true;
    }

    @Override
    public void connectionAccepted(IoAcceptor acceptor, SocketAddress local, SocketAddress remote, SocketAddress service)
            throws IOException {
        String who = SessionRunner.describe(remote);
        if (closed) throw refuse(who, "server shutting down");
        if (openConnections.getAsInt() >= maxConnections) throw refuse(who, "server full (" + maxConnections + " connections)");
        if (remote instanceof InetSocketAddress inet && !admit(inet.getAddress())) {
            throw refuse(who, "more than " + perMinute + " connections in a minute from this address");
        }
    }

    private synchronized boolean admit(InetAddress address) {
        long now = clock.getAsLong();
        if (recent.size() > 10_000) recent.values().removeIf(times -> times.isEmpty() || now - times.peekLast() >= WINDOW);
        ArrayDeque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= WINDOW) times.removeFirst();
        if (times.size() >= perMinute) return false;
        times.addLast(now);
        return true;
    }

    private IOException refuse(String who, String why) {
        log.event("refused", "from=" + who + " reason=" + why);
        return new IOException("connection refused: " + why);
    }
}
