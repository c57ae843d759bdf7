package satlab.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;
import satlab.engine.Interpreter;
import satlab.engine.Rng;

/** Tab completion and multi-line parsing, called directly as JLine calls them. */
class CompletionTest {

    private final Interpreter interpreter = new Interpreter(new Rng(1));
    private final NameCompleter completer = new NameCompleter(interpreter);
    private final ReplParser parser = new ReplParser();

    /** What JLine would offer: the candidates starting with the word typed so far. */
    private List<String> offered(String line) {
        ReplParser.NameLine parsed = (ReplParser.NameLine) parser.parse(line, line.length(), ParseContext.COMPLETE);
        String prefix = parsed.word().substring(0, parsed.wordCursor());
        return completer.candidates(parsed).stream()
                .map(Candidate::value)
                .filter(v -> v.startsWith(prefix))
                .toList();
    }

    @Test
    void functionNamesCompleteInsideAnExpression() {
        assertThat(offered("sum(dsig")).containsExactly("dsigmoid(");
        assertThat(offered("d")).contains("dsigmoid(", "dtanh(", "drelu(", "dot(");
        assertThat(offered("x = 2 * sigm")).containsExactly("sigmoid(");
    }

    @Test
    void variablesCompleteAsSoonAsTheyAreAssigned() {
        assertThat(offered("dot(weig")).isEmpty();
        interpreter.run("weights = [1000, 1000]");
        assertThat(offered("dot(weig")).containsExactly("weights");
    }

    @Test
    void constantsAndCommandsComplete() {
        assertThat(offered("2 * p")).contains("pi");
        assertThat(offered(":pl")).containsExactly(":plot");
        assertThat(offered(":")).containsExactlyInAnyOrder(":plot", ":neuron", ":network", ":train", ":vars", ":digits", ":help",
                ":quit");
        assertThat(offered(":netw")).containsExactly(":network");
    }

    @Test
    void theOptionsOfNetworkAndTrainCompleteAfterTheirDashes() {
        assertThat(offered(":network --la")).containsExactly("layers");
        assertThat(offered(":network --layers 3 --i")).containsExactlyInAnyOrder("inputs", "input", "init");
        assertThat(offered(":train --comp")).containsExactlyInAnyOrder("compare", "compare-cost");
        assertThat(offered(":train --start 2,2 e")).doesNotContain("epochs", "eta");
    }

    @Test
    void theWordIsTheNameUnderTheCursor() {
        ReplParser.NameLine line = ReplParser.NameLine.of("max(sig, 2)", 7);
        assertThat(line.word()).isEqualTo("sig");
        assertThat(line.wordCursor()).isEqualTo(3);
        assertThat(line.rawWordLength()).isEqualTo(3);
        ReplParser.NameLine primed = ReplParser.NameLine.of("σ'", 2);
        assertThat(primed.word()).isEqualTo("σ'");
    }

    @Test
    void anOpenBracketAsksForMoreInput() {
        assertThatThrownBy(() -> parser.parse("sum([1, 2", 9, ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class)
                .satisfies(e -> assertThat(((EOFError) e).getMissing()).isEqualTo("])"));
    }

    @Test
    void balancedOrMismatchedInputIsAcceptedForTheEngineToJudge() {
        parser.parse("sum([1, 2])", 11, ParseContext.ACCEPT_LINE);
        parser.parse("sum(1))", 7, ParseContext.ACCEPT_LINE);
        parser.parse("sum(1]", 6, ParseContext.ACCEPT_LINE);
        // A prime is part of a name, not a quote that waits to be closed.
        parser.parse("σ'(2)", 5, ParseContext.ACCEPT_LINE);
    }

    @Test
    void bracketsSplitOnlyAtTheTopLevel() {
        assertThat(Brackets.splitCommas("sigmoid(z), max(z, 0)"))
                .containsExactly(new Brackets.Part("sigmoid(z)", 0), new Brackets.Part("max(z, 0)", 12));
        assertThat(Brackets.splitSpaces("sigmoid(2 * z)  tanh(z)"))
                .containsExactly(new Brackets.Part("sigmoid(2 * z)", 0), new Brackets.Part("tanh(z)", 16));
        assertThat(Brackets.missing("f([1, (2")).isEqualTo(")])");
    }
}
