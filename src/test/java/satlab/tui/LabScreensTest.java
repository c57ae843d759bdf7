package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.engine.Format;
import satlab.sim.Cost;
import satlab.sim.Init;
import satlab.sim.InputDistribution;
import satlab.sim.LayerStats;
import satlab.sim.Network;
import satlab.sim.NetworkConfig;
import satlab.sim.NetworkResult;
import satlab.sim.NetworkText;
import satlab.sim.TrainConfig;
import satlab.sim.Trainer;
import satlab.store.SafeStore;

/**
 * The network lab and the training race on Lanterna's virtual terminal at 80×24,
 * driven key by key; the figures they must show come from satlab.sim run on the
 * same settings, and the facts sheet's numbers bound them.
 */
class LabScreensTest {

    @TempDir Path data;
    Harness h;
    final ManualExecutor executor = new ManualExecutor();

    @AfterEach
    void close() {
        if (h != null) h.close();
    }

    private Harness start(Theme theme) throws IOException {
        Path lessons = data.resolve("lessons");
        Files.createDirectories(lessons);
        Files.writeString(lessons.resolve("01-labs.md"), """
                ---
                id: labs
                title: Labs
                order: 1
                ---
                Nielsen's neuron: 1000 inputs, half of them on.

                ```network
                layers: 1
                inputs: 1000
                width: 100
                input: binary:0.5
                init: normal:1
                bias: normal:1
                ```

                ## Race

                The race.

                ```train
                start: 2, 2
                start: 0.6, 0.9
                cost: quadratic
                ```
                """);
        h = new Harness(SafeStore.open(data.resolve("satlab.db")), theme, 80, 24, "ada", lessons, executor);
        return h;
    }

    /** The share the screen shows for a layer, read from its row. */
    private static double shownShare(List<String> lines, int layer) {
        Pattern row = Pattern.compile("^\\s+" + layer + " [│|].{16}[│|]\\s+([0-9.e-]+) %");
        for (String l : lines) {
            Matcher m = row.matcher(l);
            if (m.find()) return Double.parseDouble(m.group(1)) / 100;
        }
        throw new AssertionError("no row for layer " + layer + " in\n" + String.join("\n", lines));
    }

    private static String rowOf(List<String> lines, int layer) {
        return lines.stream().filter(l -> l.matches("^\\s+" + layer + " [│|].*")).findFirst().orElseThrow();
    }

    @Test
    void wInTheMenuOpensTheLabWithEveryLayersSaturationAsTheSimulationComputesIt() throws IOException {
        start(Theme.DEFAULT).type("w");
        NetworkResult expected = Network.run(NetworkConfig.defaults());
        List<String> lines = h.lines();
        assertThat(lines.get(0)).contains("network lab");
        assertThat(h.text()).contains("5 x 100 sigmoid").contains("N(0, 1²)").contains("saturated (|z|>5)");
        for (LayerStats s : expected.layers()) {
            String row = rowOf(lines, s.layer());
            assertThat(row).contains(NetworkText.pct(s.saturated())).contains(Format.number(s.slopeRms()))
                    .contains(Format.number(s.weightGradientRms()));
        }
        assertThat(expected.layers()).anyMatch(s -> s.saturated() >= NetworkText.MOSTLY);
        assertThat(h.text()).contains("SATURATED:").doesNotContain("PARTLY");
        assertThat(lines.get(23)).contains("+/- layers").contains("i init").contains("Esc back");
        assertThat(h.text()).doesNotContain("computing");
    }

