package satlab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine's answers to what a learner or a stranger may type: each a wrong answer once. */
class StrangersInputTest {

    private final Interpreter in = new Interpreter(new Rng(1));

    private Value run(String s) {
        return in.run(s);
    }

    @Test
    void equalityIsIeee() {
        assertThat(run("0 == -0")).isEqualTo(Value.Bool.TRUE);
        assertThat(run("[0, 1] == [-0, 1]")).isEqualTo(Value.Bool.TRUE);
        assertThat(run("[0, 1] != [0, 1, 2]")).isEqualTo(Value.Bool.TRUE);
        assertThat(run("0.1 + 0.2 == 0.3")).isEqualTo(Value.Bool.FALSE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "round(1e20); 1e20",
        "round(-1e20); -1e20",
        "round(100000, 14); 100000",
        "round(2.5); 3",
        "round(-2.5); -3",
        "round(0.285, 2); 0.29",
        "round(1.23456789, 4); 1.2346",
        "round(4503599627370497); 4503599627370497",
    })
    void roundWorksAtEveryMagnitude(String expression, double expected) {
        assertThat(((Value.Num) run(expression)).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0/0; division by zero (0 / 0); 1",
        "1/0; division by zero (1 / 0); 1",
        "ln(-1); ln(-1) is not a real number: ln needs a number above 0; 0",
        "ln(0); ln(0) is minus infinity: ln needs a number above 0; 0",
        "sqrt(-4); sqrt(-4) is not a real number: sqrt needs a number of 0 or more; 0",
        "1e308*10; 1e308 * 10 is too large for a number (beyond ±1.8e308); 5",
        "exp(1000); exp(1000) is too large for a number (beyond ±1.8e308); 0",
        "(-8)^(1/3); (-8)^0.3333 is not a real number: a negative number to a power that is not whole; 4",
        "0^-1; 0 to a negative power is a division by zero; 1",
        "mean([]); the vector is empty: the mean of no numbers has no value; 5",
        "1e999; 1e999 is too large for a number (the largest is about 1.8e308); 0",
        "saturated(0/0); division by zero (0 / 0); 11",
        "sum([1e308, 1e308]); the sum is too large for a number (beyond ±1.8e308); 0",
        "ln([1, -1]); ln(-1) is not a real number: ln needs a number above 0; 0",
    })
    void leavingTheRealNumbersIsAnErrorAtTheOperation(String expression, String message, int offset) {
        assertThatThrownBy(() -> run(expression)).isInstanceOfSatisfying(EngineError.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.offset()).isEqualTo(offset);
        });
    }

    @Test
    void aPlotSkipsPointsOutsideTheRealsButStillChecksNames() {
        var f = in.function("ln(z)", "z");
        assertThat(f.applyAsDouble(-1)).isNaN();
        assertThat(f.applyAsDouble(Math.E)).isEqualTo(1.0);
        assertThatThrownBy(() -> in.function("lnn(z)", "z")).hasMessageContaining("did you mean 'ln'");
    }

    @Test
    void aSessionsVariablesHaveAMemoryBound() {
        run("v1 = randn(1000000)");
        run("v1 = randn(1000000)"); // reassigning replaces, it does not add
        run("v2 = randn(999999)");
        assertThatThrownBy(() -> run("v3 = randn(10)")).isInstanceOfSatisfying(EngineError.class, e -> {
            assertThat(e.kind()).isEqualTo(EngineError.Kind.LIMIT);
            assertThat(e.getMessage()).isEqualTo("the variables would hold 2000009 numbers, over this session's"
                    + " limit of 2000000; reuse a name or use smaller vectors");
        });
        assertThat(in.variables()).doesNotContainKey("v3");
        run("v2 = 0");
        run("v3 = randn(10)");
    }

    @Test
    void namesOutsideTheBasicPlaneAreNamesAndMessagesAreSafe() {
        assertThatThrownBy(() -> run("σ(𝑥)")).hasMessage("unknown name '𝑥'");
        assertThatThrownBy(() -> run("1 + \u001b[31m")).isInstanceOfSatisfying(EngineError.class, e -> {
            assertThat(e.getMessage()).isEqualTo("unexpected character U+001B (ESC)");
            assertThat(e.withCaret()).doesNotContain("\u001b").startsWith("1 + ?[31m");
        });
        assertThatThrownBy(() -> run("1 + \u0007")).hasMessage("unexpected character U+0007 (BEL)");
        assertThatThrownBy(() -> run("1 + \ud835")).hasMessage("unexpected character U+D835 (lone surrogate)");
        String longName = "x".repeat(9_000);
        assertThatThrownBy(() -> run(longName)).isInstanceOfSatisfying(EngineError.class,
                e -> assertThat(e.getMessage()).hasSizeLessThan(60).startsWith("unknown name 'xxxx").contains("…"));
    }

    @Test
    void shortNamesAreNotMatchedToAnyOtherShortName() {
        assertThatThrownBy(() -> run("a + 1")).hasMessage("unknown name 'a'");
        assertThatThrownBy(() -> run("Pi")).hasMessage("unknown name 'Pi'; did you mean 'pi'?");
        assertThatThrownBy(() -> run("sigmod(1)")).hasMessageEndingWith("did you mean 'sigmoid'?");
    }

    @Test
    void digitsAndExact() {
        assertThat(Format.number(Activation.dsigmoid(10), 10)).isEqualTo("4.53958077e-5");
        assertThat(Format.number(Math.PI, 12)).isEqualTo("3.14159265359");
        assertThat(Format.exact(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Format.exact(0.1)).isEqualTo("0.1");
        assertThat(Format.exact(1e-300)).isEqualTo("1e-300");
        assertThat(Format.exact(-2.5e20)).isEqualTo("-2.5e20");
        assertThat(Format.value(new Value.Vec(new double[20]), Format.Precision.EXACT)).doesNotContain("more");
    }

    @Property(tries = 3000)
    void everyResultIsRealAndEveryErrorIsPositionedAndSafe(@ForAll("expressions") String source) {
        try {
            Value v = new Interpreter(new Rng(3)).run(source);
            if (v instanceof Value.Num n) assertThat(Double.isFinite(n.value())).as(source).isTrue();
            if (v instanceof Value.Vec vec) {
                for (int i = 0; i < vec.length(); i++) assertThat(Double.isFinite(vec.get(i))).as(source).isTrue();
            }
        } catch (EngineError e) {
            assertThat(e.offset()).isBetween(0, source.length());
            assertThat(TerminalText.firstUnsafe(e.getMessage(), false)).as(e.getMessage()).isNegative();
            assertThat(TerminalText.firstUnsafe(e.withCaret().replace("\n", " "), false)).isNegative();
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> expressions() {
        net.jqwik.api.Arbitrary<String> atoms = net.jqwik.api.Arbitraries.of("0", "1", "-1", "1e308", "1e-320", "2",
                "0.5", "+", "-", "*", "/", "^", "(", ")", "[", "]", ",", "==", "!=", "<", "ln(", "sqrt(", "exp(",
                "log10(", "mean(", "std(", "sum(", "min(", "max(", "round(", "dot(", "saturated(", "sigmoid(",
                "uniform(", "randn(", "rand(", "[]", "pi", "e", " ", "\u001b", "\u0007", "\ud800", "𝑥", "σ(");
        return atoms.list().ofMaxSize(14).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void exactReadsBackAsTheSameDouble(@ForAll double x) {
        if (!Double.isFinite(x)) return;
        assertThat(Double.parseDouble(Format.exact(x))).isEqualTo(x == 0 ? 0.0 : x);
    }
}
