package satlab.server;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.channel.ChannelPipedInputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import satlab.engine.TerminalText;

/**
 * Runs the tutor for one shell request: checks the client asked for a terminal and may open
 * another session, then runs the app on a thread of its own (which blocks on the learner's input
 * and so costs no CPU while they think), enforces the idle and time limits, and says goodbye.
 */
final class SessionRunner implements Command {
    private static final String RESET = "\033[0m\033[?25h\033[?1049l";
    /**
     * Bytes one paste may bring: the longest field holds 400 characters (up to 3 bytes each in
     * UTF-8), with room for the keys around them. Anything longer is cut (see {@link PasteGuard}).
     */
    static final int PASTE_LIMIT = 4096;

    private final SessionServices services;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private ChannelSession channel;
    private LabSession session;
    private Thread thread;
    private volatile ScheduledFuture<?> idleCheck;
    private volatile ScheduledFuture<?> timeLimit;
    private volatile ScheduledFuture<?> drainCheck;
    private DrainWatch screen;
    private volatile boolean ended;

    SessionRunner(SessionServices services) {
        this.services = services;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        this.channel = channel;
        LabChannel lab = (LabChannel) channel;
        String learner = channel.getSession().getUsername();
        String remote = describe(channel.getSession().getIoSession().getRemoteAddress());
        Optional<TerminalSize> pty = lab.ptySize();
        if (pty.isEmpty()) {
            services.log().event("refused", "user=" + learner + " from=" + remote + " reason=no-pty");
            refuse(err, "satlab: this server runs the full-screen tutor, which needs a terminal;"
                    + " connect with ssh -t (and no command)", "\n");
            return;
        }
        if (!LearnerNames.isValid(learner)) {
            services.log().event("refused", "from=" + remote + " reason=bad-user-name");
            refuse(out, "satlab: '" + learner + "' is not a valid learner name: use " + LearnerNames.RULE, "\r\n");
            return;
        }
        session = new LabSession(services.ids().incrementAndGet(), learner, remote, lab.clientEnvironment(),
                services.nanoClock().getAsLong());
        String refusal = services.registry().admit(session);
        if (refusal != null) {
            services.log().event("refused", "user=" + learner + " from=" + remote + " reason=" + refusal);
            refuse(out, "satlab: " + refusal, "\r\n");
            return;
        }
        services.gate().tutorStarted(channel.getSession());
        PasteGuard keys = new PasteGuard(in, PASTE_LIMIT, services.nanoClock(), (kept, dropped) -> {
            services.log().event("paste-cut", "user=" + learner + " id=" + session.id() + " kept=" + kept + " dropped="
                    + dropped + " bytes");
            session.pasteCut(kept, dropped);
        });
        screen = new DrainWatch(out, services.nanoClock());
        ChannelTerminal terminal = new ChannelTerminal(keys, screen, pty.get(), session, services.resizeExecutor(),
                services.nanoClock(), e -> services.log().event("resize-listener-failed", "user=" + learner + " id="
                        + session.id() + " " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        lab.onWindowChange(terminal::windowChanged);
        lab.onInterrupt(() -> session.requestStop(StopReason.INTERRUPTED));
        session.onStop(this::stopInput);
        services.log().event("session", "user=" + learner + " from=" + remote + " id=" + session.id()
                + " size=" + pty.get().getColumns() + "x" + pty.get().getRows());
        thread = new Thread(() -> runApp(terminal), "satlab-session-" + session.id());
        thread.setDaemon(true);
        thread.start();
        scheduleIdleCheck(services.limits().idleTimeout().toNanos());
        timeLimit = services.timers().schedule(() -> session.requestStop(StopReason.TIME_LIMIT),
                services.limits().maxSessionTime().toNanos(), TimeUnit.NANOSECONDS);
        long drain = services.limits().outputDrainTimeout().toNanos();
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(100), Math.min(TimeUnit.SECONDS.toNanos(5), drain / 5));
        drainCheck = services.timers().scheduleWithFixedDelay(this::checkDrain, period, period, TimeUnit.NANOSECONDS);
    }

    /** A client that reads none of its screen for the drain timeout is closed: its writes would block forever. */
    private void checkDrain() {
        long stalled = screen.stalledNanos();
        if (ended || stalled < services.limits().outputDrainTimeout().toNanos()) return;
        ScheduledFuture<?> check = drainCheck;
        if (check != null) check.cancel(false);
        services.log().event("output-stalled", "user=" + session.learner() + " id=" + session.id() + " reason=the client"
                + " has read none of its screen for " + TimeUnit.NANOSECONDS.toSeconds(stalled) + "s; closing the connection");
        session.requestStop(StopReason.OUTPUT_STALLED);
        channel.getSession().close(true);
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (session != null) session.requestStop(StopReason.DISCONNECTED);
    }

    private void runApp(ChannelTerminal terminal) {
        int code = 0;
        String crash = null;
        try {
            services.app().run(terminal, session);
        } catch (IOException | RuntimeException | Error e) {
            // A write to a client that has gone (or is going) is a disconnect, not a fault of the tutor.
            if (connectionGone() || session.stopping() && causedByIo(e)) {
                session.requestStop(StopReason.DISCONNECTED);
            } else {
                crash = (e instanceof IOException ? "I/O error: " + e.getMessage()
                        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        } finally {
            ended = true;
            cancelTimers();
            services.gate().tutorEnded(channel.getSession());
            Optional<StopReason> reason = session.stopReason();
            if (crash != null) {
                code = 2;
                services.log().event("crashed", "user=" + session.learner() + " id=" + session.id() + " " + crash);
                farewell("satlab: the tutor stopped on an internal error (" + TerminalText.escape(crash)
                        + "); please tell your instructor.");
            } else if (reason.isPresent() && reason.get() != StopReason.DISCONNECTED
                    && reason.get() != StopReason.OUTPUT_STALLED) {
                farewell("satlab: " + reason.get().message() + ". Goodbye, " + session.learner() + ".");
            } else if (reason.isEmpty()) {
                farewell("satlab: goodbye, " + session.learner() + ".");
            }
            services.log().event("session-end", "user=" + session.learner() + " id=" + session.id() + " after="
                    + Duration.ofNanos(services.nanoClock().getAsLong() - session.startedNanos()).toSeconds() + "s"
                    + " reason=" + reason.map(r -> r.name().toLowerCase()).orElse(crash != null ? "crash" : "quit"));
            // an app's own input thread may still be blocked reading; EOF lets it end with the session
            wakeReaders();
            exit.onExit(code);
            // The channel's writes are queued, not sent: until the client has answered the close,
            // a server that stops now could cut the farewell off (the learner would see the screen
            // freeze, not "the lab server is shutting down"). A client that does not answer gets
            // CLOSE_WAIT at most; the slot is released either way.
            awaitClosed();
            services.registry().release(session);
        }
    }

    /** Longest a session waits for its client to answer the channel's close. */
    private static final long CLOSE_WAIT = TimeUnit.SECONDS.toNanos(2);

    /** Waits until the channel is closed at both ends (every byte written before has reached the client). */
    private void awaitClosed() {
        CountDownLatch closed = new CountDownLatch(1);
        channel.addCloseFutureListener(future -> closed.countDown());
        try {
            closed.await(CLOSE_WAIT, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Wakes the app's blocking read with EOF, and closes the channel if it has not returned within the grace period. */
    private void stopInput() {
        wakeReaders();
        try {
            services.timers().schedule(this::forceClose, services.limits().shutdownGrace().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException serverStopped) {
            // the server has stopped and closed every channel itself
        }
    }

    private void wakeReaders() {
        if (in instanceof ChannelPipedInputStream pipe) {
            pipe.eof();
        } else {
            closeQuietly(in);
        }
    }

    private void forceClose() {
        Thread t = thread;
        if (t != null && t.isAlive()) {
            services.log().event("force-close", "user=" + session.learner() + " id=" + session.id()
                    + " reason=app did not return within " + services.limits().shutdownGrace().toSeconds() + "s");
            t.interrupt();
            channel.close(true);
        }
    }

    private void scheduleIdleCheck(long delayNanos) {
        idleCheck = services.timers().schedule(this::checkIdle, delayNanos, TimeUnit.NANOSECONDS);
    }

    private void checkIdle() {
        if (ended || session.stopping()) return;
        long limit = services.limits().idleTimeout().toNanos();
        long idle = services.nanoClock().getAsLong() - session.lastInputNanos();
        if (idle >= limit) {
            session.requestStop(StopReason.IDLE_TIMEOUT);
        } else {
            scheduleIdleCheck(limit - idle);
        }
    }

    private void cancelTimers() {
        for (ScheduledFuture<?> timer : new ScheduledFuture<?>[] {idleCheck, timeLimit, drainCheck}) {
            if (timer != null) timer.cancel(false);
        }
    }

    private boolean connectionGone() {
        return !channel.isOpen() || channel.isClosing() || !channel.getSession().isOpen() || channel.getSession().isClosing();
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) return true;
        }
        return false;
    }

    private void farewell(String line) {
        try {
            OutputStream out = screen != null ? screen : this.out;
            out.write((RESET + "\r\n" + line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException clientGone) {
            // nobody left to read it
        }
    }

    private void refuse(OutputStream stream, String line, String newline) {
        Refusal.tellAndExit(stream, line, newline, exit);
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // closing is only a wake-up here
        }
    }

    static String describe(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }
}
