package satlab.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.engine.Interpreter;
import satlab.engine.Rng;

/** A REPL session typed into a terminal on streams, asserted on its transcript. */
class ReplTest {

    private static String session(String input) {
        return session(input, 80, Optional.empty());
    }

    private static String session(String input, int columns, Optional<Path> history) {
        Terminals.Session s = Terminals.dumb(input, columns);
        int code = new Repl(s.terminal(), new Interpreter(new Rng(1)), history).run();
        assertThat(code).isZero();
        return s.transcript();
    }

    @Test
    void assignmentsPersistAcrossLines() {
        String t = session("w = [1000, 1000]\na = [1, -0.99]\ndot(w, a)\nsum(w)\n");
        assertThat(t).contains("satlab> w = [1000, 1000]\n[1000, 1000]\n")
                .contains("satlab> dot(w, a)\n10\n")
                .contains("satlab> sum(w)\n2000\n");
    }

    @Test
    void theNeuronCommandReportsTheQandAsNeuron() {
        String t = session("w = [1000, 1000]\na = [1, -0.99]\nb = 0\n:neuron\n");
        // Facts sheet: w = (1000, 1000), a = (1, -0.99), b = 0 gives z = 10, σ = 0.99995, σ' = 4.54e-5.
        assertThat(t).contains("z           = 10\n", "sigmoid(z)  = 0.99995\n", "sigmoid'(z) = 4.54e-5\n",
                "verdict     = SATURATED (threshold |z| > 5)");
        assertThat(t).doesNotContain("b is not set");
    }

    @Test
    void theNeuronCommandTakesTheActivationAndTheThresholdVariable() {
        // tanh saturates at half the z of the sigmoid: 1 - tanh²(3) = 0.0098660 (facts sheet).
        String t = session("w = 3\na = 1\nb = 0\nthreshold = 4\n:neuron tanh\n");
        assertThat(t).contains("tanh'(z)    = 0.009866\n", "verdict     = ACTIVE (threshold |z| > 4)");
    }

    @Test
    void theNeuronCommandSaysWhatIsMissingOrWrong() {
        String t = session(":neuron\nw = true\na = [1, 2]\n:neuron\nw = [1, 2, 3]\n:neuron\n:neuron softmax\n");
        assertThat(t).contains(":neuron: w is not set: assign the weights, e.g. w = [1000, 1000]\n")
                .contains(":neuron: a is not set: assign the inputs, e.g. a = [1, -0.99]\n")
                .contains(":neuron: w must be a number or a vector, but it is a boolean\n")
                .contains(":neuron: w has 3 entries but a has 2; give one input per weight\n")
                .contains(":neuron: unknown activation");
        assertThat(t).doesNotContain("z           =");
    }

    @Test
    void aMissingBiasCountsAsZeroAndSaysSo() {
        String t = session("w = [2]\na = [1]\n:neuron\n");
        assertThat(t).contains("(b is not set; using b = 0)\nz           = 2\n");
    }

    @Test
    void anErrorPutsTheCaretUnderTheColumnAfterThePrompt() {
        String t = session("w = [1, 2]\nmax(w, bogus)\n");
        assertThat(t).contains("satlab> max(w, bogus)\n"
                + "               ^~~~~\n"
                + "error: unknown name 'bogus'\n");
        int caret = t.indexOf('^') - t.lastIndexOf('\n', t.indexOf('^')) - 1;
        int bogus = t.indexOf("bogus") - t.lastIndexOf('\n', t.indexOf("bogus")) - 1;
        assertThat(caret).isEqualTo(bogus);
    }

    @Test
    void aCaretOnAContinuationLineSitsUnderItsColumnToo() {
        String t = session("v = [1,\n  nope]\n");
        assertThat(t).contains("satlab> v = [1,\n   ...>   nope]\n          ^~~~\nerror: unknown name 'nope'");
    }

