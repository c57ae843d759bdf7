package satlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import satlab.engine.Activation;

/**
 * The pictures a learner sees, pinned as golden files: any change to the drawing
 * shows up as a diff to read. Each test also checks the one fact its picture is
 * about, so a regenerated golden file cannot silently bless a broken plot.
 */
class PlotGoldenTest {
    private static final PlotOptions AT_80X20 = PlotOptions.defaults().withSize(80, 20);

    private static String render(PlotOptions options) {
        return Plotter.render(options).text();
    }

    @Test
    void sigmaAndItsGradientAscii() {
        String text = render(AT_80X20);
        assertThat(text.lines()).hasSize(20).first().asString().contains("* sigmoid(z)   o dsigmoid(z)");
        Golden.check("sigma-ascii-80x20.txt", text);
    }

    @Test
    void sigmaAndItsGradientUnicode() {
        String text = render(AT_80X20.withTier(Tier.UNICODE));
        assertThat(text).contains("┌", "┘", "sigmoid(z)", "dsigmoid(z)");
        Golden.check("sigma-unicode-80x20.txt", text);
    }

    @Test
    void markerInsideTheRange() {
        String ascii = render(AT_80X20.withMark(2));
        assertThat(ascii).contains(" z=2 ", "@");
        Golden.check("marker-2-ascii-80x20.txt", ascii);
        String unicode = render(AT_80X20.withTier(Tier.UNICODE).withMark(-1.5));
        assertThat(unicode).contains(" z=-1.5 ", "●");
        Golden.check("marker-minus1.5-unicode-80x20.txt", unicode);
    }

    @Test
    void markerBeyondTheRangeBecomesAnEdgeArrow() {
        String right = render(AT_80X20.withMark(12));
        assertThat(right).contains("z=12 ->").doesNotContain("@");
        Golden.check("marker-12-ascii-80x20.txt", right);
        String left = render(AT_80X20.withTier(Tier.UNICODE).withMark(-30));
        assertThat(left).contains("← z=-30").doesNotContain("●");
        Golden.check("marker-minus30-unicode-80x20.txt", left);
    }

    /** The Q&A's neuron: z = 10, deep in the right band where σ' is 4.54e-5. */
    @Test
    void saturationBandsWithTheQandAsNeuron() {
        PlotOptions qa = PlotOptions.defaults().withSize(80, 24).withThreshold(5).withMark(10);
        String ascii = render(qa);
        assertThat(ascii).contains("saturated", "z=10");
        Golden.check("bands-ascii-80x24.txt", ascii);
        Golden.check("bands-unicode-80x24.txt", render(qa.withTier(Tier.UNICODE)));
    }

    @Test
    void overlayWithTwoScales() {
        PlotOptions overlay = PlotOptions.defaults().withSize(60, 16).withLayout(Layout.OVERLAY).withMark(1);
        String ascii = render(overlay);
        assertThat(ascii).contains("(left scale)", "(right scale)");
        Golden.check("overlay-ascii-60x16.txt", ascii);
        Golden.check("overlay-unicode-60x16.txt", render(overlay.withTier(Tier.UNICODE)));
    }

    @Test
    void smallestSizes() {
        PlotOptions tiny = PlotOptions.defaults().withSize(30, 8).withMark(3);
        Golden.check("tiny-ascii-30x8.txt", render(tiny));
        Golden.check("tiny-unicode-30x8.txt", render(tiny.withTier(Tier.UNICODE)));
        Golden.check("tiny-stacked-ascii-30x11.txt", render(tiny.withHeight(11)));
    }

    @Test
    void belowTheMinimumIsOneLine() {
        Plot plot = Plotter.render(PlotOptions.defaults().withSize(29, 20));
        assertThat(plot.lines()).hasSize(1);
        assertThat(plot.isMessage()).isTrue();
        assertThat(plot.lines().get(0)).hasSizeLessThan(29);
        Golden.check("too-small-29x20.txt", plot.text());
    }

    @Test
    void tanhAndItsGradientOnTheirOwnRange() {
        List<Series> tanh = List.of(new Series("tanh(z)", Math::tanh), new Series("dtanh(z)", Activation::dtanh));
        String text = Plotter.render(tanh, PlotOptions.defaults().withRange(-4, 4).withSize(64, 18)
                .withTier(Tier.UNICODE).withThreshold(2.5)).text();
        assertThat(text).contains("-1", "saturated");
        Golden.check("tanh-unicode-64x18.txt", text);
    }
}
