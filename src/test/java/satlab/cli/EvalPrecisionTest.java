package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvalPrecisionTest {

    @Test
    void digitsAndExactShowMoreOfTheDouble() {
        assertThat(CommandRun.run("eval", "dsigmoid(10)").out()).isEqualTo("4.54e-5\n");
        assertThat(CommandRun.run("eval", "--digits", "10", "dsigmoid(10)").out()).isEqualTo("4.53958077e-5\n");
        assertThat(CommandRun.run("eval", "--exact", "0.1 + 0.2").out()).isEqualTo("0.30000000000000004\n");
        assertThat(CommandRun.run("eval", "--exact", "[1/3, 2]").out()).isEqualTo("[0.3333333333333333, 2]\n");
    }

    @Test
    void badPrecisionOptionsAreUsageErrors() {
        CommandRun.Result both = CommandRun.run("eval", "--exact", "--digits", "3", "1");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("use --digits N or --exact, not both");
        CommandRun.Result range = CommandRun.run("eval", "--digits", "0", "1");
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err()).contains("--digits must be from 1 to 17, got 0");
    }

    @Test
    void aResultOutsideTheRealsIsAnErrorWithACaret() {
        CommandRun.Result r = CommandRun.run("eval", "1 + ln(-1)");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("1 + ln(-1)\n    ^~\nerror: ln(-1) is not a real number: ln needs a number above 0\n");
    }
}
