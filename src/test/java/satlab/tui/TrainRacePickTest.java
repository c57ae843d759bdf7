package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.sim.Cost;
import satlab.sim.TrainConfig;
import satlab.sim.Trainer;
import satlab.store.SafeStore;

/** Picking a training race's start point on the curve: s, the arrows, Enter; and the words on why. */
class TrainRacePickTest {

    @TempDir Path data;
    Harness h;

    @AfterEach
    void close() {
        if (h != null) h.close();
    }

    private void open(int columns, int rows, Theme theme) throws IOException {
        Path lessons = Files.createDirectories(data.resolve("lessons"));
        Files.writeString(lessons.resolve("01-race.md"), """
                ---
                id: race
                title: Race
                ---
                The race.

                ```train
                start: 2, 2
                start: 0.6, 0.9
                cost: quadratic
                ```
                """);
        h = new Harness(SafeStore.open(data.resolve("satlab.db")), theme, columns, rows, "ada", lessons, null);
        h.press(Key.Type.ENTER).press(Key.Type.TAB).press(Key.Type.ENTER);
        assertThat(h.state.top()).isInstanceOf(Screen.TrainLabScreen.class);
    }

    private TrainLab lab() {
        return ((Screen.TrainLabScreen) h.state.top()).lab();
    }

    @Test
    void theArrowsMoveTheStartAlongTheCurveAndEnterTrainsFromIt() throws IOException {
        open(80, 24, new Theme(false, true));
        assertThat(h.text()).contains("s picks it on the curve");
        h.type("s");
        assertThat(lab().picking()).isTrue();
        assertThat(lab().editing()).isFalse();
        assertThat(h.text()).contains("pick run 1's start").contains("the cost at the start, by w")
                .contains("w=2").contains("start (2, 2)").contains("first step |dC/dw| 0.01735").contains("starts SLOWLY");
        // Down the curve to w = 0.5, then the bias down to 1: z = 1.5, where sigma' is 60% of its peak.
        h.press(Key.Type.LEFT, 6).press(Key.Type.DOWN, 4);
        assertThat(lab().picker().w()).isCloseTo(0.5, within(1e-12));
        assertThat(lab().picker().b()).isCloseTo(1, within(1e-12));
        assertThat(h.text()).contains("w=0.5").contains("start (0.5, 1)").contains("60% of its peak")
                .contains("starts fast").doesNotContain("SLOWLY");
        // Nothing is trained until Enter takes the start.
        assertThat(lab().runs().get(0).config().w()).isEqualTo(2);
        h.press(Key.Type.ENTER);
        assertThat(lab().picking()).isFalse();
        TrainConfig now = lab().runs().get(0).config();
        assertThat(now.w()).isCloseTo(0.5, within(1e-12));
        assertThat(now.b()).isCloseTo(1, within(1e-12));
        assertThat(lab().runs().get(0)).isEqualTo(Trainer.run(now));
        assertThat(h.text()).contains("run 1 start (0.5, 1), quadratic");
    }

    @Test
    void tabPicksTheNextRunEscLeavesItAndWTypesThePointPicked() throws IOException {
        open(80, 24, new Theme(false, true));
        h.type("s").press(Key.Type.TAB);
        assertThat(lab().picker().run()).isEqualTo(1);
        assertThat(h.text()).contains("pick run 2's start").contains("start (0.6, 0.9)");
        h.press(Key.Type.RIGHT, 2).press(Key.Type.ESC);
        assertThat(lab().picking()).isFalse();
        assertThat(lab().runs().get(1).config().w()).isEqualTo(0.6);
        // From the curve to the field: the start picked so far, ready to edit.
        h.type("s").press(Key.Type.UP).type("w");
        assertThat(lab().editing()).isTrue();
        assertThat(lab().editor().field().text()).isEqualTo("2, 2.25");
        h.press(Key.Type.ENTER);
        assertThat(lab().runs().get(0).config().b()).isEqualTo(2.25);
    }

    @Test
    void thePickerFitsAt60x18InAscii() throws IOException {
        open(60, 18, new Theme(true, false));
        h.type("s").press(Key.Type.LEFT, 6);
        for (String l : h.lines()) assertThat(l.length()).isLessThanOrEqualTo(60);
        assertThat(h.text().chars().allMatch(c -> c < 128)).isTrue();
        assertThat(h.text()).contains("w=0.5").contains("starts fast").contains("Enter train");
    }

    @Test
    void theCurvesAreTheStartsCostAndFirstStep() {
        TrainConfig run = TrainConfig.nielsen(0, 2, Cost.QUADRATIC);
        var curves = TrainLabView.curves(run);
        // At w = 2 the cost is the start's and the step is (a - y) sigma'(z) x, the quadratic's gradient.
        double z = 4, a = 1 / (1 + Math.exp(-z));
        assertThat(curves.get(0).function().applyAsDouble(2)).isCloseTo(a * a / 2, within(1e-12));
        assertThat(curves.get(1).function().applyAsDouble(2)).isCloseTo(a * a * (1 - a), within(1e-12));
        // Cross-entropy's first step is a - y: no sigma' to flatten it.
        var ce = TrainLabView.curves(TrainConfig.nielsen(0, 2, Cost.CROSS_ENTROPY));
        assertThat(ce.get(1).function().applyAsDouble(2)).isCloseTo(a, within(1e-12));
        // The picker stops where more weight saturates no further.
        assertThat(new TrainLab.StartPicker(0, 50, -50).w()).isEqualTo(TrainLab.StartPicker.LIMIT);
    }
}
