package satlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
import satlab.sim.TrainNetConfig;

/**
 * One epoch of the training playground: a 4 x 64 sigmoid MLP on 1,000 two-dimensional
 * points, batch 32 (32 steps of forward, backward and update, the epoch's statistics
 * and the test set's loss). The target is 5 ms on one core. {@link #epoch} is the
 * playground's {@link Mlp}; {@link #baselineEpoch} the implementation it replaced
 * ({@link BaselineMlp}, which trains the same network to the last digits), measured in the
 * same run for the ratio. At teardown each prints ms/epoch and GFLOP/s from the mean
 * wall and thread CPU time, counting {@link TrainNetConfig#epochFlops()} (the dense
 * layers' multiply-adds, forward and back; the test set's forward pass is not counted).
 *
 * <p>Run: {@code bench/jmh TrainingBenchmark}; beside the forward pass's figure:
 * {@code bench/jmh 'TrainingBenchmark|NetworkBenchmark.forward'}. On a machine whose load drifts, {@link #main}
 * interleaves the two instead: {@code mvn -o -q test-compile && java -cp
 * "target/test-classes:target/classes:$(cat target/test-classpath.txt)" satlab.bench.TrainingBenchmark [ROUNDS]}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TrainingBenchmark {
    static final TrainNetConfig EPOCH = new TrainNetConfig(DataKind.CIRCLES, 1000, 0.05, 4, 64, Activation.SIGMOID,
            new Init.Xavier(), 1, Cost.CROSS_ENTROPY, 32, 0.1, 1_000_000 / 1000, Double.NaN, 1);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private Mlp net;
    private BaselineMlp baseline;
    private long calls;
    private long nanos;
    private long cpuNanos;
    private String measured = "";

    @Setup(Level.Iteration)
    public void setUp() {
        net = Mlp.build(EPOCH);
        baseline = BaselineMlp.build(EPOCH);
    }

    @Benchmark
    public EpochStats epoch() {
        measured = "Mlp";
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
     * Baseline and Mlp in turn, 20 epochs each per round for ROUNDS rounds (default 30) after a warm-up,
     * both in this thread, so that both see the same load; prints the median and the best round's thread
     * CPU time per epoch of each, with GFLOP/s, and the ratio of the medians.
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        BaselineMlp baseline = BaselineMlp.build(EPOCH);
        Mlp net = Mlp.build(EPOCH);
        for (int i = 0; i < 300; i++) {
            baseline.epoch(EPOCH.eta());
            net.epoch(EPOCH.eta());
        }
        double[] before = new double[rounds];
        double[] after = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) baseline.epoch(EPOCH.eta());
            long mid = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 20; i++) net.epoch(EPOCH.eta());
            before[r] = (mid - t) / 20e6;
            after[r] = (threads.getCurrentThreadCpuTime() - mid) / 20e6;
        }
        java.util.Arrays.sort(before);
        java.util.Arrays.sort(after);
        double b = before[rounds / 2];
        double a = after[rounds / 2];
        System.out.printf("one epoch (4 x 64 sigmoid, 1000 points, batch 32), thread CPU time, %d rounds of 20 epochs each"
                + " in turn:%n  BaselineMlp median %.2f ms (%.2f GFLOP/s), best %.2f ms%n  Mlp         median %.2f ms"
                + " (%.2f GFLOP/s), best %.2f ms%n  ratio %.2fx (target: <= 5 ms)%n", rounds, b,
                EPOCH.epochFlops() / b / 1e6, before[0], a, EPOCH.epochFlops() / a / 1e6, after[0], b / a);
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
