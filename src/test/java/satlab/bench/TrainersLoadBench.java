package satlab.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import satlab.lesson.CourseLoader;
import satlab.server.LabServer;
import satlab.server.ServerConfig;
import satlab.store.SafeStore;
import satlab.tui.Lessons;

/**
 * Keystrokes while other learners train, over SSH: the real lab server ({@link LabServer} serving the
 * tutor exactly as {@code satlab serve} does, one {@code TrainingGate} for every session) started in this
 * JVM on loopback, TRAINERS sessions that open a lesson's training lab (the lab's default 3 x 32 sigmoid
 * net against the same net with Xavier weights, side by side, for 1,900 epochs each, near a lesson
 * block's limit, so that it trains the whole time) and TYPISTS sessions typing into the neuron explorer at human speed (a key every 150-450 ms each,
 * open loop). Each key's latency runs from its write at the client to the first output after it (the
 * explorer writes only in answer to keys; keys that arrive together are drawn as one frame, which answers
 * all of them). The trainers open the lab and pause it (Space); then, ROUNDS
 * times, the typists type for SECONDS with every lab paused and for SECONDS with every lab training
 * (0: again from the first epoch, then Space pauses it), so the two conditions differ only in the training and share the machine's other load
 * turn about. Each run is printed with the JVM's CPU (server and clients: both are in this JVM), the
 * frames' bytes the trainers received and the garbage collections (their pauses stop every session),
 * then each condition's keys pooled over its runs.
 *
 * <p>Usage (bench/server trainers runs it): TrainersLoadBench [TYPISTS=20] [SECONDS=15] [TRAINERS=20]
 * [ROUNDS=2]. Target (issue 19): the typists' p99 ≤ 50 ms with 20 learners training.
 */
public final class TrainersLoadBench {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String LESSON = """
            ---
            id: trainers
            title: Training under load
            order: 1
            ---
            The training playground's first run against the same net with Xavier weights.

            ```train-net
            epochs: 1900
            compare: init=xavier
            ```
            """;

    private TrainersLoadBench() {}

