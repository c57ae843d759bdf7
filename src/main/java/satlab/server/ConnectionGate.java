package satlab.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/**
 * Admits or turns away each connection, and ends the ones that hold a slot for nothing. A refused
 * connection is told why in an SSH disconnect message (OpenSSH prints it: "Received disconnect
 * from ...: the lab is full") and its socket is closed at once. Caps, as OpenSSH's sshd has them:
 * logged-in connections (the lab's size), connections still logging in in all and per address
 * (MaxStartups, PerSourceMaxStartups), new connections per address per minute, and addresses
 * serving a penalty for failed logins (PerSourcePenalties). Timers: a connection not logged in
 * within the grace time (LoginGraceTime) is closed by MINA; one logged in that has no tutor open
 * for the no-tutor timeout ({@code ssh -N}, a forgotten multiplexed master) and any connection
 * older than the session time limit are closed here.
 */
final class ConnectionGate implements SessionListener {
    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
    private static final AttributeKey<Connection> CONNECTION = new AttributeKey<>();
    private static final Duration REFUSAL_WAIT = Duration.ofSeconds(2);
    private static final int MAX_PENDING_REFUSALS = 64;

    private final ServerConfig.Limits limits;
    private final LoginPenalties penalties;
    private final ScheduledExecutorService timers;
    private final LongSupplier clock;
    private final ServerLog log;
    private final Map<InetAddress, ArrayDeque<Long>> recent = new HashMap<>();
    private final Map<InetAddress, Integer> startingByAddress = new HashMap<>();
    private int starting;
    private int pendingRefusals;
    private int loggedIn;
    private volatile boolean closed;

    ConnectionGate(ServerConfig.Limits limits, LoginPenalties penalties, ScheduledExecutorService timers, LongSupplier clock,
            ServerLog log) {
        this.limits = limits;
        this.penalties = penalties;
        this.timers = timers;
        this.clock = clock;
        this.log = log;
    }

    /** One SSH connection's bookkeeping. */
    static final class Connection {
        final String remote;
        final InetAddress address;
        final long connectedNanos;
        private boolean admitted;
        private volatile String refusal;
        private boolean authenticated;
        private int authFailures;
        private int tutors;
        private ScheduledFuture<?> noTutor;
        private ScheduledFuture<?> refusalClose;
        private ScheduledFuture<?> timeLimit;

        Connection(String remote, InetAddress address, long connectedNanos) {
            this.remote = remote;
            this.address = address;
            this.connectedNanos = connectedNanos;
        }

        /** Counts a failed login on this connection; returns the failures so far. */
        synchronized int failed() {
            return ++authFailures;
        }
    }

    static Connection of(Session session) {
        return session.getAttribute(CONNECTION);
    }

    /** No new connection is admitted from now on. */
    void close() {
        closed = true;
    }

    @Override
    public void sessionCreated(Session session) {
        SocketAddress remote = session.getIoSession().getRemoteAddress();
        InetAddress address = remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
        Connection c = new Connection(SessionRunner.describe(remote), address, clock.getAsLong());
        session.setAttribute(CONNECTION, c);
        String refusal = admit(c);
        if (refusal != null) {
            log.event("refused", "from=" + c.remote + " reason=" + refusal);
            refuse(session, c, refusal);
            return;
        }
        log.event("connect", "from=" + c.remote);
        // A tutor reaching the limit says goodbye itself first; this catches connections without one.
        Duration connectionLimit = limits.maxSessionTime().plus(limits.shutdownGrace()).plusSeconds(2);
        c.timeLimit = schedule(() -> {
            log.event("time-limit", "from=" + c.remote + " user=" + session.getUsername() + " after="
                    + limits.maxSessionTime().toSeconds() + "s");
            disconnect(session, SshConstants.SSH2_DISCONNECT_BY_APPLICATION, "satlab: " + StopReason.TIME_LIMIT.message());
        }, connectionLimit);
    }

    /**
     * The reason goes in a disconnect message once the client has sent its identification line
     * (so ours has gone first and the client can read the message); a client that says nothing is
     * closed after a short wait, and under a flood of refusals the socket is closed at once.
     */
    private void refuse(Session session, Connection c, String reason) {
        boolean flood;
        synchronized (this) {
            flood = pendingRefusals >= MAX_PENDING_REFUSALS;
            if (!flood) pendingRefusals++;
        }
        if (flood) {
            session.close(true);
            return;
        }
        c.refusal = reason;
        c.refusalClose = schedule(() -> session.close(true), REFUSAL_WAIT);
    }

    @Override
    public void sessionPeerIdentificationReceived(Session session, String version, List<String> extraLines) {
        Connection c = of(session);
        if (c != null && c.refusal != null) {
            disconnect(session, SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS, "satlab: " + c.refusal);
        }
    }

