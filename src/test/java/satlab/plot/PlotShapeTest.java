package satlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract every caller relies on, at many sizes: shape, character set, spans. */
class PlotShapeTest {

    private static final String SIZES = "30,8 30,11 31,9 40,12 57,13 79,23 80,20 80,24 81,25 100,30 132,43 211,61 300,100";

    @Test
    void asciiIsSevenBitAndNeverReachesTheLastColumn() {
        for (String size : SIZES.split(" ")) {
            int w = Integer.parseInt(size.split(",")[0]);
            int h = Integer.parseInt(size.split(",")[1]);
            for (Layout layout : Layout.values()) {
                PlotOptions o = PlotOptions.defaults().withSize(w, h).withLayout(layout).withMark(3.3).withThreshold(5);
                Plot plot = Plotter.render(o);
                assertThat(plot.lines()).as("%dx%d %s", w, h, layout).hasSize(h);
                for (String line : plot.lines()) {
                    assertThat(line.length()).as("line at %dx%d: %s", w, h, line).isLessThanOrEqualTo(w - 1);
                    assertThat(line.chars().allMatch(c -> c >= 32 && c < 127)).as("7-bit: %s", line).isTrue();
                }
            }
        }
    }

    @Test
    void unicodeKeepsTheSameShape() {
        for (String size : SIZES.split(" ")) {
            int w = Integer.parseInt(size.split(",")[0]);
            int h = Integer.parseInt(size.split(",")[1]);
            Plot plot = Plotter.render(PlotOptions.defaults().withSize(w, h).withTier(Tier.UNICODE).withMark(-12));
            assertThat(plot.lines()).hasSize(h);
            for (String line : plot.lines()) {
                assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(w - 1);
                assertThat(line).doesNotContain("\t", "\r");
            }
            assertThat(plot.text()).contains("┌", "└", "← z=-12");
        }
    }

    @Test
    void spansNameTheSeriesOfEveryCurveGlyph() {
        Plot plot = Plotter.render(PlotOptions.defaults().withMark(1).withThreshold(5));
        String[] lines = plot.lines().toArray(String[]::new);
        Span.Kind[][] kinds = new Span.Kind[lines.length][];
        int[][] owner = new int[lines.length][];
        for (int r = 0; r < lines.length; r++) {
            kinds[r] = new Span.Kind[lines[r].length()];
            owner[r] = new int[lines[r].length()];
        }
        for (Span s : plot.spans()) {
            assertThat(s.start()).isLessThan(s.end());
            assertThat(s.end()).isLessThanOrEqualTo(lines[s.line()].length());
            for (int c = s.start(); c < s.end(); c++) {
                assertThat(kinds[s.line()][c]).as("spans overlap at %d:%d", s.line(), c).isNull();
                kinds[s.line()][c] = s.kind();
                owner[s.line()][c] = s.series();
            }
        }
        int stars = 0;
        int rings = 0;
        for (int r = 1; r < lines.length; r++) {
            for (int c = 0; c < lines[r].length(); c++) {
                char ch = lines[r].charAt(c);
                if (ch == '*' || ch == 'o') {
                    assertThat(kinds[r][c]).isEqualTo(Span.Kind.CURVE);
                    assertThat(owner[r][c]).isEqualTo(ch == '*' ? 0 : 1);
                    if (ch == '*') stars++;
                    else rings++;
                }
                if (ch == '@') assertThat(kinds[r][c]).isEqualTo(Span.Kind.MARKER_POINT);
                if (ch == '.' && r < lines.length - 1 && c > 6) assertThat(kinds[r][c]).isEqualTo(Span.Kind.BAND);
            }
        }
        assertThat(stars).isGreaterThan(60);
        assertThat(rings).isGreaterThan(60);
        assertThat(plot.spans()).anyMatch(s -> s.kind() == Span.Kind.LEGEND && s.series() == 1
                && lines[0].substring(s.start(), s.end()).equals("dsigmoid(z)"));
        assertThat(plot.spans()).anyMatch(s -> s.kind() == Span.Kind.MARKER_LABEL
                && lines[s.line()].substring(s.start(), s.end()).contains("z=1"));
        assertThat(plot.spans()).filteredOn(s -> s.kind() == Span.Kind.BAND_LABEL).hasSize(2);
    }

