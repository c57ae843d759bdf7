package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.core.CoreModuleProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What careless and hostile clients do to the lab server, with MINA's SSH client and raw sockets
 * in-process over loopback: each attack ends with the lab still serving the other learners.
 */
class AvailabilityTest {
    static final Duration REFUSED = Duration.ofSeconds(3);

    @TempDir Path dir;
    MenuTestApp app = new MenuTestApp();
    LabFixture lab;

    LabFixture open(ServerConfig.Limits limits) throws Exception {
        lab = new LabFixture(dir.resolve("data"), new ServerConfig.Auth.Open(), limits, app);
        return lab;
    }

    @AfterEach
    void close() throws Exception {
        if (lab != null) lab.close();
    }

    @Test
    void aBurstOfRefusedConnectionsIsToldWhyAndLeavesNoDescriptorBehind() throws Exception {
        open(ServerConfig.Limits.defaults().withConnectionsPerMinute(3));
        for (int i = 0; i < 3; i++) lab.connect("warm" + i).close(true);
        Thread.sleep(500);
        int baseline = LabFixture.openFds();
        int burst = 60;
        for (int i = 0; i < burst; i++) {
            int n = i;
            assertThatThrownBy(() -> lab.connect("burst" + n, REFUSED)).isInstanceOf(Exception.class);
        }
        assertThat(lab.awaitDisconnect("too many connections from your address"))
                .isEqualTo("satlab: too many connections from your address (more than 3 in a minute); try again in a minute");
        assertThat(lab.log().lines().filter(l -> l.contains(" refused from=127.0.0.1")).count()).isEqualTo(burst);
        // every socket, the server's end and the client's, is closed: the count comes back down
        assertThat(LabFixture.awaitFdsAtMost(baseline)).isLessThanOrEqualTo(baseline);
    }

    @Test
    void aFullLabAndAStoppingServerSayWhyInTheirDisconnectMessage() throws Exception {
        open(ServerConfig.Limits.defaults().withMaxSessions(1));
        lab.shell(lab.connect("alice"), 80, 24).screen().await("key=none");
        assertThatThrownBy(() -> lab.connect("bob", REFUSED)).isInstanceOf(Exception.class);
        assertThat(lab.awaitDisconnect("full")).isEqualTo("satlab: the lab is full (1 sessions); try again in a minute");
        lab.server.stop();
        assertThatThrownBy(() -> lab.connect("carol", REFUSED)).isInstanceOf(Exception.class);
    }

    @Test
    void bruteForceRestartingAuthenticationWithServiceRequestsStopsAtSixFailures() throws Exception {
        Path file = dir.resolve("passwords");
        Files.writeString(file, "alice:" + PasswordFile.hash("correct horse".toCharArray(), PasswordFile.MIN_ITERATIONS,
                new SecureRandom()) + "\n");
        lab = new LabFixture(dir.resolve("data"), new ServerConfig.Auth.Passwords(file),
                ServerConfig.Limits.defaults().withLoginPenalty(Duration.ofMillis(10)), app);
        ClientSession attacker = lab.unauthenticated("alice");
        int tries = 0;
        for (; tries < 30 && attacker.isOpen(); tries++) {
            String guess = "guess-" + tries;
            attacker.addPasswordIdentity(guess);
            try {
                attacker.auth().verify(LabFixture.WAIT);
            } catch (IOException | RuntimeException refused) {
                // expected: a wrong password
            }
            attacker.removePasswordIdentity(guess);
            // What a brute-force tool does to get a fresh per-service counter from MINA:
            if (attacker.isOpen()) {
                Buffer again = attacker.createBuffer(SshConstants.SSH_MSG_SERVICE_REQUEST);
                again.putString("ssh-userauth");
                try {
                    attacker.writePacket(again);
                } catch (IOException closed) {
                    break;
                }
            }
        }
        assertThat(lab.awaitDisconnect("too many")).isEqualTo("satlab: too many authentication failures");
        assertThat(lab.log().lines().filter(l -> l.contains("auth-failed user=alice")).count()).isEqualTo(6);
        assertThat(lab.log()).contains("failures=6").contains("reason=too many authentication failures (6)")
                .contains("auth-delayed user=alice");
        assertThat(tries).isLessThanOrEqualTo(7);
        // the learner herself still gets in, from a new connection, once the short penalty is over
        lab.shell(lab.login("alice", "correct horse"), 80, 24).screen().await("learner alice");
    }

