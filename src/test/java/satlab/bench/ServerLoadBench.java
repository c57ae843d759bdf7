package satlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * Load on the lab server: for each N, a fresh server JVM, N SSH sessions with an 80x24 pty, then
 * idle (memory, CPU) and typing at human speed (one key every 150-450 ms per learner, open loop)
 * with keystroke-to-screen latency measured at the client. Then the alternative: separate JVMs,
 * one per learner, running the same app on a local terminal in tmux, for the memory ratio.
 *
 * <p>Usage (bench/server runs it): ServerLoadBench APP SESSIONS,... TYPE_SECONDS IDLE_SECONDS ALT_JVMS
 *
 * <p>Or ServerLoadBench attack APP LEARNERS SECONDS: one server JVM started with the heap and flags
 * `satlab serve` gets from the launcher, learners logging in with passwords; first a quiet run
 * (learners typing), then the same typing while one client pastes 10 MB, one brute-forces
 * passwords and 100 silent connections sit open. Prints keystroke latency, the server's RSS and
 * descriptors for both runs side by side, whether every learner is still connected, and the
 * descriptors once the attackers have gone.
 */
public final class ServerLoadBench {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final double MB = 1024 * 1024;

    private ServerLoadBench() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("attack")) {
            attack(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        String app = args[0];
        int[] levels = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int typeSeconds = Integer.parseInt(args[2]);
        int idleSeconds = Integer.parseInt(args[3]);
        int altJvms = Integer.parseInt(args[4]);
        Path work = Files.createTempDirectory("satlab-bench-");
        System.out.printf("satlab lab server bench: app=%s, %d cores, typing %ds, idle %ds, loopback only%n",
                app, Runtime.getRuntime().availableProcessors(), typeSeconds, idleSeconds);
        System.out.println("sessions | heap/session | RSS/session | RSS total | threads | idle CPU (all sessions) | keys | p50 ms | p99 ms | max ms | bytes/key");
        long serverRss = 0;
        for (int n : levels) serverRss = level(app, n, typeSeconds, idleSeconds, work.resolve("n" + n));
        if (altJvms > 0) alternative(app, altJvms, serverRss, levels[levels.length - 1], work);
    }

    /** Returns the server's whole RSS with this many idle sessions. */
    private static long level(String app, int n, int typeSeconds, int idleSeconds, Path data) throws Exception {
        Process server = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"), BenchServer.class.getName(),
                app, data.toString()).redirectError(Files.createDirectories(data).resolveSibling(data.getFileName() + ".err").toFile()).start();
        BufferedReader fromServer = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter toServer = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8);
        int port = Integer.parseInt(fromServer.readLine().substring("port=".length()));
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try {
            // warm the server's code paths so the baseline and the sessions are compared like for like
            List<Learner> warm = open(client, port, 10, "warm", app);
            type(warm, 10, new Random(1));
            for (Learner l : warm) l.session.close(true);
            Thread.sleep(1000);
            Map<String, Long> base = stats(toServer, fromServer);

            List<Learner> learners = open(client, port, n, "learner", app);
            Thread.sleep(2000);
            Map<String, Long> idleStart = stats(toServer, fromServer);
            // CPU alone around the idle window: the collections "stats" forces would count otherwise
            long cpuStart = stats(toServer, fromServer, "cpu").get("cpu");
            Thread.sleep(idleSeconds * 1000L);
            double idleCpu = (stats(toServer, fromServer, "cpu").get("cpu") - cpuStart) / (idleSeconds * 1e9);

            long bytesBefore = learners.stream().mapToLong(l -> l.bytes.get()).sum();
            long typingCpuStart = stats(toServer, fromServer, "cpu").get("cpu");
            List<Long> latencies = type(learners, typeSeconds, new Random(42));
            long typingCpu = stats(toServer, fromServer, "cpu").get("cpu") - typingCpuStart;
            long bytes = learners.stream().mapToLong(l -> l.bytes.get()).sum() - bytesBefore;
            for (Learner l : learners) l.session.close(true);

            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            double heapPer = (idleStart.get("heap") - base.get("heap")) / (double) n / MB;
            double rssPer = (idleStart.get("rss") - base.get("rss")) / (double) n / MB;
            System.out.printf("%8d | %9.2f MB | %8.2f MB | %6.0f MB | %7d | %6.2f%% of a core (%.4f%% each) | %5d | %6.1f | %6.1f | %6.1f | %6d%n",
                    n, heapPer, rssPer, idleStart.get("rss") / MB, idleStart.get("threads"), idleCpu * 100,
                    idleCpu * 100 / n, sorted.length, pct(sorted, 50), pct(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, sorted.length == 0 ? 0 : bytes / sorted.length);
            System.out.printf("         server CPU while typing: %.0f%% of a core, %.2f ms of CPU per keystroke%n",
                    typingCpu / (typeSeconds * 1e9 + 1e9) * 100, sorted.length == 0 ? 0 : typingCpu / 1e6 / sorted.length);
            return idleStart.get("rss");
        } finally {
            client.stop();
            toServer.println("quit");
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    private static final int SERVE_MAX_SESSIONS = 200;
    private static final String PASSWORD = "bench-password";
    /** Each attacker has an address of its own (all of 127/8 is loopback), as they would: per-address limits apply to each. */
    private static final String BRUTE_FORCER = "127.0.0.3";
    private static final String SILENT = "127.0.0.2";

    private static void attack(String app, int n, int seconds) throws Exception {
        Path work = Files.createTempDirectory("satlab-bench-attack-");
        Path data = Files.createDirectories(work.resolve("data"));
        Path passwords = work.resolve("passwords");
        // every learner shares one hash (one derivation to set up); the iterations are the real default
        String hash = satlab.server.PasswordFile.hash(PASSWORD.toCharArray(), satlab.server.PasswordFile.DEFAULT_ITERATIONS,
                new java.security.SecureRandom());
        StringBuilder lines = new StringBuilder("alice:" + hash + "\n");
        for (int i = 0; i < n + 1; i++) lines.append("learner").append(i).append(':').append(hash).append('\n');
        Files.writeString(passwords, lines);
        Files.setPosixFilePermissions(passwords, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        // the launcher's flags for `satlab serve` at its default --max-sessions
        String heap = "-Xmx" + (96 + 2 * SERVE_MAX_SESSIONS) + "m";
        Process server = new ProcessBuilder("java", heap, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                BenchServer.class.getName(), app, data.toString(), passwords.toString())
                .redirectError(work.resolve("server.err").toFile()).start();
        BufferedReader fromServer = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter toServer = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8);
        int port = Integer.parseInt(fromServer.readLine().substring("port=".length()));
        long pid = server.pid();
        System.out.printf("satlab lab server under attack: app=%s, %d learners, %d cores, %ds per run, server %s"
                + " -XX:+ExitOnOutOfMemoryError, loopback only%n", app, n, Runtime.getRuntime().availableProcessors(), seconds, heap);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try {
            long t0 = System.nanoTime();
            List<Learner> learners = open(client, port, n, "learner", app);
            Learner paster = Learner.connect(client, port, "learner" + n, app);
            System.out.printf("%d learners logged in (PBKDF2 at %d iterations, off the I/O threads) in %.1f s%n", n + 1,
                    satlab.server.PasswordFile.DEFAULT_ITERATIONS, (System.nanoTime() - t0) / 1e9);
            Thread.sleep(2000);
            Map<String, Long> base = stats(toServer, fromServer);

            Sampler quietSampler = new Sampler(pid);
            List<Long> quiet = type(learners, seconds, new Random(42));
            quietSampler.stop();

            AtomicLong guesses = new AtomicLong();
            AtomicLong bruteConnections = new AtomicLong();
            long attackEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 2);
            Thread brute = new Thread(() -> bruteForce(client, port, attackEnd, guesses, bruteConnections), "brute");
            long[] pasteNanos = {-1};
            Thread paste = new Thread(() -> pasteTenMegabytes(paster, pasteNanos), "paste");
            List<java.net.Socket> silent = new ArrayList<>();
            int silentOpened = 0;
            for (int i = 0; i < 100; i++) {
                try {
                    silent.add(new java.net.Socket(java.net.InetAddress.getByName("127.0.0.1"), port,
                            java.net.InetAddress.getByName(SILENT), 0));
                    silentOpened++;
                } catch (IOException refusedByTheKernel) {
                    // the listen backlog is full: counted as not opened
                }
            }
            Sampler attackSampler = new Sampler(pid);
            brute.start();
            paste.start();
            List<Long> attacked = type(learners, seconds, new Random(43));
            attackSampler.stop();
            brute.join(TimeUnit.SECONDS.toMillis(60));
            paste.join(TimeUnit.SECONDS.toMillis(120));
            long stillConnected = learners.stream().filter(l -> l.session.isOpen() && !l.session.isClosing()).count();
            long silentClosedByServer = silent.stream().filter(ServerLoadBench::closedByPeer).count();
            for (java.net.Socket s : silent) s.close();
            paster.session.close(true);

            // the attackers are gone: the server's descriptors come back to what the learners alone hold
            long fdsAfter = BenchServer.fds(pid);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (fdsAfter > base.get("fds") && System.nanoTime() < deadline) {
                Thread.sleep(500);
                fdsAfter = BenchServer.fds(pid);
            }
            long[] q = quiet.stream().mapToLong(Long::longValue).sorted().toArray();
            long[] a = attacked.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.println("run    | keys  | p50 ms | p99 ms | max ms | server RSS max | server fds max | learners connected");
            System.out.printf("quiet  | %5d | %6.1f | %6.1f | %6.1f | %10.0f MB | %14d | %d of %d%n", q.length, pct(q, 50), pct(q, 99),
                    q.length == 0 ? 0 : q[q.length - 1] / 1e6, quietSampler.maxRss / MB, quietSampler.maxFds, n, n);
            System.out.printf("attack | %5d | %6.1f | %6.1f | %6.1f | %10.0f MB | %14d | %d of %d%n", a.length, pct(a, 50), pct(a, 99),
                    a.length == 0 ? 0 : a[a.length - 1] / 1e6, attackSampler.maxRss / MB, attackSampler.maxFds, stillConnected, n);
            String log = Files.readString(data.resolveSibling(data.getFileName() + ".log"));
            long checked = count(log, " auth-failed user=alice");
            System.out.printf("paste: 10 MB sent in %.1f s (%s); brute force: %d connections and %d tries in %ds, %d passwords"
                    + " checked by the server (%.2f/s); silent: %d opened, %d closed by the server by the end%n",
                    pasteNanos[0] / 1e9, pasteNanos[0] < 0 ? "did not finish" : "taken and dropped", bruteConnections.get(),
                    guesses.get(), seconds + 2, checked, checked / (seconds + 2.0), silentOpened, silentClosedByServer);
            System.out.printf("server fds: %d with the learners before the attack, %d after it (target: back to baseline)%n",
                    base.get("fds"), fdsAfter);
            System.out.printf("server log: %d paste-cut, %d auth-failed, %d auth-delayed, %d refused, %d crashed, %d output-stalled%n",
                    count(log, " paste-cut "), count(log, " auth-failed "), count(log, " auth-delayed "), count(log, " refused "),
                    count(log, " crashed "), count(log, " output-stalled "));
            for (Learner l : learners) l.session.close(true);
        } finally {
            client.stop();
            toServer.println("quit");
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    private static long count(String text, String word) {
        return text.lines().filter(l -> l.contains(word)).count();
    }

    /** True if the server has closed this socket (its read ends); false if it still holds it open. */
    private static boolean closedByPeer(java.net.Socket s) {
        try {
            s.setSoTimeout(1);
            byte[] buf = new byte[4096];
            while (s.getInputStream().read(buf) >= 0) {
                // what the server sent before closing (its banner, a disconnect message)
            }
            return true;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** Wrong passwords for alice as fast as the server takes them, a new connection whenever one is dropped (loops until {@code end}). */
    private static void bruteForce(SshClient client, int port, long end, AtomicLong guesses, AtomicLong connections) {
        int guess = 0;
        while (System.nanoTime() < end) {
            ClientSession s;
            try {
                s = client.connect("alice", new java.net.InetSocketAddress("127.0.0.1", port),
                        new java.net.InetSocketAddress(BRUTE_FORCER, 0)).verify(WAIT).getSession();
                connections.incrementAndGet();
            } catch (IOException | RuntimeException refused) {
                sleepQuietly(200);
                continue;
            }
            try {
                while (s.isOpen() && System.nanoTime() < end) {
                    String password = "guess-" + guess++;
                    s.addPasswordIdentity(password);
                    guesses.incrementAndGet();
                    try {
                        s.auth().verify(WAIT);
                    } catch (IOException | RuntimeException wrong) {
                        // expected
                    }
                    s.removePasswordIdentity(password);
                }
            } finally {
                s.close(true);
            }
        }
    }

    private static void pasteTenMegabytes(Learner paster, long[] nanos) {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        long start = System.nanoTime();
        try {
            for (int i = 0; i < 160; i++) paster.in.write(chunk);
            paster.in.flush();
            nanos[0] = System.nanoTime() - start;
        } catch (IOException e) {
            nanos[0] = -1;
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's RSS and descriptors read from /proc every 200 ms, without touching the server. */
    private static final class Sampler {
        private final Thread thread;
        private volatile boolean running = true;
        volatile long maxRss;
        volatile long maxFds;

        Sampler(long pid) {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        maxRss = Math.max(maxRss, BenchServer.rssBytes(pid));
                        maxFds = Math.max(maxFds, BenchServer.fds(pid));
                        Thread.sleep(200);
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            }, "sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static Map<String, Long> stats(PrintWriter to, BufferedReader from) throws IOException {
        return stats(to, from, "stats");
    }

    private static Map<String, Long> stats(PrintWriter to, BufferedReader from, String command) throws IOException {
        to.println(command);
        Map<String, Long> m = new HashMap<>();
        for (String kv : from.readLine().split(" ")) {
            String[] p = kv.split("=");
            m.put(p[0], Long.parseLong(p[1]));
        }
        return m;
    }

    private static List<Learner> open(SshClient client, int port, int n, String prefix, String app) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Learner> learners = new ArrayList<>();
        List<java.util.concurrent.Future<Learner>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String user = prefix + i;
            futures.add(pool.submit(() -> Learner.connect(client, port, user, app)));
        }
        for (var f : futures) learners.add(f.get());
        pool.shutdown();
        return learners;
    }

    /** Every learner types for the given time at human speed; returns each key's latency in ns. */
    private static List<Long> type(List<Learner> learners, int seconds, Random random) throws Exception {
        ScheduledExecutorService typists = Executors.newScheduledThreadPool(4);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(learners.size());
        for (Learner l : learners) {
            l.latencies = latencies;
            long firstDelay = random.nextInt(450);
            typists.schedule(() -> l.typeUntil(end, typists, new Random(random.nextLong()), done), firstDelay, TimeUnit.MILLISECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        Thread.sleep(1000);
        typists.shutdownNow();
        return new ArrayList<>(latencies);
    }

    /**
     * One simulated learner. With the test app ("menu") a key's frame is recognised by the
     * "key=C" text the app draws for it. With the tutor, the learner first opens the neuron
     * explorer (e, then Enter to edit the weights) and types 5, 0, Backspace, Backspace over and
     * over; the tutor writes only in answer to keys, so the first output after a key is its frame.
     */
    private static final class Learner extends OutputStream {
        private static final String LETTERS = "abcdefghijklmnoprstuvwxyz"; // no q: it quits
        private static final String EXPLORER_KEYS = "50\u007f\u007f";
        final ClientSession session;
        final AtomicLong bytes = new AtomicLong();
        private final boolean marked;
        private final ArrayDeque<long[]> pending = new ArrayDeque<>();
        private final StringBuilder tail = new StringBuilder();
        private final CountDownLatch ready = new CountDownLatch(1);
        private OutputStream in;
        private int next;
        volatile ConcurrentLinkedQueue<Long> latencies;

        private Learner(ClientSession session, boolean marked) {
            this.session = session;
            this.marked = marked;
        }

        static Learner connect(SshClient client, int port, String user, String app) throws Exception {
            ClientSession s = client.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
            s.addPasswordIdentity(PASSWORD); // used only when the server asks for passwords (the attack run)
            s.auth().verify(WAIT);
            Learner l = new Learner(s, app.equals("menu"));
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.setEnv("LANG", "C.UTF-8");
            shell.setOut(l);
            shell.setErr(OutputStream.nullOutputStream());
            shell.open().verify(WAIT);
            l.in = shell.getInvertedIn();
            if (!l.ready.await(WAIT.toSeconds(), TimeUnit.SECONDS)) throw new IOException(user + " never saw the app");
            if (!l.marked) {
                Thread.sleep(1000);
                l.send("e");
                Thread.sleep(1000);
                l.send("\r");
                Thread.sleep(500);
            }
            return l;
        }

        private void send(String keys) throws IOException {
            in.write(keys.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        void typeUntil(long end, ScheduledExecutorService typists, Random random, CountDownLatch done) {
            if (System.nanoTime() >= end) {
                done.countDown();
                return;
            }
            String keys = marked ? LETTERS : EXPLORER_KEYS;
            char c = keys.charAt(next++ % keys.length());
            try {
                synchronized (this) {
                    pending.add(new long[] {c, System.nanoTime()});
                }
                in.write(c);
                in.flush();
                typists.schedule(() -> typeUntil(end, typists, random, done), 150 + random.nextInt(300), TimeUnit.MILLISECONDS);
            } catch (IOException e) {
                done.countDown();
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            long now = System.nanoTime();
            bytes.addAndGet(len);
            ready.countDown();
            if (!marked) {
                long[] key = pending.poll();
                if (key != null) latencies.add(now - key[1]);
                return;
            }
            tail.append(new String(b, off, len, StandardCharsets.ISO_8859_1));
            while (!pending.isEmpty()) {
                long[] key = pending.peek();
                int at = tail.indexOf("key=" + (char) key[0]);
                if (at < 0) break;
                latencies.add(now - key[1]);
                pending.poll();
                tail.delete(0, at + 5);
            }
            if (tail.length() > 64) tail.delete(0, tail.length() - 64);
        }
    }

    /** Separate JVMs, one per learner, each running the app on its own terminal in tmux: their RSS. */
    private static void alternative(String app, int count, long serverRss, int n, Path work) throws Exception {
        String socket = "satlab-bench-" + ProcessHandle.current().pid();
        List<Path> pidFiles = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Path pidFile = work.resolve("alt-" + i + ".pid");
                pidFiles.add(pidFile);
                String cmd = "java -cp '" + System.getProperty("java.class.path") + "' " + LocalAppMain.class.getName() + " "
                        + app + " " + pidFile;
                if (i == 0) {
                    run("tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", cmd);
                } else {
                    run("tmux", "-L", socket, "new-window", "-d", cmd);
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (pidFiles.stream().anyMatch(p -> !Files.exists(p)) && System.nanoTime() < deadline) Thread.sleep(200);
            Thread.sleep(5000);
            long total = 0;
            int measured = 0;
            for (Path p : pidFiles) {
                if (!Files.exists(p)) continue;
                total += BenchServer.rssBytes(Long.parseLong(Files.readString(p).strip()));
                measured++;
            }
            if (measured == 0) {
                System.out.println("alternative: no JVM started in tmux; is tmux installed?");
                return;
            }
            double perJvm = total / (double) measured / MB;
            System.out.printf("alternative: %d separate JVMs (one per learner, same app on a local tty): RSS %.1f MB each (mean)%n",
                    measured, perJvm);
            System.out.printf("memory ratio at %d learners: %d separate JVMs = %.0f MB (extrapolated as %d x the mean) vs the one"
                    + " server = %.0f MB in all -> %.1fx (the per-connection sshd processes OpenSSH would add are not counted)%n",
                    n, n, perJvm * n, n, serverRss / MB, perJvm * n / (serverRss / MB));
        } finally {
            run("tmux", "-L", socket, "kill-server");
        }
    }

    private static void run(String... cmd) throws Exception {
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
    }
}
