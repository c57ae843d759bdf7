package satlab.bench;

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
import org.openjdk.jmh.annotations.Warmup;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.engine.Value;

/** Parse + evaluate of a neuron's output with 1000-element vectors: the explorer's per-keystroke work. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {
    private Interpreter interpreter;

    @Setup
    public void setUp() {
        interpreter = new Interpreter(new Rng(1));
        interpreter.run("w = randn(1000) / sqrt(1000)");
        interpreter.run("a = rand(1000)");
        interpreter.run("b = 0.5");
    }

    @Benchmark
    public Value parseAndEvaluateNeuron() {
        return interpreter.run("sigmoid(dot(w, a) + b)");
    }

    @Benchmark
    public Value parseAndEvaluateScalar() {
        return interpreter.run("dsigmoid(10) / 0.25 * 100");
    }
}