    @Test
    void nielsensNeuronFromALessonBlockShowsAboutEightyTwoPercentSaturated() throws IOException {
        start(Theme.DEFAULT).press(Key.Type.ENTER);
        assertThat(h.text()).contains("network lab").contains("Enter opens the lab");
        h.press(Key.Type.TAB).press(Key.Type.ENTER);
        // 1000 inputs x 100 neurons x 256 samples is heavy enough for the worker.
        assertThat(h.text()).contains("computing");
        executor.runAll();
        h.deliver();
        double shown = shownShare(h.lines(), 1);
        NetworkConfig c = new NetworkConfig(1, 100, 1000, 256, InputDistribution.parse("binary:0.5"),
                new Init.Normal(1), satlab.sim.Bias.parse("normal:1"), satlab.engine.Activation.SIGMOID, Double.NaN,
                10, 1);
        assertThat(NetworkText.pct(shown)).isEqualTo(NetworkText.pct(Network.run(c).layer(1).saturated()));
        // Facts sheet: P(|z| > 5) ≈ 0.82 for sd(z) ≈ 22.4; 25 600 samples, so within ±0.02.
        assertThat(shown).isBetween(0.80, 0.84);
    }

    @Test
    void xavierInitialisationShrinksTheSaturatedShare() throws IOException {
        start(Theme.DEFAULT).type("w");
        double normal = shownShare(h.lines(), 3);
        h.type("i");
        assertThat(h.text()).contains("LeCun");
        h.type("i");
        assertThat(h.text()).contains("Xavier").doesNotContain("SATURATED:");
        double xavier = shownShare(h.lines(), 3);
        assertThat(xavier).isLessThan(normal / 10);
        NetworkConfig c = NetworkConfig.defaults().withInit(new Init.Xavier());
        assertThat(NetworkText.pct(xavier)).isEqualTo(NetworkText.pct(Network.run(c).layer(3).saturated()));
        h.type("0");
        assertThat(shownShare(h.lines(), 3)).isEqualTo(normal);
    }

    @Test
    void aHeavySettingComputesOffTheUiThreadWithProgressAndTheOldRowsStayMeanwhile() throws IOException {
        start(Theme.DEFAULT).type("w").type("]");
        assertThat(executor.pending()).isEqualTo(1);
        String computing = h.text();
        assertThat(computing).contains("computing… forward pass 0/5 layers")
                .contains("the rows above are the previous settings").contains("5 x 200 sigmoid");
        assertThat(rowOf(h.lines(), 5)).isNotEmpty();
        h.type("]");
        assertThat(h.text()).contains("5 x 500 sigmoid");
        executor.runAll();
        h.deliver();
        NetworkResult expected = Network.run(NetworkConfig.defaults().withWidth(500));
        assertThat(h.text()).doesNotContain("computing");
        for (LayerStats s : expected.layers()) {
            assertThat(rowOf(h.lines(), s.layer())).contains(NetworkText.pct(s.saturated()))
                    .contains(Format.number(s.weightGradientRms()));
        }
    }

    @Test
    void theRaceFromATrainBlockShowsBothCurvesAndTheSaturatedStartStillNearPointNineThreeAtEpoch150()
            throws IOException {
        start(Theme.DEFAULT).press(Key.Type.ENTER).type("n");
        assertThat(h.text()).contains("training race").contains("run 1: start (2, 2), quadratic")
                .contains("run 2: start (0.6, 0.9), quadratic");
        h.press(Key.Type.TAB).press(Key.Type.ENTER);
        assertThat(h.lines().get(0)).contains("training race").contains("epoch 0 of 300");
        h.type("               ");
        String screen = h.text();
        assertThat(h.lines().get(0)).contains("epoch 150 of 300");
        double slow = Trainer.run(TrainConfig.nielsen(2, 2, Cost.QUADRATIC)).at(150).output();
        double fast = Trainer.run(TrainConfig.nielsen(0.6, 0.9, Cost.QUADRATIC)).at(150).output();
        assertThat(slow).isBetween(0.92, 0.94);
        assertThat(screen).contains("run 1 start (2, 2), quadratic   output " + Format.number(slow))
                .contains("run 2 start (0.6, 0.9), quadratic   output " + Format.number(fast));
        assertThat(screen).contains("target y = 0");
        h.press(Key.Type.ENTER);
        assertThat(h.lines().get(0)).contains("epoch 300 of 300");
        assertThat(h.text()).contains("the whole race");
        h.press(Key.Type.ESC);
        assertThat(h.lines().get(0)).doesNotContain("training race");
    }

