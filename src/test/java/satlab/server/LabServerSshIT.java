package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OpenSSH client in a real terminal (tmux) against the lab server: first an in-process
 * server running the test app (screen, keys, resize, quit), then the jar's `satlab serve` stopped
 * with SIGTERM while a learner is connected.
 */
class LabServerSshIT {
    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir Path dir;
    String socket;
    Process jar;

    @BeforeEach
    void needsTools() throws Exception {
        for (String tool : List.of("tmux", "ssh", "ssh-keygen", "ssh-keyscan")) {
            assumeTrue(onPath(tool), tool + " is not installed");
        }
        socket = "satlab-ssh-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        run("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-C", "alice@it-laptop", "-f", dir.resolve("id").toString());
        Files.copy(dir.resolve("id.pub"), dir.resolve("authorized_keys"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        run("tmux", "-L", socket, "kill-server");
        if (jar != null) jar.destroyForcibly();
    }

    @Test
    void openSshInTmuxSeesTheAppTypesResizesAndQuits() throws Exception {
        StringWriter log = new StringWriter();
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir.resolve("data"),
                new ServerConfig.Auth.Keys(dir.resolve("authorized_keys")), ServerConfig.Limits.defaults());
        LabServer server = LabServer.start(config, new MenuTestApp(), new PrintWriter(log, true));
        try {
            ssh(server.port());
            await(s -> s.contains("satlab course menu") && s.contains("size 80x24"), "the app at 80x24");
            assertThat(screen()).contains("learner alice");
            tmux("send-keys", "-t", "lab", "-l", "σx");
            await(s -> s.contains("key=x"), "the typed key");
            tmux("send-keys", "-t", "lab", "Enter");
            await(s -> s.contains("key=Enter"), "Enter from a bare carriage return");
            tmux("resize-window", "-t", "lab", "-x", "100", "-y", "30");
            String wide = await(s -> s.contains("size 100x30"), "the re-laid-out screen");
            assertThat(wide.lines().findFirst().orElseThrow()).isEqualTo(" ".repeat(41) + "satlab course menu");
            tmux("send-keys", "-t", "lab", "q");
            String end = await(s -> s.contains("SSH-EXIT="), "ssh to exit");
            assertThat(end).contains("goodbye, alice").contains("SSH-EXIT=0");
        } finally {
            server.stop();
        }
        assertThat(log.toString()).contains("connect from=127.0.0.1").contains("session user=alice")
                .contains("size=80x24").contains("disconnect user=alice");
    }

    @Test
    void theJarServesUntilSigtermThenTellsTheLearnerAndExits() throws Exception {
        String jarPath = System.getProperty("satlab.jar", "target/satlab.jar");
        assumeTrue(Files.exists(Path.of(jarPath)), "the jar is built by mvn package");
        int port = freePort();
        Path data = dir.resolve("data");
        jar = new ProcessBuilder("java", "-jar", jarPath, "serve", "--auth", "keys", "--authorized-keys",
                dir.resolve("authorized_keys").toString(), "--port", Integer.toString(port), "--data", data.toString())
                .redirectError(dir.resolve("serve.err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(jar.getInputStream(), StandardCharsets.UTF_8));
        List<String> banner = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            banner.add(line);
            if (line.startsWith("stop with")) break;
        }
        assertThat(banner).as("serve's banner; stderr: %s", Files.readString(dir.resolve("serve.err")))
                .contains("learners connect with: ssh -p " + port + " NAME@127.0.0.1");
        assertThat(Files.getPosixFilePermissions(data.resolve("host_key"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String fingerprint = banner.stream().filter(l -> l.startsWith("host key ")).findFirst().orElseThrow().split(" ")[2];
        String scanned = run("sh", "-c", "ssh-keyscan -p " + port + " -t ecdsa 127.0.0.1 2>/dev/null | ssh-keygen -lf -");
        assertThat(scanned).contains(fingerprint);

        ssh(port);
        awaitFile(dir.resolve("serve.err"), "session user=alice");
        jar.destroy();
        assertThat(jar.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        String end = await(s -> s.contains("SSH-EXIT="), "ssh to end when the server stops");
        assertThat(end).contains("the lab server is shutting down");
        assertThat(Files.readString(dir.resolve("serve.err"))).contains("stopping sessions=1")
                .contains("reason=server_shutdown").contains("stopped");
    }

    private void ssh(int port) throws Exception {
        String command = "ssh -tt -F /dev/null -p " + port + " -i " + dir.resolve("id")
                + " -o IdentitiesOnly=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR"
                + " alice@127.0.0.1; echo SSH-EXIT=$?; sleep 60";
        tmux("new-session", "-d", "-s", "lab", "-x", "80", "-y", "24", "sh", "-c", command);
    }

    private String screen() throws Exception {
        return run("tmux", "-L", socket, "capture-pane", "-p", "-t", "lab");
    }

    private String await(Predicate<String> ready, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String s = screen();
        while (!ready.test(s)) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what + "; screen:\n" + s);
            Thread.sleep(100);
            s = screen();
        }
        return s;
    }

    private static void awaitFile(Path file, String text) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!Files.readString(file).contains(text)) {
            if (System.nanoTime() > deadline) throw new AssertionError("no '" + text + "' in " + Files.readString(file));
            Thread.sleep(100);
        }
    }

    private void tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        run(cmd.toArray(String[]::new));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void openSshPrintsWhyItWasRefusedAndIsDisconnectedAfterSixWrongPasswords() throws Exception {
        Path passwords = dir.resolve("passwords");
        Files.writeString(passwords, "alice:" + PasswordFile.hash("correct horse".toCharArray(), PasswordFile.MIN_ITERATIONS,
                new java.security.SecureRandom()) + "\n");
        Path askpass = dir.resolve("askpass");
        Files.writeString(askpass, "#!/bin/sh\necho wrong-guess\n");
        Files.setPosixFilePermissions(askpass, PosixFilePermissions.fromString("rwx------"));
        StringWriter log = new StringWriter();
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir.resolve("data"), new ServerConfig.Auth.Passwords(passwords),
                ServerConfig.Limits.defaults().withLoginPenalty(Duration.ofMillis(10)).withConnectionsPerMinute(1));
        LabServer server = LabServer.start(config, new MenuTestApp(), new PrintWriter(log, true));
        try {
            // NumberOfPasswordPrompts=20: the client would go on guessing; the server stops it at 6
            String guessing = runWithAskpass(askpass, "ssh", "-p", String.valueOf(server.port()), "-o", "StrictHostKeyChecking=no",
                    "-o", "UserKnownHostsFile=/dev/null", "-o", "NumberOfPasswordPrompts=20", "-o", "PubkeyAuthentication=no",
                    "-T", "alice@127.0.0.1", "true");
            assertThat(guessing).contains("Received disconnect").contains("too many authentication failures");
            assertThat(log.toString().lines().filter(l -> l.contains("auth-failed user=alice")).count()).isEqualTo(6);
            // one connection a minute from this address: the next is refused, and ssh says why
            String refused = run("ssh", "-p", String.valueOf(server.port()), "-o", "BatchMode=yes", "-o",
                    "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-T", "alice@127.0.0.1", "true");
            assertThat(refused).contains("Received disconnect").contains("satlab: too many connections from your address");
        } finally {
            server.stop();
        }
    }

    private static String runWithAskpass(Path askpass, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("SSH_ASKPASS", askpass.toString());
        pb.environment().put("SSH_ASKPASS_REQUIRE", "force");
        pb.environment().put("DISPLAY", ":0");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static boolean onPath(String tool) throws Exception {
        return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    }

    private static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }
}