    public static void main(String[] args) throws Exception {
        int typists = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int trainers = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Path work = Files.createTempDirectory("satlab-bench-trainers-");
        Path data = Files.createDirectories(work.resolve("data"));
        Path lesson = Files.writeString(work.resolve("trainers.md"), LESSON);
        Lessons course = Lessons.of(CourseLoader.load(lesson));
        ServerConfig.Limits limits = ServerConfig.Limits.defaults().withMaxSessions(1000)
                .withConnectionsPerMinute(100_000);
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(work.resolve("server.log")), true);
        LabServer server = LabServer.start(new ServerConfig("127.0.0.1", 0, data, new ServerConfig.Auth.Open(), limits),
                ServeCommand.appFor(course, SafeStore.open(data.resolve("satlab.db")), () -> course), log);
        System.out.printf("satlab lab server, %d trainers and %d typists: %d cores, %d s per run, server and SSH clients"
                + " in this JVM, loopback only%n", trainers, typists, Runtime.getRuntime().availableProcessors(), seconds);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try {
            List<Learner> typing = open(client, server.port(), typists, "typist", true);
            List<Learner> training = open(client, server.port(), trainers, "trainer", false);
            type(typing, Math.min(5, seconds), new Random(1)); // warms the server's code paths for both runs

            for (Learner t : training) t.send("\r"); // opens the lesson
            Thread.sleep(1000);
            for (Learner t : training) t.send("\t"); // focuses its train-net block
            Thread.sleep(500);
            for (Learner t : training) t.send("\r"); // opens the lab, which starts training
            Thread.sleep(5000); // JIT-compiles the training and the lab's frames, as the typing above did the keys'
            for (Learner t : training) t.send(" "); // pauses it
            Thread.sleep(2000);
            long labs = training.stream().filter(t -> t.labSeen).count();

            System.out.println("run               | keys | p50 ms | p99 ms | max ms | JVM CPU      | trainers' frames | GCs, time");
            List<Run> paused = new ArrayList<>();
            List<Run> busy = new ArrayList<>();
            Random random = new Random(42);
            for (int r = 1; r <= rounds; r++) {
                paused.add(run("paused " + r, typing, training, seconds, random).print());
                for (Learner t : training) t.send("0"); // trains again from epoch 0, so no lab runs out of epochs
                Thread.sleep(1000);
                busy.add(run(trainers + " training " + r, typing, training, seconds, random).print());
                for (Learner t : training) t.send(" ");
                Thread.sleep(1000);
            }
            Run.pooled("paused, all", paused).print();
            Run.pooled(trainers + " training, all", busy).print();
            System.out.printf("%d of %d trainers' screens showed the training lab; target: p99 <= 50 ms while training%n",
                    labs, trainers);
            for (Learner l : typing) l.session.close(true);
            for (Learner l : training) l.session.close(true);
        } finally {
            client.stop();
            server.stop();
            log.close();
        }
    }

    private record Run(String name, long[] sorted, long cpuNanos, long trainerBytes, double wallSeconds,
            long collections, long collectionMillis) {
        Run print() {
            System.out.printf("%-17s | %4d | %6.1f | %6.1f | %6.1f | %4.0f%% of %d | %6.1f KB/s       | %3d, %5d ms%n",
                    name, sorted.length, pct(sorted, 50), pct(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, cpuNanos / (wallSeconds * 1e9) * 100,
                    Runtime.getRuntime().availableProcessors() * 100, trainerBytes / 1024.0 / wallSeconds, collections,
                    collectionMillis);
            return this;
        }

        static Run pooled(String name, List<Run> runs) {
            long[] all = runs.stream().flatMapToLong(r -> java.util.Arrays.stream(r.sorted)).sorted().toArray();
            return new Run(name, all, runs.stream().mapToLong(Run::cpuNanos).sum(),
                    runs.stream().mapToLong(Run::trainerBytes).sum(), runs.stream().mapToDouble(Run::wallSeconds).sum(),
                    runs.stream().mapToLong(Run::collections).sum(), runs.stream().mapToLong(Run::collectionMillis).sum());
        }
    }

    /** Collections so far and their time in ms, over the JVM's collectors. */
    private static long[] collections() {
        long count = 0;
        long millis = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static Run run(String name, List<Learner> typing, List<Learner> training, int seconds, Random random)
            throws Exception {
        long bytes = training.stream().mapToLong(l -> l.bytes.get()).sum();
        long[] gc = collections();
        long cpu = cpuNanos();
        long start = System.nanoTime();
        List<Long> latencies = type(typing, seconds, random);
        double wall = (System.nanoTime() - start) / 1e9;
        long used = cpuNanos() - cpu;
        long sent = training.stream().mapToLong(l -> l.bytes.get()).sum() - bytes;
        long[] gcAfter = collections();
        return new Run(name, latencies.stream().mapToLong(Long::longValue).sorted().toArray(), used, sent, wall,
                gcAfter[0] - gc[0], gcAfter[1] - gc[1]);
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static List<Learner> open(SshClient client, int port, int n, String prefix, boolean typist)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Learner>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String user = prefix + i;
                futures.add(pool.submit(() -> Learner.connect(client, port, user, typist)));
            }
            List<Learner> learners = new ArrayList<>();
            for (Future<Learner> f : futures) learners.add(f.get());
            return learners;
        } finally {
            pool.shutdown();
        }
    }

    /** Every typist types for the given time; returns each key's latency in ns. */
    private static List<Long> type(List<Learner> learners, int seconds, Random random) throws Exception {
        ScheduledExecutorService keys = Executors.newScheduledThreadPool(2);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(learners.size());
        for (Learner l : learners) {
            l.latencies = latencies;
            long first = random.nextInt(450);
            Random own = new Random(random.nextLong());
            keys.schedule(() -> l.typeUntil(end, keys, own, done), first, TimeUnit.MILLISECONDS);
        }
        done.await(seconds + 60L, TimeUnit.SECONDS);
        Thread.sleep(1000); // the last keys' frames
        keys.shutdownNow();
        return new ArrayList<>(latencies);
    }

    /**
     * One SSH learner on an 80 x 24 pty. A typist opens the neuron explorer (e, then Enter to edit the
     * weights) and types 5, 0, Backspace, Backspace over and over; a trainer waits in the menu until it is
     * told to open the lesson's lab. Watches what it receives for the training lab's title.
     */
    private static final class Learner extends OutputStream {
        private static final String KEYS = "50\u007f\u007f";
        final ClientSession session;
        final AtomicLong bytes = new AtomicLong();
        private final ArrayDeque<Long> pending = new ArrayDeque<>();
        private final StringBuilder tail = new StringBuilder();
        private final CountDownLatch ready = new CountDownLatch(1);
        private OutputStream in;
        private int next;
        volatile ConcurrentLinkedQueue<Long> latencies;
        /** Whether the training lab's title bar has been drawn on this learner's screen. */
        volatile boolean labSeen;

        private Learner(ClientSession session) {
            this.session = session;
        }

        static Learner connect(SshClient client, int port, String user, boolean typist) throws Exception {
            ClientSession s = client.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
            s.auth().verify(WAIT);
            Learner l = new Learner(s);
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.setEnv("LANG", "C.UTF-8");
            shell.setOut(l);
            shell.setErr(OutputStream.nullOutputStream());
            shell.open().verify(WAIT);
            l.in = shell.getInvertedIn();
            if (!l.ready.await(WAIT.toSeconds(), TimeUnit.SECONDS)) throw new IOException(user + " never saw the tutor");
            Thread.sleep(1000);
            if (typist) {
                l.send("e");
                Thread.sleep(1000);
                l.send("\r");
                Thread.sleep(500);
            }
            return l;
        }

        void send(String keys) throws IOException {
            in.write(keys.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }


        void typeUntil(long end, ScheduledExecutorService keys, Random random, CountDownLatch done) {
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
                keys.schedule(() -> typeUntil(end, keys, random, done), 150 + random.nextInt(300), TimeUnit.MILLISECONDS);
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
            // Every key sent so far is answered: keys that arrive together are handled and drawn as one frame,
            // so matching one output to one key would pair every later key with its predecessor's frame.
            for (Long sent = pending.poll(); sent != null; sent = pending.poll()) {
                if (latencies != null) latencies.add(now - sent);
            }
            tail.append(new String(b, off, len, StandardCharsets.ISO_8859_1));
            if (!labSeen && tail.indexOf("training lab") >= 0) labSeen = true;
            if (tail.length() > 256) tail.delete(0, tail.length() - 256);
        }
    }
}
