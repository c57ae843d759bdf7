package satlab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import satlab.engine.Activation;
import satlab.sim.Bias;
import satlab.sim.Init;
import satlab.sim.InputDistribution;
import satlab.sim.LayerStack;
import satlab.sim.Network;
import satlab.sim.NetworkConfig;

/**
 * The lab's forward pass: 10 sigmoid layers x 256 wide on a batch of 256, doubles.
 * 2 x 256 x 256 x 256 x 10 = 335.5 MFLOP per pass. At teardown it prints the
 * GFLOP/s of the mean wall time and of the mean thread CPU time: on a shared
 * machine the wall time includes waiting for a core, the CPU time does not.
 *
 * <p>Run: {@code mvn -o -q test-compile && java -cp "target/test-classes:target/classes:$(mvn -o -q
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)"
 * org.openjdk.jmh.Main NetworkBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NetworkBenchmark {
    private static final NetworkConfig FORWARD = new NetworkConfig(10, 256, 256, 256,
            new InputDistribution.Uniform(0, 1), new Init.LeCun(), Bias.ZERO, Activation.SIGMOID, Double.NaN, 10, 1);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private LayerStack stack;
    private long calls;
    private long nanos;
    private long cpuNanos;

    @Setup
    public void setUp() {
        stack = LayerStack.build(FORWARD);
    }

    /** The forward pass alone: ten dense layers and the sigmoid on every output. */
    @Benchmark
    public double[][] forward() {
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        double[][] out = stack.forward();
        nanos += System.nanoTime() - t;
        cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
        calls++;
        return out;
    }

    /** A whole lab experiment: drawing weights, forward, statistics and the backward pass. */
    @Benchmark
    public Object fullExperiment() {
        return Network.run(FORWARD);
    }

    @TearDown
    public void report() {
        if (calls > 0) {
            double wall = nanos / 1e9 / calls;
            double cpu = cpuNanos / 1e9 / calls;
            System.out.printf("%nforward pass over %d calls (warm-up included): wall %.1f ms = %.2f GFLOP/s;"
                    + " thread CPU time %.1f ms = %.2f GFLOP/s per CPU-second%n",
                    calls, wall * 1e3, FORWARD.forwardFlops() / wall / 1e9, cpu * 1e3, FORWARD.forwardFlops() / cpu / 1e9);
        }
    }
}
