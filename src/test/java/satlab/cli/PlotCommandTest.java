package satlab.cli;

import static satlab.cli.CommandRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** `satlab plot` in process: the same picture as the renderer, clear errors, exit codes. */
class PlotCommandTest {


    @Test
    void defaultsAreSigmaOverItsGradientStackedOnMinusTenToTen() {
        CommandRun.Result r = run("plot", "--ascii", "--width", "80", "--height", "20");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        String expected = satlab.plot.Plotter.render(satlab.plot.PlotOptions.defaults()).text();
        assertThat(r.out().replace(System.lineSeparator(), "\n")).isEqualTo(expected);
    }

    @Test
    void expressionsOfZOrXAreCompiledByTheEngine() {
        CommandRun.Result r = run("plot", "--ascii", "--width", "70", "tanh(z)", "dtanh(x)", "--from", "-4", "--to", "4");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("* tanh(z)   o dtanh(x)", "-4", "4").contains("-1");
        assertThat(r.out().lines()).hasSize(24).allMatch(l -> l.length() < 70);
    }

    @Test
    void markAndThresholdReachThePicture() {
        CommandRun.Result inside = run("plot", "--ascii", "--mark", "2", "--threshold", "5", "--overlay");
        assertThat(inside.out()).contains(" z=2 ", "@", "saturated", "(left scale)");
        CommandRun.Result outside = run("plot", "--unicode", "--mark", "12");
        assertThat(outside.out()).contains("z=12 →");
    }

    @Test
    void aBadExpressionGetsTheEnginesCaretAndExitsOne() {
        CommandRun.Result r = run("plot", "sigmoid(z)", "dsigmod(z)");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("dsigmod(z)\n^~~~~~~\nerror: unknown function 'dsigmod'");
    }

    @Test
    void anUnknownNameInAnExpressionOfZIsReportedAgainstZ() {
        CommandRun.Result r = run("plot", "sigmoid(y)");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("sigmoid(y)\n        ^", "'y'");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("plot", "--from", "3", "--to", "1").err()).contains("--from (3) must be less than --to (1)");
        assertThat(run("plot", "--width", "20").exit()).isEqualTo(2);
        assertThat(run("plot", "--height", "101").err()).contains("--height must be from 8 to 100, got 101");
        assertThat(run("plot", "--threshold", "-1").err()).contains("--threshold must be a positive number");
        assertThat(run("plot", "--ascii", "--unicode").exit()).isEqualTo(2);
        assertThat(run("plot", "--stacked", "--overlay").exit()).isEqualTo(2);
    }

    @Test
    void outputCharsetFollowsStdoutEncodingThenTheDefault() {
        Map<String, String> java19 = Map.of("stdout.encoding", "US-ASCII");
        assertThat(PlotCommand.outputCharset(java19::get, StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.US_ASCII);
        Map<String, String> console17 = Map.of("sun.stdout.encoding", "UTF-8");
        assertThat(PlotCommand.outputCharset(console17::get, StandardCharsets.US_ASCII)).isEqualTo(StandardCharsets.UTF_8);
        Map<String, String> none = Map.of();
        assertThat(PlotCommand.outputCharset(none::get, StandardCharsets.US_ASCII)).isEqualTo(StandardCharsets.US_ASCII);
        Map<String, String> bogus = Map.of("stdout.encoding", "no-such-charset");
        assertThat(PlotCommand.outputCharset(bogus::get, StandardCharsets.US_ASCII)).isEqualTo(StandardCharsets.US_ASCII);
    }

    @Test
    void widthComesFromColumnsElseEighty() {
        assertThat(PlotCommand.terminalWidth("132")).isEqualTo(132);
        assertThat(PlotCommand.terminalWidth(null)).isEqualTo(80);
        assertThat(PlotCommand.terminalWidth("wide")).isEqualTo(80);
        assertThat(PlotCommand.terminalWidth("0")).isEqualTo(80);
    }
}
