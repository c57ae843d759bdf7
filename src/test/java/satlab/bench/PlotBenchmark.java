package satlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import satlab.engine.Interpreter;
import satlab.engine.Rng;
import satlab.plot.Plot;
import satlab.plot.PlotOptions;
import satlab.plot.Plotter;
import satlab.plot.Series;
import satlab.plot.Tier;

/**
 * One explorer frame: σ over σ' at 80×24 with the learner's z marked and the
 * saturation bands shaded (target ≤ 1 ms). The z moves every call, as it does
 * while the learner types. Both with the built-in functions and with the same
 * curves compiled from expressions by the engine, as lessons and the CLI use them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlotBenchmark {
    @Param({"ASCII", "UNICODE"})
    public Tier tier;

    private PlotOptions options;
    private List<Series> compiled;
    private int frame;

    @Setup
    public void setUp() {
        options = PlotOptions.defaults().withSize(80, 24).withTier(tier).withThreshold(5);
        Interpreter interpreter = new Interpreter(new Rng(1));
        compiled = List.of(Series.compile(interpreter, "sigmoid(z)"), Series.compile(interpreter, "dsigmoid(z)"));
    }

    private PlotOptions nextFrame() {
        frame = (frame + 1) % 200;
        return options.withMark(-10 + frame * 0.1);
    }

    @Benchmark
    public Plot sigmaAndGradientWithMarker() {
        return Plotter.render(Series.defaults(), nextFrame());
    }

    @Benchmark
    public Plot compiledExpressionsWithMarker() {
        return Plotter.render(compiled, nextFrame());
    }
}