    @ParameterizedTest(name = "|z| > {0} on [{1}, {2}]")
    @CsvSource({"5, -10, 10", "4.595, -10, 10", "2.5, -4, 4", "3, 0, 8"})
    void bandsShadeExactlyTheColumnsBeyondTheThreshold(double t, double from, double to) {
        Plot plot = Plotter.render(List.of(new Series("flat", z -> Double.NaN)),
                PlotOptions.defaults().withRange(from, to).withThreshold(t));
        PlotReader read = new PlotReader(plot, false);
        int shaded = 0;
        for (int c = 0; c < read.columns(); c++) {
            double x = read.xAt(c, from, to, read.columns());
            boolean inBand = read.charAt(3, read.leftBorder + 1 + c) == '.';
            assertThat(inBand).as("column %d, z=%s", c, x).isEqualTo(Math.abs(x) > t);
            if (inBand) shaded++;
        }
        assertThat(shaded).isPositive();
        assertThat(read.lines.get(1)).contains("saturated");
    }

    @Test
    void onlyNaNAndInfinitiesDrawAnEmptyFrameWithoutFailing() {
        List<Series> nothing = List.of(new Series("nan", z -> Double.NaN),
                new Series("inf", z -> z > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY));
        Plot plot = Plotter.render(nothing, PlotOptions.defaults().withMark(0));
        assertThat(plot.lines()).hasSize(20);
        assertThat(String.join("\n", plot.lines().subList(1, 20))).doesNotContain("*", "o", "@");
    }

    @Test
    void gapsWhereTheFunctionIsUndefined() {
        Plot plot = Plotter.render(List.of(new Series("sqrt(z)", Math::sqrt)), PlotOptions.defaults());
        PlotReader read = new PlotReader(plot, false);
        PlotReader.Panel p = read.panels.get(0);
        for (int c = 0; c < read.columns(); c++) {
            double x = read.xAt(c, -10, 10, read.columns());
            boolean drawn = false;
            for (int r = 0; r < p.rows(); r++) drawn |= read.cell(p, r, c) == '*';
            assertThat(drawn).as("column %d (z=%s)", c, x).isEqualTo(x >= 0);
        }
    }

    @Test
    void sizesBeyondTheMaximumAreDrawnAtTheMaximum() {
        Plot plot = Plotter.render(PlotOptions.defaults().withSize(1000, 1000));
        assertThat(plot.lines()).hasSize(PlotOptions.MAX_HEIGHT);
        assertThat(plot.lines()).allMatch(l -> l.length() < PlotOptions.MAX_WIDTH);
    }

    @Test
    void badRangesAndSizesBecomeOneLineMessages() {
        assertThat(Plotter.render(PlotOptions.defaults().withRange(5, -5)).lines())
                .containsExactly("cannot plot z from 5 to -5: need finite from < to");
        assertThat(Plotter.render(PlotOptions.defaults().withSize(80, 7)).lines())
                .containsExactly("too small to plot: needs 30x8, have 80x7");
        assertThat(Plotter.render(PlotOptions.defaults().withSize(0, 0)).lines()).containsExactly("");
        assertThat(Plotter.render(List.of(), PlotOptions.defaults()).lines()).containsExactly("nothing to plot");
    }

    @Test
    void autoPicksUnicodeOnlyForUtf8() {
        assertThat(Tier.forCharset(StandardCharsets.UTF_8)).isEqualTo(Tier.UNICODE);
        assertThat(Tier.forCharset(StandardCharsets.US_ASCII)).isEqualTo(Tier.ASCII);
        assertThat(Tier.forCharset(StandardCharsets.ISO_8859_1)).isEqualTo(Tier.ASCII);
        assertThat(Tier.parse("auto", StandardCharsets.US_ASCII)).isEqualTo(Tier.ASCII);
        assertThat(Tier.parse(" Unicode ", StandardCharsets.US_ASCII)).isEqualTo(Tier.UNICODE);
    }
}
