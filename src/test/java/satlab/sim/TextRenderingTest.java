package satlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRenderingTest {

    @Test
    void tableHasAHeaderATitleRowAndOneRowPerLayer() {
        NetworkResult r = Network.run(NetworkConfig.defaults().withLayers(3).withWidth(32).withBatch(16));
        List<String> lines = NetworkText.table(r);
        assertThat(lines).hasSize(2 + 3);
        assertThat(lines.get(0)).contains("3 x 32 sigmoid").contains("|z| > 5").contains("seed 1");
        assertThat(lines.get(1)).contains("layer").contains("saturated").contains("grad norm");
        assertThat(lines.get(4).trim()).startsWith("3 ");
        assertThat(lines.get(2)).contains(satlab.engine.Format.percent(100 * r.layer(1).saturated()));
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
        assertThat(lines.get(3)).contains("0.75").contains("6.25 %");
    }

    @Test
    void sparklineHasOneCharacterPerBinAndMarksEveryNonEmptyBin() {
        Histogram h = new Histogram(-1, 1, new long[] {100, 0, 1, 50, 100});
        assertThat(NetworkText.sparkline(h, Glyphs.ASCII)).isEqualTo("@ .=@");
        assertThat(NetworkText.sparkline(h, Glyphs.UNICODE)).hasSize(5).startsWith("█ ▁");
    }

    @Test
    void chartPlacesEachSeriesAtItsValues() {
        TextChart.Series rising = new TextChart.Series("up", '*', new double[] {0, 0.5, 1});
        List<String> lines = TextChart.render(List.of(rising), 9, 3, 0, 1, "epoch", Glyphs.ASCII);
        // 3 plot rows, the x axis, its labels, one legend line.
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).endsWith("*");
        assertThat(lines.get(0).trim()).startsWith("1 |");
        assertThat(lines.get(1).trim()).startsWith("0.5 |").contains("*");
        assertThat(lines.get(2).trim()).startsWith("0 |*");
        assertThat(lines.get(4)).contains("epoch").contains("2");
        assertThat(lines.get(5)).contains("*  up");
    }

    @Test
    void trainingTableListsTheChosenEpochs() {
        TrainResult a = Trainer.run(TrainConfig.nielsen(2, 2, Cost.QUADRATIC));
        TrainResult b = Trainer.run(TrainConfig.nielsen(0.6, 0.9, Cost.QUADRATIC));
        int[] epochs = TrainText.epochsEvery(300, 50);
        assertThat(epochs).containsExactly(0, 50, 100, 150, 200, 250, 300);
        assertThat(TrainText.table(List.of(a), epochs)).hasSize(8);
        List<String> race = TrainText.table(List.of(a, b), epochs);
        assertThat(race.get(0)).contains("* output").contains("o output");
        assertThat(race.get(4)).contains(satlab.engine.Format.number(a.at(150).output()))
                .contains(satlab.engine.Format.number(b.at(150).output()));
        assertThat(TrainText.epochsEvery(7, 5)).containsExactly(0, 5, 7);
        assertThat(TrainText.defaultStep(300)).isEqualTo(25);
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }
}