    @Override
    public void sessionEvent(Session session, Event event) {
        if (event != Event.Authenticated) return;
        Connection c = of(session);
        if (c == null) return;
        synchronized (this) {
            if (!c.admitted || c.authenticated) return;
            c.authenticated = true;
            leaveStartup(c);
            loggedIn++;
        }
        watchForNoTutor(session, c);
    }

    @Override
    public void sessionClosed(Session session) {
        Connection c = of(session);
        if (c == null) return;
        synchronized (this) {
            if (c.refusal != null) {
                pendingRefusals--;
                c.refusal = null;
                cancel(c.refusalClose);
            }
            if (!c.admitted) return;
            c.admitted = false;
            if (c.authenticated) {
                loggedIn--;
            } else {
                leaveStartup(c);
            }
        }
        cancel(c.noTutor);
        cancel(c.timeLimit);
        String user = session.getUsername();
        log.event("disconnect", (user == null || !c.authenticated ? "" : "user=" + user + " ") + "from=" + c.remote
                + " after=" + Duration.ofNanos(clock.getAsLong() - c.connectedNanos).toSeconds() + "s");
    }

    /** A tutor started on this connection: it no longer counts as holding a slot for nothing. */
    void tutorStarted(Session session) {
        Connection c = of(session);
        if (c == null) return;
        synchronized (c) {
            c.tutors++;
            cancel(c.noTutor);
            c.noTutor = null;
        }
    }

    /** A tutor ended: with none left, the connection has the no-tutor timeout to open another. */
    void tutorEnded(Session session) {
        Connection c = of(session);
        if (c == null) return;
        synchronized (c) {
            c.tutors--;
        }
        watchForNoTutor(session, c);
    }

    private void watchForNoTutor(Session session, Connection c) {
        synchronized (c) {
            if (c.tutors > 0 || c.noTutor != null && !c.noTutor.isDone()) return;
            c.noTutor = schedule(() -> {
                synchronized (c) {
                    if (c.tutors > 0) return;
                }
                log.event("no-tutor", "user=" + session.getUsername() + " from=" + c.remote + " reason=no tutor open for "
                        + limits.noTutorTimeout().toSeconds() + "s");
                disconnect(session, SshConstants.SSH2_DISCONNECT_BY_APPLICATION, "satlab: this server only runs the tutor,"
                        + " and none was opened within " + limits.noTutorTimeout().toSeconds() + "s; connect with ssh -t");
            }, limits.noTutorTimeout());
        }
    }

    /** Admits the connection (counting it) or returns why not, as a sentence for the learner. */
    private synchronized String admit(Connection c) {
        if (closed) return StopReason.SERVER_SHUTDOWN.message();
        if (loggedIn >= limits.maxSessions()) {
            return "the lab is full (" + limits.maxSessions() + " sessions); try again in a minute";
        }
        if (starting >= limits.maxStartups()) {
            return "the lab server is busy with " + starting + " logins; try again in a minute";
        }
        if (c.address != null) {
            if (startingByAddress.getOrDefault(c.address, 0) >= limits.startupsPerAddress()) {
                return "too many connections from your address (" + limits.startupsPerAddress()
                        + " still logging in); try again in a minute";
            }
            long wait = penalties.addressWaitNanos(c.address);
            if (wait > LoginPenalties.REFUSE_CONNECTIONS_ABOVE) {
                return "too many failed logins from your address; try again in "
                        + Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait)) + "s";
            }
            if (!withinRate(c.address)) {
                return "too many connections from your address (more than " + limits.connectionsPerMinute()
                        + " in a minute); try again in a minute";
            }
            startingByAddress.merge(c.address, 1, Integer::sum);
        }
        starting++;
        c.admitted = true;
        return null;
    }

    private void leaveStartup(Connection c) {
        starting--;
        if (c.address != null) startingByAddress.computeIfPresent(c.address, (a, n) -> n > 1 ? n - 1 : null);
    }

    private boolean withinRate(InetAddress address) {
        long now = clock.getAsLong();
        if (recent.size() > 10_000) recent.values().removeIf(times -> times.isEmpty() || now - times.peekLast() >= MINUTE);
        ArrayDeque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= MINUTE) times.removeFirst();
        if (times.size() >= limits.connectionsPerMinute()) return false;
        times.addLast(now);
        return true;
    }

    /** Sends the reason in an SSH disconnect message, then closes the socket whether or not it could be sent. */
    static void disconnect(Session session, int code, String message) {
        try {
            session.disconnect(code, message);
        } catch (IOException | RuntimeException e) {
            session.close(true);
        }
    }

    private ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        try {
            return timers.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            return null;
        }
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) task.cancel(false);
    }
}