    @Test
    void silentConnectionsAreCappedPerAddressAndClosedAfterTheLoginGrace() throws Exception {
        open(ServerConfig.Limits.defaults().withStartups(30, 3).withLoginGrace(Duration.ofSeconds(2)));
        int baseline = LabFixture.openFds();
        List<Socket> silent = new ArrayList<>();
        for (int i = 0; i < 3; i++) silent.add(new Socket("127.0.0.1", lab.server.port()));
        Thread.sleep(300);
        try (Socket fourth = new Socket("127.0.0.1", lab.server.port())) {
            // a client that says who it is gets the reason in a disconnect message, then the socket closes
            fourth.getOutputStream().write("SSH-2.0-curious_client\r\n".getBytes(StandardCharsets.US_ASCII));
            String said = readUntilClosed(fourth, Duration.ofSeconds(5));
            assertThat(said).startsWith("SSH-2.0-").contains("too many connections from your address (3 still logging in)");
        }
        try (Socket fifth = new Socket("127.0.0.1", lab.server.port())) {
            // one that says nothing is closed soon all the same
            assertThat(readUntilClosed(fifth, Duration.ofSeconds(5))).startsWith("SSH-2.0-");
        }
        for (Socket s : silent) {
            assertThat(readUntilClosed(s, Duration.ofSeconds(10))).as("closed by the server after the grace time")
                    .startsWith("SSH-2.0-");
            s.close();
        }
        // the slots are free again
        lab.shell(lab.connect("alice"), 80, 24).screen().await("learner alice");
        assertThat(lab.log()).contains("reason=too many connections from your address");
        lab.close();
        lab = null;
        assertThat(LabFixture.awaitFdsAtMost(baseline)).isLessThanOrEqualTo(baseline);
    }

    @Test
    void aLoggedInConnectionThatOpensNoTutorIsClosed() throws Exception {
        open(ServerConfig.Limits.defaults().withNoTutorTimeout(Duration.ofSeconds(1)));
        ClientSession idle = lab.connect("lurker");
        assertThat(lab.awaitDisconnect("none was opened")).contains("this server only runs the tutor");
        assertThat(idle.waitFor(EnumSet.of(org.apache.sshd.client.session.ClientSession.ClientSessionEvent.CLOSED),
                LabFixture.WAIT)).contains(ClientSession.ClientSessionEvent.CLOSED);
        assertThat(lab.log()).contains("no-tutor user=lurker");
    }

