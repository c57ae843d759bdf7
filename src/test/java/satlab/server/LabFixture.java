package satlab.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/** A lab server on 127.0.0.1 with a free port, and MINA SSH clients to talk to it. */
final class LabFixture implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final LabServer server;
    final StringWriter log = new StringWriter();
    private final SshClient client;
    private final List<ClientSession> sessions = new ArrayList<>();

    /** What servers said in SSH disconnect messages to this fixture's clients, in order. */
    final List<String> disconnectMessages = new CopyOnWriteArrayList<>();

    LabFixture(Path dataDir, ServerConfig.Auth auth, ServerConfig.Limits limits, SessionApp app) throws Exception {
        server = LabServer.start(new ServerConfig("127.0.0.1", 0, dataDir, auth, limits), app, new PrintWriter(log, true));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.addSessionListener(new SessionListener() {
            @Override
            public void sessionDisconnect(Session session, int reason, String msg, String language, boolean initiator) {
                if (!initiator) disconnectMessages.add(msg);
            }
        });
        client.start();
    }

    /** Waits until a disconnect message containing {@code text} arrived; returns it. */
    String awaitDisconnect(String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (String m : disconnectMessages) {
                if (m.contains(text)) return m;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no disconnect message containing '" + text + "'; got " + disconnectMessages);
    }

    /** Waits until the log contains {@code text}. */
    String awaitLog(String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (log().contains(text)) return log();
            Thread.sleep(20);
        }
        throw new AssertionError("the log never said '" + text + "':\n" + log());
    }

    /** File descriptors this JVM (server and clients) holds now, from /proc (Linux). */
    static int openFds() {
        String[] fds = new java.io.File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    /** Waits for the descriptor count to come down to {@code target} (closing is asynchronous); returns the last count. */
    static int awaitFdsAtMost(int target) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        int now = openFds();
        while (now > target && System.nanoTime() < deadline) {
            Thread.sleep(50);
            now = openFds();
        }
        return now;
    }

    /**
     * Waits for the server's sessions to come down to at most {@code n} and returns the last count: a session's
     * slot is freed only once its client has answered the channel's close, a moment after the client sees it.
     */
    int awaitActiveSessionsAtMost(int n) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.activeSessions() > n && System.nanoTime() < deadline) Thread.sleep(20);
        return server.activeSessions();
    }

    SshClient client() {
        return client;
    }

    static KeyPair newKey() throws Exception {
        return KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
    }

    String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    /** Connected, not yet authenticated. */
    ClientSession unauthenticated(String user) throws IOException {
        ClientSession s = client.connect(user, "127.0.0.1", server.port()).verify(WAIT).getSession();
        sessions.add(s);
        return s;
    }

    /** Connected and logged in with the "none" method, as --auth open allows. */
    ClientSession connect(String user) throws IOException {
        return connect(user, WAIT);
    }

    /** As {@link #connect(String)}, giving up sooner: for connections the server is expected to drop. */
    ClientSession connect(String user, Duration timeout) throws IOException {
        ClientSession s = client.connect(user, "127.0.0.1", server.port()).verify(timeout).getSession();
        sessions.add(s);
        s.auth().verify(timeout);
        return s;
    }

    ClientSession login(String user, String password) throws IOException {
        ClientSession s = unauthenticated(user);
        s.addPasswordIdentity(password);
        s.auth().verify(WAIT);
        return s;
    }

    ClientSession login(String user, KeyPair key) throws IOException {
        ClientSession s = unauthenticated(user);
        s.addPublicKeyIdentity(key);
        s.auth().verify(WAIT);
        return s;
    }

    /** A shell with a pty of the given size; its screen fills {@code screen}. */
    Shell shell(ClientSession session, int columns, int rows) throws IOException {
        ChannelShell channel = session.createShellChannel();
        channel.setPtyType("xterm");
        channel.setPtyColumns(columns);
        channel.setPtyLines(rows);
        ScreenCapture screen = new ScreenCapture();
        ScreenCapture err = new ScreenCapture();
        channel.setOut(screen);
        channel.setErr(err);
        channel.open().verify(WAIT);
        return new Shell(channel, screen, err);
    }

    record Shell(ChannelShell channel, ScreenCapture screen, ScreenCapture err) {
        void type(String keys) throws IOException {
            OutputStream in = channel.getInvertedIn();
            in.write(keys.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        boolean awaitClosed(Duration timeout) {
            return channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), timeout).contains(ClientChannelEvent.CLOSED);
        }

        Integer exitStatus() {
            return channel.getExitStatus();
        }
    }

    @Override
    public void close() throws IOException {
        for (ClientSession s : sessions) s.close(true);
        client.stop();
        server.stop();
    }
}
