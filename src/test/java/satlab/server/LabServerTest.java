package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelDirectTcpip;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabServerTest {
    static final Duration REFUSED = Duration.ofSeconds(2);
    @TempDir Path dir;
    MenuTestApp app = new MenuTestApp();
    LabFixture lab;

    LabFixture open(ServerConfig.Limits limits) throws Exception {
        lab = new LabFixture(dir, new ServerConfig.Auth.Open(), limits, app);
        return lab;
    }

    @AfterEach
    void close() throws Exception {
        if (lab != null) lab.close();
    }

    @Test
    void aPtySessionSeesTheAppScreenSizedFromThePtyRequest() throws Exception {
        open(ServerConfig.Limits.defaults());
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        String screen = shell.screen().await("size 80x24");
        assertThat(screen).contains("satlab course menu").contains("learner alice");
        assertThat(lab.server.activeSessions()).isEqualTo(1);
    }

    @Test
    void keysReachTheAppWithCarriageReturnAsEnterAndUtf8Intact() throws Exception {
        open(ServerConfig.Limits.defaults());
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        shell.screen().await("key=none");
        shell.type("\r");
        shell.screen().await("key=Enter");
        shell.type("σ");
        shell.screen().await("key=σ");
    }

    @Test
    void aWindowChangeReLaysOutTheScreen() throws Exception {
        open(ServerConfig.Limits.defaults());
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        shell.screen().await("size 80x24");
        shell.channel().sendWindowChange(120, 40);
        String after = shell.screen().await("size 120x40");
        // the title is centred for the new width: (120 - 18) / 2 = 51 columns in; the status line moves to row 40
        assertThat(after.lines().findFirst().orElseThrow()).isEqualTo(" ".repeat(51) + "satlab course menu");
        assertThat(after.lines().skip(39).findFirst().orElseThrow()).isEqualTo("q quit");
    }

    @Test
    void qQuitsTheAppAndClosesTheChannelWithAGoodbye() throws Exception {
        open(ServerConfig.Limits.defaults());
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        shell.screen().await("key=none");
        shell.type("q");
        assertThat(shell.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(shell.screen().text()).contains("goodbye, alice");
        assertThat(shell.exitStatus()).isZero();
        assertThat(app.finished.get()).isEqualTo(1);
    }

    @Test
    void ctrlCEndsOnlyThatSessionAndTheAppStillReturnsNormally() throws Exception {
        open(ServerConfig.Limits.defaults());
        LabFixture.Shell first = lab.shell(lab.connect("alice"), 80, 24);
        LabFixture.Shell second = lab.shell(lab.connect("bob"), 80, 24);
        first.screen().await("key=none");
        second.screen().await("key=none");
        first.type("\u0003");
        assertThat(first.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(first.screen().text()).contains("Ctrl-C");
        second.type("x");
        second.screen().await("key=x");
        assertThat(lab.awaitActiveSessionsAtMost(1)).isEqualTo(1);
        assertThat(app.finished.get()).isEqualTo(1);
    }

    @Test
    void aShellWithoutPtyGetsOneLineAndIsClosed() throws Exception {
        open(ServerConfig.Limits.defaults());
        ClientSession session = lab.connect("alice");
        ChannelShell channel = session.createShellChannel();
        channel.setUsePty(false);
        ScreenCapture out = new ScreenCapture();
        ScreenCapture err = new ScreenCapture();
        channel.setOut(out);
        channel.setErr(err);
        channel.open().verify(LabFixture.WAIT);
        channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), LabFixture.WAIT);
        assertThat(err.text()).contains("needs a terminal").contains("ssh -t");
        assertThat(err.text().strip().lines()).hasSize(1);
        assertThat(channel.getExitStatus()).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(app.finished.get()).isZero();
    }

    @Test
    void execIsRefusedWithAnExplanationAndNothingRuns() throws Exception {
        open(ServerConfig.Limits.defaults());
        ClientSession session = lab.connect("alice");
        ChannelExec exec = session.createExecChannel("cat /etc/passwd");
        ScreenCapture out = new ScreenCapture();
        ScreenCapture err = new ScreenCapture();
        exec.setOut(out);
        exec.setErr(err);
        exec.open().verify(LabFixture.WAIT);
        exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), LabFixture.WAIT);
        assertThat(err.text()).contains("only runs the tutor");
        assertThat(out.text()).doesNotContain("root");
        assertThat(exec.getExitStatus()).isEqualTo(1);
        assertThat(lab.log()).contains("reason=exec");
    }

    @Test
    void sftpSubsystemIsRefusedAndItsChannelClosed() throws Exception {
        open(ServerConfig.Limits.defaults());
        ClientSession session = lab.connect("alice");
        ChannelSubsystem sftp = session.createSubsystemChannel("sftp");
        ScreenCapture out = new ScreenCapture();
        sftp.setOut(out);
        sftp.open().verify(LabFixture.WAIT);
        assertThat(sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), LabFixture.WAIT)).contains(ClientChannelEvent.CLOSED);
        assertThat(out.size()).isZero();
        assertThat(lab.server.activeSessions()).isZero();
    }

    @Test
    void localAndRemotePortForwardingAreRefused() throws Exception {
        open(ServerConfig.Limits.defaults());
        ClientSession session = lab.connect("alice");
        SshdSocketAddress here = new SshdSocketAddress("127.0.0.1", 0);
        SshdSocketAddress server = new SshdSocketAddress("127.0.0.1", lab.server.port());
        ChannelDirectTcpip tunnel = session.createDirectTcpipChannel(here, server);
        assertThatThrownBy(() -> tunnel.open().verify(LabFixture.WAIT)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> session.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0), server))
                .isInstanceOf(IOException.class);
    }

    @Test
    void sessionsPerUserCapHoldsAndOtherLearnersStillGetIn() throws Exception {
        open(ServerConfig.Limits.defaults().withSessionsPerUser(2));
        for (int i = 0; i < 2; i++) lab.shell(lab.connect("alice"), 80, 24).screen().await("key=none");
        LabFixture.Shell third = lab.shell(lab.connect("alice"), 80, 24);
        assertThat(third.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(third.screen().text()).contains("alice already has 2 sessions open");
        lab.shell(lab.connect("bob"), 80, 24).screen().await("learner bob");
        assertThat(lab.awaitActiveSessionsAtMost(3)).isEqualTo(3);
    }

    @Test
    void maxSessionsCapHolds() throws Exception {
        open(ServerConfig.Limits.defaults().withMaxSessions(2));
        lab.shell(lab.connect("a1"), 80, 24).screen().await("key=none");
        lab.shell(lab.connect("a2"), 80, 24).screen().await("key=none");
        assertThatThrownBy(() -> lab.shell(lab.connect("a3", REFUSED), 80, 24))
                .isInstanceOf(Exception.class);
        assertThat(lab.server.activeSessions()).isEqualTo(2);
        assertThat(lab.log()).contains("reason=the lab is full (2 sessions)");
    }

    @Test
    void idleTimeoutClosesASessionButTypingKeepsItOpen() throws Exception {
        open(ServerConfig.Limits.defaults().withIdleTimeout(Duration.ofMillis(1500)));
        LabFixture.Shell idle = lab.shell(lab.connect("idler"), 80, 24);
        LabFixture.Shell busy = lab.shell(lab.connect("typist"), 80, 24);
        idle.screen().await("key=none");
        busy.screen().await("key=none");
        for (int i = 0; i < 8; i++) {
            busy.type("k");
            Thread.sleep(300);
        }
        assertThat(idle.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(idle.screen().text()).contains("idle too long");
        assertThat(busy.channel().isOpen()).isTrue();
        assertThat(app.sawEof.get()).isEqualTo(1);
        assertThat(lab.log()).contains("user=idler").contains("reason=idle_timeout");
    }

    @Test
    void maximumSessionTimeEndsASessionEvenWhileTyping() throws Exception {
        open(ServerConfig.Limits.defaults().withMaxSessionTime(Duration.ofSeconds(1)));
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        shell.screen().await("key=none");
        shell.type("a");
        assertThat(shell.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(shell.screen().text()).contains("time limit");
    }

    @Test
    void anAppThatThrowsEndsOnlyItsOwnSession() throws Exception {
        SessionApp crashing = (terminal, context) -> {
            if (context.learner().equals("crash")) {
                terminal.readInput();
                throw new IllegalStateException("boom");
            }
            app.run(terminal, context);
        };
        lab = new LabFixture(dir, new ServerConfig.Auth.Open(), ServerConfig.Limits.defaults(), crashing);
        LabFixture.Shell good = lab.shell(lab.connect("alice"), 80, 24);
        LabFixture.Shell bad = lab.shell(lab.connect("crash"), 80, 24);
        good.screen().await("key=none");
        bad.type("x");
        assertThat(bad.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(bad.screen().text()).contains("internal error (IllegalStateException: boom)");
        assertThat(bad.exitStatus()).isEqualTo(2);
        good.type("y");
        good.screen().await("key=y");
        assertThat(lab.log()).contains("crashed user=crash");
    }

    @Test
    void aClientFloodingInputIsHeldBackByTheWindowAndOthersStayResponsive() throws Exception {
        SessionApp stalled = (terminal, context) -> {
            if (!context.learner().equals("flood")) {
                app.run(terminal, context);
                return;
            }
            // never reads: whatever the client sends must wait in the SSH window, not in server memory
            while (context.stopReason().isEmpty()) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        };
        lab = new LabFixture(dir, new ServerConfig.Auth.Open(), ServerConfig.Limits.defaults(), stalled);
        LabFixture.Shell good = lab.shell(lab.connect("alice"), 80, 24);
        LabFixture.Shell flood = lab.shell(lab.connect("flood"), 80, 24);
        good.screen().await("key=none");
        AtomicLong sent = new AtomicLong();
        Thread flooder = new Thread(() -> {
            byte[] chunk = new byte[4096];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try {
                for (int i = 0; i < 256; i++) {
                    flood.channel().getInvertedIn().write(chunk);
                    flood.channel().getInvertedIn().flush();
                    sent.addAndGet(chunk.length);
                }
            } catch (IOException stopped) {
                // the server closed the channel at the end of the test
            }
        });
        flooder.setDaemon(true);
        flooder.start();
        for (char c : "abcdef".toCharArray()) {
            good.type(String.valueOf(c));
            good.screen().await("key=" + c);
        }
        Thread.sleep(500);
        int window = ServerConfig.Limits.defaults().inputWindowBytes();
        assertThat(flooder.isAlive()).as("the flooding client is blocked by flow control").isTrue();
        assertThat(sent.get()).isLessThan(1024 * 1024).isLessThanOrEqualTo(8L * window);
    }

    @Test
    void stopTellsEverySessionLetsAppsReturnAndLogs() throws Exception {
        open(ServerConfig.Limits.defaults());
        LabFixture.Shell a = lab.shell(lab.connect("alice"), 80, 24);
        LabFixture.Shell b = lab.shell(lab.connect("bob"), 80, 24);
        a.screen().await("key=none");
        b.screen().await("key=none");
        lab.server.stop();
        assertThat(a.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(b.awaitClosed(LabFixture.WAIT)).isTrue();
        // The client's screen reader may still be applying the last bytes when the close lands.
        a.screen().await("shutting down");
        b.screen().await("shutting down");
        assertThat(app.sawEof.get()).isEqualTo(2);
        assertThat(app.finished.get()).isEqualTo(2);
        assertThat(lab.log()).contains("stopping sessions=2").contains("stopped");
    }

    @Test
    void aClientThatDisconnectsEndsItsAppAndFreesItsSlot() throws Exception {
        open(ServerConfig.Limits.defaults());
        ClientSession session = lab.connect("alice");
        lab.shell(session, 80, 24).screen().await("key=none");
        session.close(true);
        assertThat(lab.awaitActiveSessionsAtMost(0)).isZero();
        assertThat(app.finished.get()).isEqualTo(1);
        assertThat(lab.log()).contains("connect from=127.0.0.1").contains("disconnect user=alice");
    }

    @Test
    void aClientThatClosesOnlyItsChannelEndsItsAppAndFreesItsSlot() throws Exception {
        // OpenSSH's connection sharing (ControlMaster) keeps the connection and closes the channel.
        open(ServerConfig.Limits.defaults());
        ClientSession session = lab.connect("alice");
        LabFixture.Shell shell = lab.shell(session, 80, 24);
        shell.screen().await("key=none");
        shell.channel().close(false);
        assertThat(lab.awaitActiveSessionsAtMost(0)).isZero();
        assertThat(app.finished.get()).isEqualTo(1);
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void connectionsPerAddressPerMinuteAreLimited() throws Exception {
        open(ServerConfig.Limits.defaults().withConnectionsPerMinute(2));
        lab.connect("a");
        lab.connect("b");
        assertThatThrownBy(() -> lab.connect("c", REFUSED))
                .isInstanceOf(Exception.class);
        assertThat(lab.log()).contains("more than 2 in a minute");
    }
}