    @Test
    void anOpenBracketContinuesOnTheNextLine() {
        String t = session("a = [1,\n-0.99]\nlen(a)\n");
        assertThat(t).contains("satlab> a = [1,\n   ...> -0.99]\n[1, -0.99]\n").contains("len(a)\n2\n");
    }

    @Test
    void inputEndingInsideABracketStillGetsItsError() {
        String t = session("sum([1, 2\n");
        assertThat(t).contains("sum([1, 2\n         ^\nerror: expected ']' to close the vector");
    }

    @Test
    void anExclamationMarkIsOrdinaryNotAHistoryEvent() {
        String t = session("1 + 1\n!true\nx = !(1 > 2)\n!!\n");
        assertThat(t).contains("satlab> !true\nfalse\n").contains("satlab> x = !(1 > 2)\ntrue\n");
        // With history expansion on, "!!" would have repeated the previous line.
        assertThat(t).doesNotContain("satlab> !!\ntrue");
    }

    @Test
    void plotPrintsAnAsciiPlotAtTheTerminalsWidth() {
        String t = session(":plot sigmoid(z), dsigmoid(z)\n", 60, Optional.empty());
        List<String> lines = Arrays.asList(t.split("\n"));
        assertThat(lines).anyMatch(l -> l.contains("* sigmoid(z)") && l.contains("o dsigmoid(z)"));
        List<String> plot = lines.subList(2, lines.size() - 1);
        assertThat(plot).hasSizeGreaterThan(10).allMatch(l -> l.length() < 60);
        assertThat(t.chars()).allMatch(c -> c < 128);
    }

    @Test
    void plotSplitsExpressionsAtSpacesOnlyWhenTheWholeIsNotOne() {
        String two = session(":plot sigmoid(z) tanh(z) --from -5 --to 5\n");
        assertThat(two).contains("* sigmoid(z)").contains("tanh(z)").contains("-5").doesNotContain("-10");
        String one = session(":plot 2 * z\n");
        assertThat(one).contains("* 2 * z");
        String defaults = session(":plot\n");
        assertThat(defaults).contains("* sigmoid(z)", "o dsigmoid(z)");
    }

    @Test
    void plotMarksAZGivenAsAnExpression() {
        String t = session("w = [1000, 1000]\na = [1, -0.99]\n:plot sigmoid(z) --mark dot(w, a)\n");
        assertThat(t).contains("z=10");
    }

    @Test
    void plotErrorsPointIntoTheCommandLine() {
        String t = session(":plot sigmoid(z), dsigmod(z)\n:plot sigmoid(z) --color red\n");
        assertThat(t).contains("satlab> :plot sigmoid(z), dsigmod(z)\n"
                + "                          ^~~~~~~\n"
                + "error: unknown function 'dsigmod'; did you mean 'dsigmoid'?");
        assertThat(t).contains("error: unknown option --color; :plot takes --from, --to and --mark");
    }

    @Test
    void varsListsTheVariablesInOrder() {
        String t = session(":vars\nw = [3, 4]\nb = -1\n:vars\n");
        assertThat(t).contains("no variables yet").contains("satlab> :vars\nw = [3, 4]\nb = -1\n");
    }

    @Test
    void digitsChangesHowResultsAreShownForTheSession() {
        String t = session("dsigmoid(10)\n:digits 10\ndsigmoid(10)\n:digits exact\n0.1 + 0.2\nv = [0.1, 1/3]\n:vars\n"
                + ":digits default\n1/3\n:digits 99\n");
        assertThat(t).contains("satlab> dsigmoid(10)\n4.54e-5\n")
                .contains("satlab> dsigmoid(10)\n4.53958077e-5\n")
                .contains("satlab> 0.1 + 0.2\n0.30000000000000004\n")
                .contains("v = [0.1, 0.3333333333333333]")
                .contains("satlab> 1/3\n0.3333\n")
                .contains(":digits takes a number from 1 to 17, 'exact' or 'default', got '99'");
    }

