package satlab.tui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import satlab.sim.Mlp;
import satlab.sim.Progress;
import satlab.sim.TrainNetConfig;
import satlab.store.SafeStore;

/**
 * Keystrokes while other learners train: one tutor session types into the neuron
 * explorer (a key every 50 ms, each handled and drawn on an 80×24 virtual terminal,
 * as the server's session thread does) while N worker threads train the training
 * lab's default runs chunk after chunk, as N sessions' workers would. Prints the
 * keystroke latency p50/p99 with no training, with N trainings through the lab
 * server's shared {@link TrainingGate}, and with N trainings ungated, measured side
 * by side in one run, and the epochs the trainers managed. No SSH here: it isolates
 * what the training costs the other sessions' keys on this machine's cores.
 *
 * <p>Run: {@code mvn -o -q test-compile && java -cp "target/test-classes:target/classes:$(mvn -o -q
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
 * satlab.tui.TrainingLoadBench [TRAINERS=20] [SECONDS=10]}
 */
public final class TrainingLoadBench {

    public static void main(String[] args) throws Exception {
        int trainers = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path data = Files.createTempDirectory("satlab-trainload-");
        System.out.printf("training load bench: %d cores, %d trainers, %d s per phase%n",
                Runtime.getRuntime().availableProcessors(), trainers, seconds);
        try (Harness h = new Harness(SafeStore.open(data.resolve("satlab.db")), new Theme(false, true), 80, 24, "ada")) {
            h.type("e");
            report("no training", keystrokes(h, seconds));
            // As the lab server runs them (one gate shared by every session), and with no gate at all.
            int cores = Runtime.getRuntime().availableProcessors();
            phase(h, trainers, seconds, TrainingGate.forCores(cores), "gated");
            phase(h, trainers, seconds, TrainingGate.forCores(trainers + 1), "ungated");
        }
    }

    private static void phase(Harness h, int trainers, int seconds, TrainingGate gate, String name)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong epochs = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < trainers; i++) {
            TrainNetConfig c = TrainNetConfig.defaults().withSeed(i + 1).withEpochs(1_000_000 / 400);
            Thread t = new Thread(() -> train(c, gate, stop, epochs), "trainer-" + i);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        long[] loaded = keystrokes(h, seconds);
        stop.set(true);
        for (Thread t : threads) t.join();
        report(trainers + " " + name, loaded);
        System.out.printf("   trainers: %d epochs in %d s (%.1f epochs/s each)%n", epochs.get(), seconds,
                epochs.get() / (double) seconds / trainers);
    }

    /** A session's worker: chunk after chunk of the lab's default run, as the lab asks for them. */
    private static void train(TrainNetConfig c, TrainingGate gate, AtomicBoolean stop, AtomicLong epochs) {
        Mlp net = Mlp.build(c);
        boolean first = true;
        while (!stop.get()) {
            Effect.TrainNet chunk = new Effect.TrainNet(1, List.of(net), List.of(c.eta()),
                    List.of(c.epochs() - net.epoch()), first, 48, 32);
            Input done = TrainNetWork.run(chunk, Progress.none(), gate);
            if (!(done instanceof LabEvent.Trained t)) return;
            net = t.nets().get(0);
            epochs.addAndGet(t.epochs().get(0).size());
            first = false;
            if (net.epoch() >= c.epochs()) net = Mlp.build(c);
        }
    }

    /**
     * Latencies in microseconds of keys due every 50 ms, from when each was due to when it was handled and
     * drawn: the session thread's wait for a core counts, as it does for a key arriving from SSH.
     */
    private static long[] keystrokes(Harness h, int seconds) throws InterruptedException {
        String keys = "5\u007f";
        List<Long> out = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int i = 0; ; i++) {
            long due = start + i * 50_000_000L;
            if (due >= end) break;
            long wait = due - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            char c = keys.charAt(i % keys.length());
            h.send(c == '\u007f' ? Key.of(Key.Type.BACKSPACE) : Key.of(c));
            out.add((System.nanoTime() - due) / 1000);
        }
        return out.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static void report(String what, long[] sorted) {
        System.out.printf("%-14s keystrokes %4d  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", what, sorted.length,
                pct(sorted, 50) / 1000.0, pct(sorted, 99) / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private TrainingLoadBench() {}
}
