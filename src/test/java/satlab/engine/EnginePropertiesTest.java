package satlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.StringLength;

class EnginePropertiesTest {

    @Property
    void gradientIsSigmaTimesSigmaOfMinusZ(@ForAll @DoubleRange(min = -700, max = 700) double z) {
        double expected = Activation.sigmoid(z) * Activation.sigmoid(-z);
        assertThat(FactsSheetTest.relativeError(Activation.dsigmoid(z), expected)).isLessThan(1e-12);
    }

    @Property
    void tanhIsTwiceSigmoidOfTwiceZMinusOne(@ForAll @DoubleRange(min = -300, max = 300) double z) {
        assertThat(Math.tanh(z)).isCloseTo(2 * Activation.sigmoid(2 * z) - 1, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Property
    void noNaNOrInfinityFromFiniteInput(@ForAll double z) {
        for (Activation a : Activation.values()) {
            if (a == Activation.RELU) continue;
            assertThat(a.apply(z)).isFinite();
            assertThat(a.derivative(z)).isFinite();
        }
        assertThat(Activation.dsigmoid(z)).isBetween(0.0, 0.25);
        assertThat(Activation.sigmoid(z)).isBetween(0.0, 1.0);
    }

    @Property(tries = 2000)
    void parserThrowsOnlyItsOwnError(@ForAll("noise") String source) {
        try {
            new Interpreter(new Rng(1)).run(source);
        } catch (EngineError expected) {
            assertThat(expected.column()).isBetween(1, source.length() + 1);
            assertThat(expected.withCaret()).contains("^");
        }
    }

    @Property(tries = 300)
    void hostileInputHitsALimitNotTheStack(@ForAll("hostile") String source) {
        try {
            new Interpreter(new Rng(1)).run(source);
        } catch (EngineError expected) {
            assertThat(expected.kind()).isNotNull();
        }
    }

    @Property(tries = 200)
    void formattedNumbersParseBackClose(@ForAll @DoubleRange(min = -1e9, max = 1e9) double x) {
        double back = Double.parseDouble(Format.number(x));
        // Half a unit in the last shown digit: 4 significant digits, 3 in scientific notation.
        double abs = Math.abs(x);
        double relative = abs >= 1e6 || abs < 1e-3 ? 5e-3 : 5e-4;
        assertThat(Math.abs(back - x)).isLessThanOrEqualTo(abs * relative + 1e-12);
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<String> atoms = Arbitraries.of("1", "-0.99", "1e-3", "w", "[", "]", "(", ")", ",", "+", "-", "*", "/",
                "^", "<", "==", "and", "not", "true", "sigmoid(", "dot(", "randn(", "=", " ", "σ", "@", "e", "2w", ".");
        return atoms.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Integer> n = Arbitraries.integers().between(100, 9000);
        return Arbitraries.oneOf(
                n.map(k -> "(".repeat(k) + "1" + ")".repeat(k)),
                n.map(k -> "[".repeat(k)),
                n.map(k -> "-".repeat(k) + "1"),
                n.map(k -> "1" + "^1".repeat(k / 2)),
                n.map(k -> "not ".repeat(k / 4) + "true"),
                n.map(k -> "sigmoid(".repeat(k / 8) + "1"),
                n.map(k -> "randn(" + k * 1000 + ")"));
    }

    @Property(tries = 50)
    void anyStringOfLettersIsHandled(@ForAll @StringLength(max = 200) String source) {
        try {
            new Interpreter(new Rng(1)).run(source);
        } catch (EngineError expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
