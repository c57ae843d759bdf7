package satlab.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import satlab.store.StoreLocation;

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
    private static final int PASSWORD_CHECK_QUEUE = 32;

    private final SshServer sshd;
    private final SessionServices services;
    private final ConnectionGate gate;
    private final ScheduledThreadPoolExecutor timers;
    private final ThreadPoolExecutor resizeExecutor;
    private final ThreadPoolExecutor passwordChecks;
    private final String fingerprint;
    private final boolean hostKeyCreated;
    private final ServerConfig config;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private LabServer(SshServer sshd, SessionServices services, ConnectionGate gate, ScheduledThreadPoolExecutor timers,
            ThreadPoolExecutor resizeExecutor, ThreadPoolExecutor passwordChecks, HostKey hostKey, ServerConfig config) {
        this.sshd = sshd;
        this.passwordChecks = passwordChecks;
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
        return start(config, app, new ServerLog(log));
    }

    /** As {@link #start(ServerConfig, SessionApp, PrintWriter)}, logging to a log the caller shares (the store's faults). */
    public static LabServer start(ServerConfig config, SessionApp app, ServerLog serverLog) throws LabConfigException {
        checkFiles(config);
        HostKey hostKey = HostKey.load(config.hostKeyFile());
        ServerConfig.Limits limits = config.limits();

        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemon("satlab-timers"));
        timers.setRemoveOnCancelPolicy(true);
        ThreadPoolExecutor resizeExecutor = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("satlab-resize"));
        resizeExecutor.allowCoreThreadTimeOut(true);
        // Password checks (PBKDF2, about half a second of CPU each) never run on MINA's I/O threads,
        // and on at most half the cores: a brute force cannot take the CPU the learners type on.
        int checkers = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        ThreadPoolExecutor passwordChecks = new ThreadPoolExecutor(checkers, checkers, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(PASSWORD_CHECK_QUEUE), daemon("satlab-password"));
        passwordChecks.allowCoreThreadTimeOut(true);
        LoginPenalties penalties = new LoginPenalties(limits.loginPenalty().toNanos(), System::nanoTime);
        ConnectionGate gate = new ConnectionGate(limits, penalties, timers, System::nanoTime, serverLog);
        SessionServices services = new SessionServices(app, new SessionRegistry(limits.maxSessions(), limits.sessionsPerUser()),
                gate, serverLog, timers, resizeExecutor, limits, System::nanoTime, new AtomicLong());

        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(config.host());
        sshd.setPort(config.port());
        sshd.setKeyPairProvider(hostKey.provider());
        try {
            new Authentication(serverLog, penalties, passwordChecks, timers).install(sshd, config.auth());
        } catch (LabConfigException e) {
            shutdown(timers, resizeExecutor, passwordChecks);
            throw e;
        }
        sshd.setChannelFactories(List.of(LabChannel.factory()));
        sshd.setShellFactory(channel -> new SessionRunner(services));
        sshd.setCommandFactory((channel, command) -> new Refusal(
                "satlab: this server only runs the tutor; connect without a command: ssh -p " + config.port() + " user@host",
                () -> serverLog.event("refused", "user=" + channel.getSession().getUsername() + " reason=exec")));
        sshd.setSubsystemFactories(List.of());
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        sshd.addSessionListener(gate);

        long window = limits.inputWindowBytes();
        CoreModuleProperties.WINDOW_SIZE.set(sshd, window);
        CoreModuleProperties.MAX_PACKET_SIZE.set(sshd, Math.min(window, CoreModuleProperties.DEFAULT_MAX_PACKET_SIZE));
        CoreModuleProperties.MAX_CONCURRENT_CHANNELS.set(sshd, Math.max(2, limits.sessionsPerUser()));
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, limits.loginGrace());
        // Failures are counted per connection by Authentication (6, as OpenSSH's MaxAuthTries); MINA's
        // own count restarts with every SERVICE_REQUEST and also counts "none", so it is only a backstop.
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 4 * Authentication.MAX_FAILURES);
        // A backstop: connections end earlier on the gate's no-tutor and time limits and the sessions' idle check.
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, limits.idleTimeout().plusMinutes(1));
        // The session's own drain check closes a client that stopped reading, with a log line, first.
        CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(sshd, limits.outputDrainTimeout().plusSeconds(30));
        CoreModuleProperties.STOP_WAIT_TIME.set(sshd, Duration.ofSeconds(3));

        try {
            sshd.start();
        } catch (IOException e) {
            shutdown(timers, resizeExecutor, passwordChecks);
            throw new LabConfigException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + PasswordFile.reason(e) + "; pick another --port or --host", e);
        }
        return new LabServer(sshd, services, gate, timers, resizeExecutor, passwordChecks, hostKey, config);
    }

    /**
     * Checks, as OpenSSH's StrictModes, that the data directory (made 0700 if missing) and the file
     * that says who may log in belong to this account and cannot be written by others.
     *
     * @throws LabConfigException saying what is wrong and the command that fixes it
     */
    public static void checkFiles(ServerConfig config) throws LabConfigException {
        try {
            StoreLocation.createPrivateDirectories(config.dataDir());
        } catch (IOException e) {
            throw new LabConfigException("cannot create the data directory " + config.dataDir() + ": "
                    + PasswordFile.reason(e), e);
        }
        FileTrust.checkDirectory(config.dataDir(), "the data directory");
        if (config.auth() instanceof ServerConfig.Auth.Keys keys) FileTrust.checkFile(keys.authorizedKeys(), "authorized keys file");
        if (config.auth() instanceof ServerConfig.Auth.Passwords p) FileTrust.checkFile(p.passwordFile(), "password file");
    }

    private static void shutdown(ExecutorService... executors) {
        for (ExecutorService e : executors) e.shutdownNow();
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
            shutdown(timers, resizeExecutor, passwordChecks);
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
