package satlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import satlab.engine.Activation;

/** Random functions, ranges, sizes and options never throw and never break the shape. */
class PlotPropertiesTest {

    private static final List<DoubleUnaryOperator> SHAPES = List.of(
            Activation::sigmoid, Activation::dsigmoid, Math::sin, Math::tan, Math::exp, Math::log,
            Math::sqrt, z -> 1 / z, z -> z * z * z, Math::floor, z -> 42, z -> Double.NaN,
            z -> z > 0 ? Double.POSITIVE_INFINITY : 0, z -> Double.MAX_VALUE * Math.signum(z),
            z -> Double.MIN_VALUE * z, z -> {
                throw new ArithmeticException("boom");
            });

    @Property(tries = 400)
    void neverThrowsAndKeepsItsShape(
            @ForAll("seriesLists") List<Series> series,
            @ForAll("bounds") double from,
            @ForAll("bounds") double to,
            @ForAll @IntRange(min = -3, max = 320) int width,
            @ForAll @IntRange(min = -3, max = 120) int height,
            @ForAll Tier tier,
            @ForAll Layout layout,
            @ForAll("bounds") double mark,
            @ForAll("bounds") double threshold) {
        PlotOptions options = PlotOptions.defaults().withRange(from, to).withSize(width, height)
                .withTier(tier).withLayout(layout).withMark(mark).withThreshold(threshold);
        Plot plot = Plotter.render(series, options);
        int w = Math.min(width, PlotOptions.MAX_WIDTH);
        assertThat(plot.lines()).hasSizeBetween(1, Math.max(1, Math.min(height, PlotOptions.MAX_HEIGHT)));
        for (String line : plot.lines()) {
            assertThat(line.length()).isLessThanOrEqualTo(Math.max(0, w - 1));
            if (tier == Tier.ASCII) assertThat(line.chars().allMatch(c -> c >= 32 && c < 127)).isTrue();
        }
        for (Span s : plot.spans()) {
            assertThat(s.end()).isLessThanOrEqualTo(plot.lines().get(s.line()).length());
        }
    }

    @Provide
    Arbitrary<List<Series>> seriesLists() {
        return functions().list().ofMinSize(0).ofMaxSize(4);
    }

    private Arbitrary<Series> functions() {
        Arbitrary<DoubleUnaryOperator> shape = Arbitraries.of(SHAPES);
        Arbitrary<Double> scale = Arbitraries.of(1.0, -1.0, 1e-300, 1e300, 0.0, 3.7);
        return Combinators.combine(shape, scale, scale)
                .as((f, a, b) -> new Series("f", z -> b * f.applyAsDouble(a * z)));
    }

    @Provide
    Arbitrary<Double> bounds() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-50, 50),
                Arbitraries.of(0.0, -10.0, 10.0, 1e-12, -1e-12, 1e308, -1e308, Double.MAX_VALUE,
                        -Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY));
    }
}
