package satlab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import satlab.cli.ServeCommand;
import satlab.lab.Lab;
import satlab.lesson.CourseLoader;
import satlab.server.Instructors;
import satlab.server.LabServer;
import satlab.server.ServerConfig;
import satlab.server.ServerLog;
import satlab.store.SafeStore;
import satlab.store.Store;

/**
 * What the lab console costs the learners (bench/server console): one server JVM serving the
 * tutor in a live lab, N learners typing at human speed (one key every 150-450 ms each, open
 * loop, in the neuron explorer's field), first without an instructor, then the same typing with
 * one instructor's console open (it reads the lab a few times a second and the instructor cycles
 * the sort every two seconds and follows a learner for a while). Prints the learners'
 * keystroke-to-screen latency p50/p99/max of both runs side by side, the server's CPU in each,
 * and what the console received.
 *
 * <p>Usage: ConsoleLoadBench tutor LEARNERS SECONDS (or "server DATA_DIR": the server side).
 */
public final class ConsoleLoadBench {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private ConsoleLoadBench() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("server")) {
            server(Path.of(args[1]));
            return;
        }
        if (!args[0].equals("tutor")) throw new IllegalArgumentException("the console bench serves the tutor: use tutor");
        int n = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        Path work = Files.createTempDirectory("satlab-bench-console-");
        Path data = Files.createDirectories(work.resolve("data"));
        Process server = new ProcessBuilder("java", "-Xmx" + (96 + 2 * Math.max(200, n)) + "m", "-cp",
                System.getProperty("java.class.path"), ConsoleLoadBench.class.getName(), "server", data.toString())
                .redirectError(work.resolve("server.err").toFile()).start();
        BufferedReader from = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter to = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8);
        int port = Integer.parseInt(from.readLine().substring("port=".length()));
        System.out.printf("satlab lab console bench: %d learners typing in the tutor, %ds per run, %d cores, loopback only%n",
                n, seconds, Runtime.getRuntime().availableProcessors());
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try {
            long t0 = System.nanoTime();
            List<Typist> learners = open(client, port, n);
            System.out.printf("%d learners in the explorer after %.0f s%n", n, (System.nanoTime() - t0) / 1e9);
            type(learners, Math.min(10, seconds), new Random(7)); // warm the server's paths for both runs alike

            // The two runs interleaved, so a drift in the machine's load falls on both alike: the
            // instructor is connected throughout, in the tutor's menu (no console) or on the console.
            Console console = Console.open(client, port, n);
            console.key("t");
            int rounds = 3;
            int phase = Math.max(5, seconds / rounds);
            List<Long> without = new ArrayList<>();
            List<Long> with = new ArrayList<>();
            long cpuWithout = 0;
            long cpuWith = 0;
            long consoleBytes = 0;
            for (int round = 0; round < rounds; round++) {
                long cpu0 = cpu(to, from);
                without.addAll(type(learners, phase, new Random(42 + round)));
                cpuWithout += cpu(to, from) - cpu0;
                console.key("q"); // back to the console from the tutor
                Thread.sleep(1000);
                long bytes0 = console.bytes.get();
                cpu0 = cpu(to, from);
                console.start(phase, round == 1);
                with.addAll(type(learners, phase, new Random(42 + round)));
                console.stop();
                cpuWith += cpu(to, from) - cpu0;
                consoleBytes += console.bytes.get() - bytes0;
                console.key("t");
                Thread.sleep(1000);
            }
            seconds = phase * rounds;

            long[] a = sorted(without);
            long[] b = sorted(with);
            System.out.println("run             | keys  | p50 ms | p99 ms | max ms | server CPU");
            System.out.printf("without console | %5d | %6.1f | %6.1f | %6.1f | %3.0f%% of a core%n", a.length, pct(a, 50),
                    pct(a, 99), max(a), cpuWithout / (seconds * 1e9) * 100);
            System.out.printf("with console    | %5d | %6.1f | %6.1f | %6.1f | %3.0f%% of a core%n", b.length, pct(b, 50),
                    pct(b, 99), max(b), cpuWith / (seconds * 1e9) * 100);
            System.out.printf("%d rounds of %ds each, interleaved; p99 with / without: %.2fx; the console received %d KB"
                    + " in %ds (%d keys: sort, follow)"
                    + " and showed %s%n", rounds, phase, pct(b, 99) / Math.max(0.001, pct(a, 99)), consoleBytes / 1024, seconds,
                    console.keys.get(), console.sawAllLearners ? "every learner connected" : "NOT every learner connected");
            for (Typist t : learners) t.session.close(true);
            console.session.close(true);
        } finally {
            client.stop();
            to.println("quit");
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    /** The server side: the tutor in a live lab with instructor "teach", open auth on 127.0.0.1. */
    static void server(Path data) throws Exception {
        ServerConfig.Limits limits = ServerConfig.Limits.defaults().withMaxSessions(1000).withConnectionsPerMinute(100_000)
                .withStartups(1000, 1000);
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(data.resolveSibling("server.log")), true);
        CourseLoader.LoadResult course = CourseLoader.bundled();
        Lab lab = new Lab(Clock.systemDefaultZone(), course.course(), CourseLoader::bundled);
        try (Store store = SafeStore.open(data.resolve("satlab.db"))) {
            LabServer server = LabServer.start(new ServerConfig("127.0.0.1", 0, data, new ServerConfig.Auth.Open(), limits),
                    ServeCommand.appFor(lab, store, Instructors.of(List.of("teach"), null, new ServerLog(log)),
                            Duration.ofMinutes(10)), log);
            System.out.println("port=" + server.port());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.equals("quit")) {
                if (line.equals("cpu")) System.out.println("cpu=" + BenchServer.cpuNanos());
            }
            server.stop();
        }
        log.close();
    }

    private static long cpu(PrintWriter to, BufferedReader from) throws IOException {
        to.println("cpu");
        return Long.parseLong(from.readLine().substring("cpu=".length()));
    }

    private static long[] sorted(List<Long> l) {
        return l.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double max(long[] sorted) {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static List<Typist> open(SshClient client, int port, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Typist>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String user = "learner" + i;
            futures.add(pool.submit(() -> Typist.connect(client, port, user)));
        }
        List<Typist> out = new ArrayList<>();
        try {
            for (Future<Typist> f : futures) out.add(f.get());
        } finally {
            pool.shutdownNow(); // a failed login must not leave the bench's JVM waiting on the pool
        }
        return out;
    }

    /** Every learner types for the given time; returns each key's latency in ns. */
    private static List<Long> type(List<Typist> learners, int seconds, Random random) throws Exception {
        ScheduledExecutorService typists = Executors.newScheduledThreadPool(4);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(learners.size());
        for (Typist t : learners) {
            t.latencies = latencies;
            Random own = new Random(random.nextLong());
            typists.schedule(() -> t.typeUntil(end, typists, own, done), random.nextInt(450), TimeUnit.MILLISECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        Thread.sleep(1000);
        typists.shutdownNow();
        return new ArrayList<>(latencies);
    }

    /** Reads a session's output into a counter (and, for the console, a short tail). */
    private abstract static class Screen extends OutputStream {
        final AtomicLong bytes = new AtomicLong();

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public abstract void write(byte[] b, int off, int len);
    }

    /** One learner in the explorer's weights field, typing 5, 0, Backspace, Backspace over and over. */
    private static final class Typist extends Screen {
        private static final String KEYS = "50\u007f\u007f";
        final String name;
        ClientSession session;
        private OutputStream in;
        private final ArrayDeque<Long> pending = new ArrayDeque<>();
        private final CountDownLatch ready = new CountDownLatch(1);
        private int next;
        volatile ConcurrentLinkedQueue<Long> latencies;

        Typist(String name) {
            this.name = name;
        }

        static Typist connect(SshClient client, int port, String user) throws Exception {
            Typist t = new Typist(user);
            t.session = client.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
            t.session.auth().verify(WAIT);
            ChannelShell shell = t.session.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.setEnv("LANG", "C.UTF-8");
            shell.setOut(t);
            shell.setErr(OutputStream.nullOutputStream());
            shell.open().verify(WAIT);
            t.in = shell.getInvertedIn();
            if (!t.ready.await(WAIT.toSeconds(), TimeUnit.SECONDS)) throw new IOException(user + " never saw the tutor");
            Thread.sleep(800);
            t.send("e");
            Thread.sleep(800);
            t.send("\r");
            Thread.sleep(400);
            return t;
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
            char c = KEYS.charAt(next++ % KEYS.length());
            try {
                synchronized (this) {
                    pending.add(System.nanoTime());
                }
                in.write(c);
                in.flush();
                typists.schedule(() -> typeUntil(end, typists, random, done), 150 + random.nextInt(300), TimeUnit.MILLISECONDS);
            } catch (IOException e) {
                done.countDown();
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            long now = System.nanoTime();
            bytes.addAndGet(len);
            ready.countDown();
            Long sent = pending.poll();
            if (sent != null && latencies != null) latencies.add(now - sent);
        }
    }

    /** The instructor: the console open, the sort cycled every 2 s, one learner followed for a while. */
    private static final class Console extends Screen {
        ClientSession session;
        private OutputStream in;
        private final StringBuilder tail = new StringBuilder();
        private final CountDownLatch ready = new CountDownLatch(1);
        final AtomicLong keys = new AtomicLong();
        volatile boolean sawAllLearners;
        private String expected;
        private Thread thread;
        private volatile boolean running;

        static Console open(SshClient client, int port, int learners) throws Exception {
            Console c = new Console();
            c.expected = learners + " of " + learners + " connected";
            c.session = client.connect("teach", "127.0.0.1", port).verify(WAIT).getSession();
            c.session.auth().verify(WAIT);
            ChannelShell shell = c.session.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.setEnv("LANG", "C.UTF-8");
            shell.setOut(c);
            shell.setErr(OutputStream.nullOutputStream());
            shell.open().verify(WAIT);
            c.in = shell.getInvertedIn();
            if (!c.ready.await(WAIT.toSeconds(), TimeUnit.SECONDS)) throw new IOException("the console never showed");
            return c;
        }

        /** Cycles the sort every 2 s; when {@code follow}, follows the selected learner after the first key, leaving at the end. */
        void start(int seconds, boolean follow) {
            running = true;
            thread = new Thread(() -> {
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
                int k = 0;
                try {
                    while (running && System.nanoTime() < end) {
                        Thread.sleep(2000);
                        key(follow && k++ == 0 ? "f" : follow ? "j" : "s"); // keys while following do nothing
                    }
                    if (follow) key("f");
                } catch (IOException | InterruptedException e) {
                    // the run is over
                }
            }, "console");
            thread.start();
        }

        void key(String key) throws IOException {
            in.write(key.getBytes(StandardCharsets.UTF_8));
            in.flush();
            keys.incrementAndGet();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.addAndGet(len);
            ready.countDown();
            tail.append(new String(b, off, len, StandardCharsets.UTF_8));
            if (tail.indexOf(expected) >= 0) sawAllLearners = true;
            if (tail.length() > 4096) tail.delete(0, tail.length() - 256);
        }
    }
}
