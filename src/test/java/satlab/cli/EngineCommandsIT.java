package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** `satlab eval` and `satlab neuron` run as a separate process, as a user runs them. */
class EngineCommandsIT {

    @Test
    void evalPrintsTheProjectsNumberFormat() throws Exception {
        JarRunner.Result r = JarRunner.run("eval", "dsigmoid(dot([1000,1000],[1,-0.99]))");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("4.54e-5\n");
    }

    @Test
    void evalAcceptsALeadingMinusAndJoinsWords() throws Exception {
        assertThat(JarRunner.run("eval", "-2^2").out()).isEqualTo("-4\n");
        assertThat(JarRunner.run("eval", "1", "+", "2").out()).isEqualTo("3\n");
    }

    @Test
    void evalErrorShowsACaretAndExitsOne() throws Exception {
        JarRunner.Result r = JarRunner.run("eval", "dsigmod(2)");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("dsigmod(2)\n^~~~~~~\nerror: unknown function 'dsigmod'; did you mean 'dsigmoid'?\n");
    }

    @Test
    void evalFromStdinCarriesAssignmentsAndReportsBadLines() throws Exception {
        JarRunner.Result r = JarRunner.run("w = [3, 4]\n# a comment\n\nsum(w)\nbogus\nw * 2\n", Map.of(), "eval", "-");
        assertThat(r.out()).isEqualTo("[3, 4]\n7\n[6, 8]\n");
        assertThat(r.err()).startsWith("stdin:5:1:\nbogus\n^~~~~\nerror: unknown name 'bogus'");
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void evalIsReproducibleWithASeed() throws Exception {
        String first = JarRunner.run("eval", "--seed", "3", "randn(3)").out();
        assertThat(first).isEqualTo(JarRunner.run("eval", "--seed", "3", "randn(3)").out());
        assertThat(first).startsWith("[");
    }

    @Test
    void neuronReportsTheQandAsExample() throws Exception {
        JarRunner.Result r = JarRunner.run("neuron", "--weights", "1000,1000", "--inputs", "1,-0.99");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("z           = 10\n", "sigmoid(z)  = 0.99995\n", "sigmoid'(z) = 4.54e-5\n",
                "verdict     = SATURATED (threshold |z| > 5)");
    }

    @Test
    void neuronRejectsBadInputClearly() throws Exception {
        JarRunner.Result mismatch = JarRunner.run("neuron", "-w", "1,2", "-a", "1");
        assertThat(mismatch.exitCode()).isEqualTo(2);
        assertThat(mismatch.err()).contains("2 weights but 1 inputs");
        JarRunner.Result bad = JarRunner.run("neuron", "-w", "1, 2 +", "-a", "1, 2");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("--weights:", "1, 2 +\n      ^");
        JarRunner.Result act = JarRunner.run("neuron", "-w", "1", "-a", "1", "--activation", "softmax");
        assertThat(act.exitCode()).isEqualTo(2);
        assertThat(act.err()).contains("sigmoid, tanh or relu");
        JarRunner.Result huge = JarRunner.run("neuron", "-w", "1e300,1e300", "-a", "1e10,1e10");
        assertThat(huge.exitCode()).isEqualTo(1);
        assertThat(huge.err()).contains("too large for a number");
        assertThat(huge.out()).doesNotContain("inf");
    }

    @Test
    void usageErrorsExitTwoWithAHint() throws Exception {
        JarRunner.Result r = JarRunner.run("neuron", "--weights");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Try 'satlab neuron --help'");
        assertThat(JarRunner.run("--version").out()).startsWith("satlab ");
        assertThat(JarRunner.run("eval", "--help").out()).contains("Usage: satlab eval");
        JarRunner.Result none = JarRunner.run("eval");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("give an expression");
    }

    @Test
    void functionsAreListedWithUsage() throws Exception {
        JarRunner.Result r = JarRunner.run("eval", "--functions");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("dsigmoid(z)                              the sigmoid's derivative", "saturated(z) or saturated(z, threshold)",
                "constants: ");
    }
}