    @Test
    void aConnectionWhoseTutorEndedIsClosedToo() throws Exception {
        open(ServerConfig.Limits.defaults().withNoTutorTimeout(Duration.ofSeconds(1))
                .withIdleTimeout(Duration.ofMillis(500)));
        ClientSession session = lab.connect("alice");
        LabFixture.Shell shell = lab.shell(session, 80, 24);
        shell.screen().await("key=none");
        assertThat(shell.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), LabFixture.WAIT))
                .contains(ClientSession.ClientSessionEvent.CLOSED);
        assertThat(lab.log()).contains("reason=idle_timeout").contains("no-tutor user=alice");
    }

    @Test
    void aHugePasteIsCutAndEveryoneStaysResponsive() throws Exception {
        open(ServerConfig.Limits.defaults());
        LabFixture.Shell paster = lab.shell(lab.connect("paster"), 80, 24);
        LabFixture.Shell typist = lab.shell(lab.connect("typist"), 80, 24);
        paster.screen().await("key=none");
        typist.screen().await("key=none");
        byte[] paste = new byte[4 * 1024 * 1024];
        Arrays.fill(paste, (byte) 'x');
        Thread pasting = new Thread(() -> {
            try {
                paster.type(new String(paste, StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        pasting.start();
        for (char c : "abcde".toCharArray()) {
            typist.type(String.valueOf(c));
            typist.screen().await("key=" + c);
        }
        pasting.join(LabFixture.WAIT.toMillis() * 3);
        assertThat(pasting.isAlive()).as("the whole paste was taken (and dropped) promptly").isFalse();
        String log = lab.awaitLog("paste-cut user=paster");
        long dropped = Long.parseLong(log.replaceAll("(?s).*paste-cut user=paster id=\\d+ kept=\\d+ dropped=(\\d+) bytes.*", "$1"));
        assertThat(dropped).isGreaterThan(paste.length - 2L * SessionRunner.PASTE_LIMIT);
        paster.type("z");
        paster.screen().await("key=z");
        // the keys that reached the app: what one cut paste may bring, the typist's five, and z
        assertThat(app.keys.get()).isLessThanOrEqualTo(SessionRunner.PASTE_LIMIT + 6);
    }

    @Test
    void aClientThatStopsReadingItsScreenIsClosedAfterTheDrainTimeout() throws Exception {
        open(ServerConfig.Limits.defaults().withOutputDrainTimeout(Duration.ofSeconds(1)));
        LabFixture.Shell other = lab.shell(lab.connect("other"), 80, 24);
        other.screen().await("key=none");
        SshClient stubborn = SshClient.setUpDefaultClient();
        stubborn.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        // a small window that is never given back: this client reads nothing the server sends
        CoreModuleProperties.WINDOW_SIZE.set(stubborn, 8192L);
        stubborn.start();
        try {
            ClientSession s = stubborn.connect("stubborn", "127.0.0.1", lab.server.port()).verify(LabFixture.WAIT).getSession();
            s.auth().verify(LabFixture.WAIT);
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(200);
            shell.setPtyLines(60);
            shell.open().verify(LabFixture.WAIT);
            OutputStream keys = shell.getInvertedIn();
            for (int i = 0; i < 40 && shell.isOpen(); i++) {
                keys.write('k');
                keys.flush();
                Thread.sleep(20);
            }
            lab.awaitLog("output-stalled user=stubborn");
            assertThat(s.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), LabFixture.WAIT))
                    .contains(ClientSession.ClientSessionEvent.CLOSED);
            other.type("y");
            other.screen().await("key=y");
            assertThat(lab.awaitActiveSessionsAtMost(1)).isEqualTo(1);
            assertThat(lab.log()).doesNotContain("crashed");
        } finally {
            stubborn.stop();
        }
    }

    @Test
    void aNormalDisconnectMidDrawIsLoggedAsADisconnectNotACrash() throws Exception {
        open(ServerConfig.Limits.defaults());
        for (int i = 0; i < 5; i++) {
            ClientSession s = lab.connect("leaver" + i);
            LabFixture.Shell shell = lab.shell(s, 80, 24);
            shell.screen().await("key=none");
            shell.type("abcdefgh");
            s.close(true);
        }
        lab.awaitActiveSessionsAtMost(0);
        assertThat(lab.log()).doesNotContain("crashed").contains("disconnect user=leaver4");
    }

    /** Everything the server sends until it closes the socket (pre-KEX, so the disconnect text is in clear). */
    static String readUntilClosed(Socket socket, Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) got.write(buf, 0, n);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the socket within " + timeout + "; it sent: "
                    + got.toString(StandardCharsets.ISO_8859_1));
        }
        return got.toString(StandardCharsets.ISO_8859_1);
    }
}
