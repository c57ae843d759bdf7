package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRenderingTest {

    @Test
    void tableHasAHeaderATitleRowAndOneRowPerLayer() {
        NetworkResult r = Network.run(NetworkConfig.defaults().withLayers(3).withWidth(32).withBatch(16));
        List<String> lines = NetworkText.table(r);
        assertThat(lines).hasSize(2 + 3);
        assertThat(lines.get(0)).contains("3 x 32 sigmoid").contains("|z| > 5").contains("seed 1");
        assertThat(lines.get(1)).contains("layer").contains("saturated").contains("gain").contains("rms dC/dw");
        assertThat(lines.get(4).trim()).startsWith("3 ");
        assertThat(lines.get(2)).contains(NetworkText.pct(r.layer(1).saturated()));
    }

    @Test
    void barsScaleToTheFullestBinAndShowShares() {
        Histogram h = new Histogram(0, 1, new long[] {10, 0, 5, 1});
        List<String> lines = NetworkText.bars(h, 20, Glyphs.ASCII);
        assertThat(lines).hasSize(4);
        assertThat(count(lines.get(0), '#')).isEqualTo(20);
        assertThat(count(lines.get(1), '#')).isZero();
        assertThat(count(lines.get(2), '#')).isEqualTo(10);
        assertThat(count(lines.get(3), '#')).isEqualTo(2); // 1/10 of 20 columns
        assertThat(lines.get(0)).contains("62.5 %");
        assertThat(lines.get(3)).contains("0.75").contains("6.3 %");
    }

    @Test
    void percentagesNeverRoundToZeroOrAHundredWhenTheyAreNot() {
        assertThat(NetworkText.pct(0.58)).isEqualTo("58.0 %");
        assertThat(NetworkText.pct(0.82553)).isEqualTo("82.6 %");
        assertThat(NetworkText.pct(0.99996)).isEqualTo("99.996 %");
        assertThat(NetworkText.pct(1)).isEqualTo("100 %");
        assertThat(NetworkText.pct(0)).isEqualTo("0 %");
        assertThat(NetworkText.pct(4.46e-5)).isEqualTo("0.00446 %");
    }

    @Test
    void saturationBarsAreProportionalToTheSaturatedShare() {
        NetworkResult r = Network.run(NetworkConfig.defaults().withLayers(2).withWidth(64).withBatch(16));
        List<String> lines = NetworkText.saturationBars(r, 50, Glyphs.ASCII);
        assertThat(lines).hasSize(2);
        for (int l = 0; l < 2; l++) {
            long want = Math.round(r.layers().get(l).saturated() * 50);
            assertThat(count(lines.get(l), '#')).isEqualTo(want);
            assertThat(lines.get(l)).endsWith(NetworkText.pct(r.layers().get(l).saturated()) + " saturated");
        }
    }

    @Test
    void sparklineHasOneCharacterPerBinAndMarksEveryNonEmptyBin() {
        Histogram h = new Histogram(-1, 1, new long[] {100, 0, 1, 50, 100});
        assertThat(NetworkText.sparkline(h, Glyphs.ASCII)).isEqualTo("@ .=@");
        assertThat(NetworkText.sparkline(h, Glyphs.UNICODE)).hasSize(5).startsWith("█ ▁");
    }

    @Test
    void curveInterpolatesBetweenEpochsAndIsUndefinedOutside() {
        TrainResult r = Trainer.run(TrainConfig.nielsen(0.6, 0.9, Cost.QUADRATIC).withEpochs(10));
        var output = r.curve(TrainText.Quantity.OUTPUT);
        assertThat(output.applyAsDouble(3)).isEqualTo(r.at(3).output());
        assertThat(output.applyAsDouble(3.5)).isCloseTo((r.at(3).output() + r.at(4).output()) / 2, within(1e-15));
        assertThat(output.applyAsDouble(10)).isEqualTo(r.at(10).output());
        assertThat(output.applyAsDouble(-0.1)).isNaN();
        assertThat(output.applyAsDouble(10.1)).isNaN();
        assertThat(r.curve(TrainText.Quantity.COST).applyAsDouble(0)).isEqualTo(r.at(0).cost());
    }

    @Test
    void trainingTableListsTheChosenEpochs() {
        TrainResult a = Trainer.run(TrainConfig.nielsen(2, 2, Cost.QUADRATIC));
        TrainResult b = Trainer.run(TrainConfig.nielsen(0.6, 0.9, Cost.QUADRATIC));
        int[] epochs = TrainText.epochsEvery(300, 50);
        assertThat(epochs).containsExactly(0, 50, 100, 150, 200, 250, 300);
        assertThat(TrainText.table(List.of(a), epochs)).hasSize(8);
        List<String> race = TrainText.table(List.of(a, b), epochs);
        assertThat(race.get(0)).contains("output 1").contains("cost 2");
        assertThat(race.get(4)).contains(satlab.engine.Format.number(a.at(150).output()))
                .contains(satlab.engine.Format.number(b.at(150).output()));
        assertThat(TrainText.epochsEvery(7, 5)).containsExactly(0, 5, 7);
        assertThat(TrainText.defaultStep(300)).isEqualTo(25);
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
