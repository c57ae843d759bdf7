package satlab.cli;

import static satlab.cli.CommandRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** `satlab network` and `satlab train` through Main's command line, with captured output. */
class SimCommandsTest {


    @Test
    void networkPrintsOneRowPerLayerAndHistograms() {
        CommandRun.Result r = run("network", "--layers", "5", "--width", "500", "--init", "normal:1", "--activation", "sigmoid",
                "--batch", "32");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.outLines();
        assertThat(lines.get(0)).contains("5 x 500 sigmoid").contains("N(0, 1²)").contains("batch 32");
        assertThat(lines.get(1)).contains("saturated");
        for (int l = 1; l <= 5; l++) {
            assertThat(lines.get(1 + l).trim()).startsWith(l + " ");
        }
        assertThat(r.out()).contains("activations per layer");
        assertThat(lines.stream().filter(s -> s.matches("layer\\s+\\d+ .*saturated")).count()).isEqualTo(5);
        assertThat(lines.stream().filter(s -> s.matches("layer\\s+\\d+  0 │.{10}│ 1")).count()).isEqualTo(5);
    }

    @Test
    void networkOutputIsTheSameForTheSameSeedAndDiffersForAnother() {
        String[] args = {"network", "--layers", "3", "--width", "64", "--batch", "16", "--seed", "7"};
        assertThat(run(args).out()).isEqualTo(run(args).out());
        assertThat(run("network", "--layers", "3", "--width", "64", "--batch", "16", "--seed", "8").out())
                .isNotEqualTo(run(args).out());
    }

    @Test
    void networkThresholdChangesTheSaturationColumn() {
        CommandRun.Result r = run("network", "--layers", "1", "--width", "64", "--batch", "16", "--threshold", "2", "--ascii",
                "--histograms", "bars", "--bins", "4");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("|z| > 2").contains("layer 1 activations:").contains("#");
        assertThat(r.out()).doesNotContain("█");
    }

    @Test
    void reluReportsDeadNeurons() {
        CommandRun.Result r = run("network", "--activation", "relu", "--init", "he", "--layers", "2", "--width", "32",
                "--histograms", "none");
        assertThat(r.exit()).isZero();
        assertThat(r.outLines().get(1)).contains("dead");
        assertThat(r.out()).doesNotContain("activations per layer");
    }

    @Test
    void badNetworkOptionsExitWithTwoAndSayWhatIsWrong() {
        expectUsageError(run("network", "--init", "gauss:1"), "unknown init 'gauss:1'");
        expectUsageError(run("network", "--layers", "0"), "layers must be between 1 and 200, got 0");
        expectUsageError(run("network", "--activation", "softmax"), "unknown activation 'softmax'");
        expectUsageError(run("network", "--activation", "relu", "--threshold", "1"), "--threshold applies to sigmoid and tanh");
        expectUsageError(run("network", "--width", "many"), "'many' is not an int");
        expectUsageError(run("network", "--histograms", "pie"), "--histograms must be compact, bars or none");
        expectUsageError(run("network", "--input", "binary:3"), "[0, 1]");
    }

    @Test
    void trainPrintsTheCurveAndATableWithNielsensSlowStart() {
        CommandRun.Result r = run("train", "--start", "2,2", "--cost", "quadratic", "--epochs", "300");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("start (2, 2), quadratic").contains("output a by epoch").contains("target y = 0")
                .contains("start 0.982");
        String row150 = r.outLines().stream().filter(s -> s.trim().startsWith("150 ")).findFirst().orElseThrow();
        // Output still about 0.93 after 150 epochs (Nielsen ch. 3).
        double output = Double.parseDouble(row150.trim().split("\\s+")[3]);
        assertThat(output).isBetween(0.925, 0.935);
        assertThat(r.out()).contains("300");
    }

    @Test
    void trainComparesTwoRuns() {
        CommandRun.Result r = run("train", "--start", "2,2", "--compare", "2,2", "--compare-cost", "cross-entropy", "--chart", "cost",
                "--every", "100", "--ascii");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("run 1: start (2, 2), quadratic").contains("run 2: start (2, 2), cross-entropy")
                .contains("cost C by epoch").contains("* run 1").contains("o run 2").contains("minimum 0");
        List<String> lines = r.outLines();
        int header = lines.indexOf(lines.stream().filter(s -> s.contains("output 1")).findFirst().orElseThrow());
        assertThat(lines.subList(header + 1, lines.size())).hasSize(4)
                .allMatch(s -> s.matches("\\s+\\d+\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+"));
    }

    @Test
    void trainAcceptsNegativeStartValues() {
        CommandRun.Result r = run("train", "--start", "-1,0.5", "--epochs", "10");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("start (-1, 0.5)");
    }

    @Test
    void badTrainOptionsExitWithTwoAndSayWhatIsWrong() {
        expectUsageError(run("train", "--start", "2"), "is not a start point W,B");
        expectUsageError(run("train", "--start", "2,x"), "'x' in '2,x' is not a finite number");
        expectUsageError(run("train", "--cost", "hinge"), "unknown cost 'hinge'");
        expectUsageError(run("train", "--eta", "-1"), "eta must be > 0");
        expectUsageError(run("train", "--epochs", "-5"), "epochs must be between 0");
        expectUsageError(run("train", "--every", "0"), "--every must be at least 1");
        expectUsageError(run("train", "--chart", "loss"), "unknown quantity 'loss'");
        expectUsageError(run("train", "--chart-width", "10"), "--chart-width must be between 30 and 300");
    }

    private static void expectUsageError(CommandRun.Result r, String message) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines.get(0)).startsWith("satlab: ").contains(message);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
