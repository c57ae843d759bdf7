package satlab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0,                     0",
        "10,                    10",
        "-1000,                 -1000",
        "0.5,                   0.5",
        "0.25,                  0.25",
        "0.7310585786300049,    0.7311",
        "0.9999546021312976,    0.99995",
        "0.9933071490757153,    0.9933",
        "4.5395807735907655e-5, 4.54e-5",
        "9.357622968838425e-14, 9.36e-14",
        "-0.00012,              -1.2e-4",
        "1234567.8,             1.23e6",
        "22.383029285599392,    22.38",
        "0.001,                 0.001",
        "-0.99,                 -0.99",
    })
    void numbersForPeople(double x, String expected) {
        assertThat(Format.number(x)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0.99999", "0.999999999", "0.9999999999999065", "1.00001", "0.0009999999", "999999.99"})
    void roundingNeverPretendsAValueIsWhole(double x) {
        String shown = Format.number(x);
        assertThat(Double.parseDouble(shown)).isNotEqualTo(Math.rint(x));
    }

    @org.junit.jupiter.api.Test
    void specialValuesAndVectors() {
        assertThat(Format.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Format.number(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(new Value.Vec(1, -0.99).toString()).isEqualTo("[1, -0.99]");
        double[] many = new double[20];
        for (int i = 0; i < many.length; i++) many[i] = i;
        assertThat(new Value.Vec(many).toString()).isEqualTo("[0, 1, 2, 3, 4, 5, ... (10 more), 16, 17, 18, 19]");
        assertThat(Format.percent(2.6592226683160132)).isEqualTo("2.659 %");
    }
}
