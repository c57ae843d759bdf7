package satlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class ParserTest {

    private static double eval(String source) {
        return new Interpreter(new Rng(1)).number(source);
    }

    private static EngineError error(String source) {
        return catchThrowableOfType(() -> new Interpreter(new Rng(1)).run(source), EngineError.class);
    }

    @Test
    void precedenceAndAssociativity() {
        assertThat(eval("2^3^2")).isEqualTo(512);
        assertThat(eval("-2^2")).isEqualTo(-4);
        assertThat(eval("2^-1")).isEqualTo(0.5);
        assertThat(eval("1 + 2 * 3")).isEqualTo(7);
        assertThat(eval("(1 + 2) * 3")).isEqualTo(9);
        assertThat(eval("8 / 4 / 2")).isEqualTo(1);
        assertThat(eval("10 - 4 - 3")).isEqualTo(3);
        assertThat(eval("--3")).isEqualTo(3);
    }

    @Test
    void literals() {
        assertThat(eval("1e-3")).isEqualTo(0.001);
        assertThat(eval("2.5E+2")).isEqualTo(250);
        assertThat(eval(".5")).isEqualTo(0.5);
        assertThat(new Interpreter(new Rng(1)).run("[1, -0.99]")).isEqualTo(new Value.Vec(1, -0.99));
        assertThat(new Interpreter(new Rng(1)).run("true")).isEqualTo(Value.Bool.TRUE);
        assertThat(new Interpreter(new Rng(1)).run("[]")).isEqualTo(new Value.Vec());
    }

    @Test
    void comparisonsAndLogic() {
        Interpreter in = new Interpreter(new Rng(1));
        assertThat(in.run("1 < 2 and 3 >= 3")).isEqualTo(Value.Bool.TRUE);
        assertThat(in.run("not 1 == 1 or 2 != 2")).isEqualTo(Value.Bool.FALSE);
        assertThat(in.run("!(1 > 2) && true")).isEqualTo(Value.Bool.TRUE);
        assertThat(in.run("[1, 2] == [1, 2]")).isEqualTo(Value.Bool.TRUE);
        // Short-circuit: the right side would be a type error.
        assertThat(in.run("false and 1")).isEqualTo(Value.Bool.FALSE);
        assertThat(in.run("true or 1")).isEqualTo(Value.Bool.TRUE);
    }

    @Test
    void errorsCarryLineAndColumn() {
        EngineError e = error("1 + * 2");
        assertThat(e.kind()).isEqualTo(EngineError.Kind.SYNTAX);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.getMessage()).contains("found '*'");

        EngineError unclosed = error("sigmoid(1");
        assertThat(unclosed.column()).isEqualTo(10);
        assertThat(unclosed.getMessage()).contains("')' to close the call of sigmoid");

        EngineError second = error("1 +\n  @");
        assertThat(second.line()).isEqualTo(2);
        assertThat(second.column()).isEqualTo(3);
        assertThat(second.sourceLine()).isEqualTo("  @");
    }

    @Test
    void caretSitsUnderTheColumn() {
        EngineError e = error("sigmoid(2) + dsigmod(3)");
        assertThat(e.withCaret()).isEqualTo("""
                sigmoid(2) + dsigmod(3)
                             ^~~~~~~
                error: unknown function 'dsigmod'; did you mean 'dsigmoid'?""");
    }

    @Test
    void helpfulSyntaxMessages() {
        assertThat(error("2w").getMessage()).contains("2*w");
        assertThat(error("1 < 2 < 3").getMessage()).contains("can't be chained");
        assertThat(error("(1 = 2)").getMessage()).contains("'=='");
        assertThat(error("1 )").getMessage()).contains("without its '('");
        assertThat(error("").getMessage()).contains("empty input");
        assertThat(error("w·a").getMessage()).contains("dot(w, a)");
        assertThat(error("1 & 2").getMessage()).contains("&&");
        assertThat(error(".5.5").kind()).isEqualTo(EngineError.Kind.SYNTAX);
        assertThat(error("1.2.3").column()).isEqualTo(4);
    }

    @Test
    void limitsAreClearErrorsNotCrashes() {
        assertThat(error("(".repeat(5000) + "1" + ")".repeat(5000)).kind()).isEqualTo(EngineError.Kind.LIMIT);
        assertThat(error("-".repeat(5000) + "1").kind()).isEqualTo(EngineError.Kind.LIMIT);
        assertThat(error("1" + "+1".repeat(4000)).kind()).isEqualTo(EngineError.Kind.LIMIT);
        assertThat(error("2" + "^2".repeat(3000)).kind()).isEqualTo(EngineError.Kind.LIMIT);
        assertThat(error("1".repeat(10_001)).kind()).isEqualTo(EngineError.Kind.LIMIT);
        assertThat(error("randn(1000001)").kind()).isEqualTo(EngineError.Kind.LIMIT);
        assertThat(error("sum(randn(1000000)" + "+randn(1000000)".repeat(40) + ")").kind())
                .isEqualTo(EngineError.Kind.LIMIT);
        assertThatThrownBy(() -> new Interpreter(new Rng(1)).run("x".repeat(9000) + "(1)"))
                .isInstanceOf(EngineError.class);
    }

    @Test
    void aLongButShallowSumIsFine() {
        assertThat(eval("1" + "+1".repeat(150))).isEqualTo(151);
    }
}
