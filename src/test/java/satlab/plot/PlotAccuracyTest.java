package satlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import satlab.engine.Activation;

/**
 * Reads plots back (axis labels and drawn cells only) and checks every plotted
 * point against the true function: within one cell in ASCII, within one dot in
 * braille, with no column left empty and no vertical gap between neighbours.
 */
class PlotAccuracyTest {

    private static final List<Series> ALL = List.of(
            Series.SIGMOID,
            Series.DSIGMOID,
            new Series("tanh(z)", Math::tanh),
            new Series("dtanh(z)", Activation::dtanh),
            new Series("sin(z)", Math::sin),
            new Series("z^2/7", z -> z * z / 7),
            new Series("exp(z)", Math::exp));

    @ParameterizedTest(name = "{0} at {1}x{2} on [{3}, {4}]")
    @CsvSource({
        "0, 80, 20, -10, 10", "1, 80, 20, -10, 10", "0, 31, 9, -10, 10", "1, 173, 41, -6, 6",
        "2, 80, 24, -4, 4", "3, 57, 13, -3, 3", "4, 300, 100, -7, 7", "5, 45, 17, -3.5, 2",
        "6, 99, 30, -10, 10", "0, 120, 60, -40, 40"
    })
    void eachSeriesAloneSitsWithinOneCellAndOneDot(int index, int width, int height, double from, double to) {
        Series s = ALL.get(index);
        PlotOptions options = PlotOptions.defaults().withSize(width, height).withRange(from, to);
        checkAscii(Plotter.render(List.of(s), options), List.of(s), from, to);
        checkBraille(Plotter.render(List.of(s), options.withTier(Tier.UNICODE)), List.of(s), from, to);
    }

    @ParameterizedTest(name = "σ over σ' at {0}x{1}")
    @CsvSource({"80, 20", "80, 24", "30, 11", "132, 43", "61, 15"})
    void stackedPanelsEachReadOnTheirOwnScale(int width, int height) {
        PlotOptions options = PlotOptions.defaults().withSize(width, height);
        Plot ascii = Plotter.render(options);
        assertThat(new PlotReader(ascii, false).panels).hasSize(2);
        checkAscii(ascii, Series.defaults(), -10, 10);
        checkBraille(Plotter.render(options.withTier(Tier.UNICODE)), Series.defaults(), -10, 10);
    }

    @ParameterizedTest(name = "marker at z={0}")
    @CsvSource({"2", "-1.5", "0", "4.7", "-10", "10"})
    void markerPointsSitOnTheCurves(double z) {
        PlotOptions options = PlotOptions.defaults().withMark(z);
        PlotReader read = new PlotReader(Plotter.render(options), false);
        for (int i = 0; i < 2; i++) {
            PlotReader.Panel p = read.panels.get(i);
            double y = Series.defaults().get(i).function().applyAsDouble(z);
            int markerColumn = (int) Math.round((z + 10) / 20 * (read.columns() - 1));
            int row = -1;
            for (int r = 0; r < p.rows(); r++) if (read.cell(p, r, markerColumn) == '@') row = r;
            assertThat(row).as("'@' in panel %d at column %d", i, markerColumn).isNotNegative();
            assertThat(Math.abs(row - p.rowOf(y))).as("row of σ%s(%s)", i == 0 ? "" : "'", z).isLessThanOrEqualTo(1.0);
        }
        assertThat(read.lines.get(1)).contains(" z=" + satlab.engine.Format.number(z) + " ");
    }

    private static void checkAscii(Plot plot, List<Series> series, double from, double to) {
        PlotReader read = new PlotReader(plot, false);
        assertThat(read.panels).hasSizeGreaterThanOrEqualTo(1);
        int columns = read.columns();
        for (int i = 0; i < series.size(); i++) {
            PlotReader.Panel p = read.panels.get(Math.min(i, read.panels.size() - 1));
            char glyph = Glyphs.ASCII.seriesGlyph(i);
            List<int[]> runs = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int top = Integer.MAX_VALUE;
                int bottom = Integer.MIN_VALUE;
                for (int r = 0; r < p.rows(); r++) {
                    if (read.cell(p, r, c) == glyph) {
                        top = Math.min(top, r);
                        bottom = Math.max(bottom, r);
                    }
                }
                runs.add(new int[] {top, bottom});
                double x = read.xAt(c, from, to, columns);
                double want = p.rowOf(series.get(i).function().applyAsDouble(x));
                assertThat(top).as("%s drawn in column %d (z=%s)", series.get(i).label(), c, x).isLessThan(Integer.MAX_VALUE);
                assertThat(want).as("%s at z=%s vs rows %d..%d", series.get(i).label(), x, top, bottom)
                        .isBetween(top - 1.0, bottom + 1.0);
            }
            assertContinuous(runs, series.get(i).label());
        }
    }

    private static void checkBraille(Plot plot, List<Series> series, double from, double to) {
        PlotReader read = new PlotReader(plot, true);
        int dotsAcross = read.columns() * 2;
        for (int i = 0; i < series.size(); i++) {
            PlotReader.Panel p = read.panels.get(Math.min(i, read.panels.size() - 1));
            int dotsDown = p.rows() * 4;
            List<int[]> runs = new ArrayList<>();
            for (int d = 0; d < dotsAcross; d++) {
                int top = Integer.MAX_VALUE;
                int bottom = Integer.MIN_VALUE;
                for (int r = 0; r < p.rows(); r++) {
                    for (int dy = 0; dy < 4; dy++) {
                        if (PlotReader.dot(read.cell(p, r, d / 2), d % 2, dy)) {
                            top = Math.min(top, r * 4 + dy);
                            bottom = Math.max(bottom, r * 4 + dy);
                        }
                    }
                }
                runs.add(new int[] {top, bottom});
                double x = read.xAt(d, from, to, dotsAcross);
                double y = series.get(i).function().applyAsDouble(x);
                // The label rows bound the panel: the top label is at the top dot of
                // row 0 and the bottom label at the bottom dot of the last row.
                double want = (p.hi() - y) / (p.hi() - p.lo()) * (dotsDown - 1);
                assertThat(top).as("%s drawn at dot column %d", series.get(i).label(), d).isLessThan(Integer.MAX_VALUE);
                assertThat(want).as("%s at z=%s vs dots %d..%d", series.get(i).label(), x, top, bottom)
                        .isBetween(top - 1.0, bottom + 1.0);
            }
            assertContinuous(runs, series.get(i).label());
        }
    }

    private static void assertContinuous(List<int[]> runs, String label) {
        for (int c = 1; c < runs.size(); c++) {
            int[] a = runs.get(c - 1);
            int[] b = runs.get(c);
            assertThat(Math.max(a[0], b[0]) - Math.min(a[1], b[1]))
                    .as("%s: gap between columns %d and %d", label, c - 1, c).isLessThanOrEqualTo(1);
        }
    }

    static DoubleUnaryOperator f(Series s) {
        return s.function();
    }
}
