package satlab.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;

/**
 * The lab server: one process, one SSH port, a tutor session per learner and nothing else (no
 * shell, commands, file transfer or forwarding).
 *
 * <pre>{@code
 * LabServer server = LabServer.start(config, app, log);
 * ... server.stop();   // tells every session, lets apps save, closes
 * }</pre>
 */
public final class LabServer {
    private static final AttributeKey<Instant> CONNECTED_AT = new AttributeKey<>();

    private final SshServer sshd;
    private final SessionServices services;
    private final ConnectionGate gate;
    private final ScheduledThreadPoolExecutor timers;
    private final ThreadPoolExecutor resizeExecutor;
    private final String fingerprint;
    private final boolean hostKeyCreated;
    private final ServerConfig config;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LabServer(SshServer sshd, SessionServices services, ConnectionGate gate, ScheduledThreadPoolExecutor timers,
            ThreadPoolExecutor resizeExecutor, HostKey hostKey, ServerConfig config) {
        this.sshd = sshd;
        this.services = services;
        this.gate = gate;
        this.timers = timers;
        this.resizeExecutor = resizeExecutor;
        this.fingerprint = hostKey.fingerprint();
        this.hostKeyCreated = hostKey.created();
        this.config = config;
    }

    /**
     * Starts listening. Log lines (connect, failed login, refusal, disconnect; never a password) go
     * to {@code log}.
     *
     * @throws LabConfigException for a problem the instructor must fix (unreadable key file, port in use...)
     */
    public static LabServer start(ServerConfig config, SessionApp app, PrintWriter log) throws LabConfigException {
        ServerLog serverLog = new ServerLog(log, Clock.systemUTC());
        HostKey hostKey = HostKey.load(config.hostKeyFile());
        ServerConfig.Limits limits = config.limits();

        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemon("satlab-timers"));
        timers.setRemoveOnCancelPolicy(true);
        ThreadPoolExecutor resizeExecutor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("satlab-resize"));
        resizeExecutor.allowCoreThreadTimeOut(true);
        SessionServices services = new SessionServices(app, new SessionRegistry(limits.maxSessions(), limits.sessionsPerUser()),
                serverLog, timers, resizeExecutor, limits, System::nanoTime, new AtomicLong());

        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(config.host());
        sshd.setPort(config.port());
        sshd.setKeyPairProvider(hostKey.provider());
        Authentication.install(sshd, config.auth(), serverLog);
        sshd.setChannelFactories(List.of(LabChannel.factory()));
        sshd.setShellFactory(channel -> new SessionRunner(services));
        sshd.setCommandFactory((channel, command) -> new Refusal(
                "satlab: this server only runs the tutor; connect without a command: ssh -p " + config.port() + " user@host",
                () -> serverLog.event("refused", "user=" + channel.getSession().getUsername() + " reason=exec")));
        sshd.setSubsystemFactories(List.of());
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        ConnectionGate gate = new ConnectionGate(limits.connectionsPerMinute(), limits.maxSessions(),
                () -> sshd.getActiveSessions().size(), System::nanoTime, serverLog);
        sshd.setIoServiceEventListener(gate);
        sshd.addSessionListener(connectionLog(serverLog));

        long window = limits.inputWindowBytes();
        CoreModuleProperties.WINDOW_SIZE.set(sshd, window);
        CoreModuleProperties.MAX_PACKET_SIZE.set(sshd, Math.min(window, CoreModuleProperties.DEFAULT_MAX_PACKET_SIZE));
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, Math.max(2, limits.sessionsPerUser()));
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, Duration.ofMinutes(1));
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 6);
        // A backstop for connections that never open a tutor; sessions end earlier on their own idle check.
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, limits.idleTimeout().plusMinutes(1));
        CoreModuleProperties.STOP_WAIT_TIME.set(sshd, Duration.ofSeconds(3));

        try {
            sshd.start();
        } catch (IOException e) {
            timers.shutdownNow();
            resizeExecutor.shutdownNow();
            throw new LabConfigException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + PasswordFile.reason(e) + "; pick another --port or --host", e);
        }
        return new LabServer(sshd, services, gate, timers, resizeExecutor, hostKey, config);
    }

    /** The port actually bound (useful when the config asked for port 0). */
    public int port() {
        return sshd.getPort();
    }

    public String host() {
        return config.host();
    }

    /** The host key's fingerprint as OpenSSH prints it, {@code SHA256:...}. */
    public String hostKeyFingerprint() {
        return fingerprint;
    }

    /** True if this start made a new host key. */
    public boolean hostKeyCreated() {
        return hostKeyCreated;
    }

    /** Tutor sessions running now. */
    public int activeSessions() {
        return services.registry().size();
    }

    /**
     * Stops accepting connections, asks every session to stop (each learner reads that the server is
     * shutting down once their tutor has saved and returned), waits up to the grace period, then
     * closes everything. Safe to call more than once and from a shutdown hook.
     */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            awaitStopped();
            return;
        }
        try {
            gate.close();
            List<LabSession> open = services.registry().snapshot();
            services.log().event("stopping", "sessions=" + open.size());
            open.forEach(s -> s.requestStop(StopReason.SERVER_SHUTDOWN));
            long deadline = System.nanoTime() + config.limits().shutdownGrace().plusSeconds(1).toNanos();
            services.registry().awaitEmpty(deadline);
            sshd.stop(false);
        } catch (IOException e) {
            services.log().event("warning", "closing connections: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timers.shutdownNow();
            resizeExecutor.shutdownNow();
            services.log().event("stopped", "port=" + port());
            stopped.countDown();
        }
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SessionListener connectionLog(ServerLog log) {
        return new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                session.setAttribute(CONNECTED_AT, Instant.now());
                log.event("connect", "from=" + SessionRunner.describe(session.getIoSession().getRemoteAddress()));
            }

            @Override
            public void sessionClosed(Session session) {
                Instant at = session.getAttribute(CONNECTED_AT);
                String user = session.getUsername();
                log.event("disconnect", (user == null ? "" : "user=" + user + " ") + "from="
                        + SessionRunner.describe(session.getIoSession().getRemoteAddress())
                        + (at == null ? "" : " after=" + Duration.between(at, Instant.now()).toSeconds() + "s"));
            }
        };
    }

    private static ThreadFactory daemon(String name) {
        ThreadFactory base = Executors.defaultThreadFactory();
        return r -> {
            Thread t = base.newThread(r);
            t.setName(name);
            t.setDaemon(true);
            return t;
        };
    }
}
