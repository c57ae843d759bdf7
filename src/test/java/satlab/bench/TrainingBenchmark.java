package satlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import satlab.engine.Activation;
import satlab.sim.BaselineMlp;
import satlab.sim.Cost;
import satlab.sim.DataKind;
import satlab.sim.EpochStats;
import satlab.sim.Init;
import satlab.sim.Mlp;
import satlab.sim.Products;
import satlab.sim.TrainNetConfig;

/**
 * One epoch of the training playground: a 4 x 64 sigmoid MLP on 1,000 two-dimensional
 * points, batch 32 (32 steps of forward, backward and update, the epoch's statistics
 * and the test set's loss). The target is 5 ms on one core. {@link #epoch} is the
 * playground's {@link Mlp}; {@link #baselineEpoch} the implementation it replaced
 * ({@link BaselineMlp}, which trains the same network to the last digits), measured in the
 * same run for the ratio. {@code products} picks the matrix products: {@code java},
 * Dense's loops, which the tutor runs, or {@code vector}, the Vector API's, which
 * {@code satlab serve} runs (its JVM resolves jdk.incubator.vector, as this benchmark's
 * fork does). At teardown each prints ms/epoch and GFLOP/s from the mean wall and
 * thread CPU time, counting {@link TrainNetConfig#epochFlops()} (the dense layers'
 * multiply-adds, forward and back; the test set's forward pass is not counted).
 *
 * <p>Run: {@code bench/jmh TrainingBenchmark}; beside the forward pass's figure:
 * {@code bench/jmh 'TrainingBenchmark|NetworkBenchmark.forward'}. On a machine whose load drifts, {@link #main}
 * interleaves them instead: {@code mvn -o -q test-compile && java --add-modules jdk.incubator.vector -cp
 * "target/test-classes:target/classes:$(cat target/test-classpath.txt)" satlab.bench.TrainingBenchmark [ROUNDS]}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class TrainingBenchmark {
    static final TrainNetConfig EPOCH = new TrainNetConfig(DataKind.CIRCLES, 1000, 0.05, 4, 64, Activation.SIGMOID,
            new Init.Xavier(), 1, Cost.CROSS_ENTROPY, 32, 0.1, 1_000_000 / 1000, Double.NaN, 1);

    @Param({"java", "vector"})
    public String products;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Mlp net;
    private BaselineMlp baseline;
    private long calls;
    private long nanos;
    private long cpuNanos;
    private String measured = "";

    @Setup(Level.Iteration)
    public void setUp() {
        net = Mlp.build(EPOCH, products(products));
        baseline = BaselineMlp.build(EPOCH);
    }

    /** java: Dense's loops; vector: the Vector API's products, which need the module resolved. */
    static Products products(String name) {
        if (name.equals("java")) return Products.JAVA;
        Products best = Products.best();
        if (best == Products.JAVA) throw new IllegalStateException("vector: run with --add-modules jdk.incubator.vector");
        return best;
    }

    @Benchmark
    public EpochStats epoch() {
        measured = "Mlp (" + products + ")";
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        EpochStats s = net.epoch(EPOCH.eta());
        nanos += System.nanoTime() - t;
        cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
        calls++;
        return s;
    }

    /** The same epoch by the implementation before the playground was made fast. */
    @Benchmark
    public EpochStats baselineEpoch() {
        measured = "BaselineMlp";
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        EpochStats s = baseline.epoch(EPOCH.eta());
        nanos += System.nanoTime() - t;
        cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
        calls++;
        return s;
    }

    /**
     * Baseline, Mlp with Dense's loops and Mlp with the Vector API's products (when this JVM has the module)
     * in turn, 20 epochs each per round for ROUNDS rounds (default 30) after a warm-up, all in this thread, so
     * that all see the same load; prints the median and the best round's thread CPU time per epoch of each,
     * with GFLOP/s, and each one's ratio to the baseline's median.
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> names = new ArrayList<>(List.of("BaselineMlp", "Mlp (java)"));
        List<Runnable> epochs = new ArrayList<>();
        BaselineMlp baseline = BaselineMlp.build(EPOCH);
        Mlp dense = Mlp.build(EPOCH, Products.JAVA);
        epochs.add(() -> baseline.epoch(EPOCH.eta()));
        epochs.add(() -> dense.epoch(EPOCH.eta()));
        if (Products.best() != Products.JAVA) {
            Mlp vector = Mlp.build(EPOCH, Products.best());
            names.add("Mlp (vector)");
            epochs.add(() -> vector.epoch(EPOCH.eta()));
        }
        for (int i = 0; i < 300; i++) epochs.forEach(Runnable::run);
        double[][] ms = new double[epochs.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < epochs.size(); k++) {
                long t = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < 20; i++) epochs.get(k).run();
                ms[k][r] = (threads.getCurrentThreadCpuTime() - t) / 20e6;
            }
        }
        System.out.printf("one epoch (4 x 64 sigmoid, 1000 points, batch 32), thread CPU time, %d rounds of 20 epochs each"
                + " in turn (target: <= 5 ms):%n", rounds);
        double base = 0;
        for (int k = 0; k < epochs.size(); k++) {
            double[] sorted = ms[k].clone();
            Arrays.sort(sorted);
            double median = sorted[rounds / 2];
            if (k == 0) base = median;
            System.out.printf("  %-13s median %.2f ms (%.2f GFLOP/s), best %.2f ms, %.2fx the baseline%n", names.get(k),
                    median, EPOCH.epochFlops() / median / 1e6, sorted[0], base / median);
        }
        if (epochs.size() == 2) System.out.println("  (no Mlp (vector): run with --add-modules jdk.incubator.vector)");
    }

    @TearDown
    public void report() {
        if (calls > 0) {
            double wall = nanos / 1e9 / calls;
            double cpu = cpuNanos / 1e9 / calls;
            System.out.printf("%n%s: one epoch (4 x 64 sigmoid, 1000 points, batch 32) over %d calls (warm-up included):"
                    + " wall %.2f ms = %.2f GFLOP/s; thread CPU time %.2f ms = %.2f GFLOP/s per CPU-second%n",
                    measured, calls, wall * 1e3, EPOCH.epochFlops() / wall / 1e9, cpu * 1e3,
                    EPOCH.epochFlops() / cpu / 1e9);
        }
    }
}