    @Test
    void helpListsTheCommandsAndTheFunctions() {
        String t = session(":help\n");
        assertThat(t).contains(":plot EXPR", ":neuron", ":vars", ":quit", "dsigmoid(z)", "Tab completes");
    }

    @Test
    void quitStopsReadingAndUnknownCommandsAreNamed() {
        String t = session(":frobnicate\n:q\n1 + 1\n");
        assertThat(t).contains("unknown command ':frobnicate'");
        assertThat(t).doesNotContain("\n2\n");
    }

    @Test
    void historyIsKeptInTheGivenFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("repl_history");
        session("w = [1000, 1000]\n!true\n", 80, Optional.of(file));
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).contains("w = [1000, 1000]").contains("!true");
    }

    @Test
    void ctrlCDropsTheLineAndCtrlDLeaves() {
        Terminals.Session s = Terminals.withControlKeys("sum(\u0003x = 40 + 2\n\u0004y = 1\n");
        Interpreter interpreter = new Interpreter(new Rng(1));
        assertThat(new Repl(s.terminal(), interpreter, Optional.empty()).run()).isZero();
        assertThat(interpreter.variables()).containsOnlyKeys("x");
        assertThat(s.transcript()).contains("42").doesNotContain("error");
    }

    /** The numbers in the table row that starts with this epoch or layer number, below the table's header. */
    private static double[] row(String transcript, int first) {
        int header = Math.max(transcript.lastIndexOf(" epoch "), transcript.lastIndexOf("layer     mean z"));
        for (String line : transcript.substring(Math.max(0, header)).split("\n")) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length > 2 && cells[0].equals(String.valueOf(first)) && cells[1].matches("-?[0-9.e-]+")) {
                return Arrays.stream(cells).filter(c -> c.matches("-?[0-9.]+(e-?[0-9]+)?"))
                        .mapToDouble(Double::parseDouble).toArray();
            }
        }
        throw new AssertionError("no row " + first + " in\n" + transcript);
    }

    @Test
    void trainRacesNielsensTwoStartsAsTheCommandDoes() {
        String t = session(":train --start 2,2 --compare 0.6, 0.9 --epochs 150 --every 50\n");
        assertThat(t).contains("run 1: start (2, 2), quadratic; x = 1, y = 0, eta = 0.15, 150 epochs\n")
                .contains("run 2: start (0.6, 0.9), quadratic").contains("output a by epoch:")
                .contains("target y = 0");
        // Nielsen ch. 3 (facts sheet): from (2, 2) the output 0.98 = σ(4) is still about 0.93
        // after 150 epochs; from (0.6, 0.9), output σ(1.5) = 0.82, it falls quickly.
        double[] start = row(t, 0);
        assertThat(start[1]).isCloseTo(0.982, within(5e-4));
        assertThat(start[3]).isCloseTo(0.8176, within(5e-4));
        double[] at150 = row(t, 150);
        assertThat(at150[1]).isCloseTo(0.93, within(0.005));
        assertThat(row(t, 50)[3]).isLessThan(0.5);
        // Quadratic cost (a − y)²/2 at a = 0.982: 0.482.
        assertThat(start[2]).isCloseTo(0.982 * 0.982 / 2, within(5e-4));
    }

    @Test
    void trainWithCrossEntropyLeavesTheSaturatedStartQuickly() {
        String t = session(":train --start 2,2 --compare-cost cross-entropy --every 25 --epochs 150\n");
        assertThat(t).contains("run 2: start (2, 2), cross-entropy");
        double[] at25 = row(t, 25);
        assertThat(at25[1]).as("quadratic, still saturated").isGreaterThan(0.95);
        assertThat(at25[3]).as("cross-entropy: sigma' cancels").isLessThan(0.5);
    }

    @Test
    void networkReproducesNielsensThousandInputNeuron() {
        String unscaled = session(":network --layers 1 --inputs 1000 --width 100 --input binary:0.5 --init normal:1"
                + " --bias normal:1 --ascii\n", 200, Optional.empty());
        // Facts sheet: 500 inputs on, N(0, 1) weights and bias: sd of z = √501 = 22.38, P(|z| > 5) = 0.823.
        double[] layer = row(unscaled, 1);
        assertThat(layer[3]).as("pred sd").isCloseTo(Math.sqrt(501), within(0.01));
        assertThat(layer[2]).as("measured sd of 25 600 z").isCloseTo(22.38, within(22.38 * 0.15));
        assertThat(layer[5] / 100).as("share saturated").isCloseTo(0.823, within(0.05));
        assertThat(unscaled).contains("1 x 100 sigmoid, 1000 inputs").contains("% saturated")
                .contains("activations per layer");
        assertThat(unscaled.lines().filter(l -> l.startsWith("layer   1")).toList()).hasSize(2)
                .allMatch(l -> l.chars().allMatch(c -> c < 128));

        String scaled = session(":network --layers 1 --inputs 1000 --width 100 --input binary:0.5 --init lecun"
                + " --bias normal:1\n", 200, Optional.empty());
        // N(0, 1/1000) weights: Var(z) = 0.5 + 1, sd 1.2247, P(|z| > 5) = 4.46e-5.
        double[] lecun = row(scaled, 1);
        assertThat(lecun[3]).isCloseTo(Math.sqrt(1.5), within(0.001));
        assertThat(lecun[6] / 100).as("if normal").isLessThan(0.001);
    }

    @Test
    void networkTakesTheCentredSigmoidAndPrintsTheVerdictAndTheDecomposition() {
        String t = session(":network --layers 2 --centre --input uniform:-0.5,0.5\n:network --layers 1 --centre=no\n");
        assertThat(t).contains("2 x 100 sigmoid - 0.5 (centred)").contains("PARTLY SATURATED")
                .contains("Var(z) = n_in * Var(w) * (Var(a) + E[a]^2) + Var(b)").contains("1 x 100 sigmoid, 100 inputs");
    }

    @Test
    void anEightyColumnTerminalGetsTheNarrowTableAndWrappedSentences() {
        String t = session(":network --layers 3 --init xavier\n:train --compare 0.6,0.9\n");
        assertThat(t).contains("layer      sd z  pred sd  saturated   rms f'   gain  rms dC/dw\n");
        assertThat(t.split("\n")).allMatch(l -> l.length() < 80);
        // Xavier with 100 in and 100 out: Var(w) = 2/200, and E[x²] = 1/3 for U(0, 1): pred sd √(1/3) for layer 1.
        assertThat(row(t.substring(0, t.indexOf(":train")), 1)[2]).isCloseTo(Math.sqrt(1.0 / 3), within(0.001));
    }

    @Test
    void networkAndTrainPutTheCaretUnderABadValueAndNameUnknownOptions() {
        String t = session(":network --init gauss:1\n:network --depth 3\n:train --start 2\n"
                + ":network --activation relu --threshold 1\n:train --epochs\n:ne\n");
        assertThat(t).contains("satlab> :network --init gauss:1\n"
                + "                        ^~~~~~~\n"
                + "error: unknown init 'gauss:1' (expected normal:SD, uniform:R, standard, lecun, xavier or he)\n");
        assertThat(t).contains("error: unknown option --depth; :network takes --layers, --width");
        assertThat(t).contains("satlab> :train --start 2\n                       ^\n"
                + "error: '2' is not a start point W,B");
        assertThat(t).contains(":network: threshold applies to sigmoid and tanh");
        assertThat(t).contains("error: --epochs needs a value");
        assertThat(t).contains("':ne' could be :neuron or :network; type more of the name");
        assertThat(t).doesNotContain("layer     mean z").doesNotContain("by epoch");
    }

    @Test
    void networkAndTrainAreInTheHelpAndExplainTheirOptions() {
        String t = session(":help\n:train --help\n");
        assertThat(t).contains(":network [--layers L]", ":train [--start W,B]");
        assertThat(t).contains("Options: --start, --cost, --compare, --compare-cost, --epochs, --eta");
    }
}