    @Test
    void rPlaysTheRaceAFrameAtATimeThroughTheEventQueueAndAnyKeyStopsIt() throws IOException {
        start(Theme.DEFAULT).press(Key.Type.ENTER).type("n").press(Key.Type.TAB).press(Key.Type.ENTER);
        h.type("r");
        assertThat(h.text()).contains("playing; any key stops it");
        assertThat(executor.pending()).isEqualTo(1);
        executor.runAll();
        h.deliver();
        assertThat(h.lines().get(0)).contains("epoch 10 of 300");
        // r twice more: the first play's frame is stale and must not move the race twice.
        h.type("r").type("r");
        executor.runAll();
        h.deliver();
        assertThat(h.lines().get(0)).contains("epoch 20 of 300");
        for (int frames = 0; frames < 100 && executor.pending() > 0; frames++) {
            executor.runAll();
            h.deliver();
        }
        assertThat(h.lines().get(0)).contains("epoch 300 of 300");
        assertThat(h.text()).contains("the whole race");
        assertThat(executor.pending()).isZero();
        h.type("r");
        assertThat(h.lines().get(0)).contains("epoch 0 of 300");
        h.type("p");
        executor.runAll();
        h.deliver();
        assertThat(h.lines().get(0)).contains("epoch 0 of 300");
        assertThat(h.text()).doesNotContain("playing");
    }

    @Test
    void asciiLabScreensHoldOnlySevenBitCharacters() throws IOException {
        start(new Theme(true, false)).type("w");
        assertThat(h.text()).contains("SATURATED:");
        assertThat(h.text().chars().allMatch(c -> c < 128)).isTrue();
        h.type("]");
        assertThat(h.text()).contains("computing... forward pass");
        assertThat(h.text().chars().allMatch(c -> c < 128)).isTrue();
        h.press(Key.Type.ESC).press(Key.Type.ESC).press(Key.Type.ENTER).type("n").press(Key.Type.TAB)
                .press(Key.Type.ENTER).type("      ");
        assertThat(h.lines().get(0)).contains("training race");
        assertThat(h.text().chars().allMatch(c -> c < 128)).isTrue();
    }

    @Test
    void aStackTooDeepForTheScreenShowsItsFirstAndLastLayersAndStillItsVerdict() throws IOException {
        start(Theme.DEFAULT).type("w").type("+".repeat(15));
        executor.runAll();
        h.deliver();
        NetworkResult expected = Network.run(NetworkConfig.defaults().withLayers(20));
        List<String> lines = h.lines();
        assertThat(h.text()).contains("20 x 100 sigmoid").containsPattern("\\.\\.\\. \\d+ more layers \\.\\.\\.")
                .contains("SATURATED:").doesNotContain("computing");
        assertThat(rowOf(lines, 1)).contains(NetworkText.pct(expected.layer(1).saturated()));
        assertThat(rowOf(lines, 20)).contains(NetworkText.pct(expected.layer(20).saturated()));
        assertThat(lines.get(23)).contains("Esc back");
    }

    @Test
    void theHelpOverlayListsTheLabKeys() throws IOException {
        start(Theme.DEFAULT).type("w").type("?").press(Key.Type.END);
        assertThat(h.text()).contains("Labs").contains("layers; width; init; normal sd");
    }

    @Test
    void aNarrowScreenKeepsTheGainAndTheGradientReachingTheWeights() throws IOException {
        start(Theme.DEFAULT).resize(60, 18).type("w");
        NetworkResult expected = Network.run(NetworkConfig.defaults());
        String first = rowOf(h.lines(), 1);
        assertThat(first).contains(NetworkText.pct(expected.layer(1).saturated()))
                .contains(NetworkText.gain(expected.layer(1)))
                .contains(Format.number(expected.layer(1).weightGradientRms()));
        assertThat(h.lines()).allMatch(l -> l.stripTrailing().length() <= 60);
        assertThat(h.text()).contains("SATURATED:").contains("gain");
    }
}
