package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.sim.StartWords;
import satlab.sim.TrainConfig;
import satlab.sim.Cost;
import satlab.store.SafeStore;

/** The training race's editable start points and the words on why a start is slow or fast. */
class TrainRaceStartsTest {

    @TempDir Path data;
    Harness h;

    @AfterEach
    void close() {
        if (h != null) h.close();
    }

    private void open(int columns, int rows, Theme theme) throws IOException {
        Path lessons = data.resolve("lessons");
        Files.createDirectories(lessons);
        Files.writeString(lessons.resolve("01-race.md"), """
                ---
                id: race
                title: Race
                order: 1
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
    void wTypesARunsStartAndEnterTrainsItAgainFromThere() throws IOException {
        open(80, 24, new Theme(false, true));
        assertThat(h.text()).contains("starts SLOWLY").contains("starts fast");
        h.type("w");
        assertThat(lab().editing()).isTrue();
        assertThat(h.text()).contains("start of run 1");
        // Letters are text here, not shortcuts (q would quit, e open the explorer).
        h.type("qe");
        assertThat(h.state.quit()).isFalse();
        h.press(Key.Type.ENTER);
        assertThat(h.text()).contains("is not a start point");
        for (int i = 0; i < 10; i++) h.press(Key.Type.BACKSPACE);
        h.type("0.5,0.5").press(Key.Type.ENTER);
        assertThat(lab().editing()).isFalse();
        TrainConfig now = lab().runs().get(0).config();
        assertThat(now.w()).isEqualTo(0.5);
        assertThat(now.b()).isEqualTo(0.5);
        assertThat(lab().runs().get(0)).isEqualTo(satlab.sim.Trainer.run(now));
        assertThat(h.text()).contains("start (0.5, 0.5), quadratic");
        // Tab moves to the second run's field; Esc leaves without changing it.
        h.type("w").press(Key.Type.TAB);
        assertThat(lab().editor().run()).isEqualTo(1);
        assertThat(lab().editor().field().text()).isEqualTo("0.6, 0.9");
        h.press(Key.Type.ESC);
        assertThat(lab().editing()).isFalse();
        assertThat(lab().runs().get(1).config().w()).isEqualTo(0.6);
    }

    @Test
    void theRaceFitsAt60x18WithTheFieldOpen() throws IOException {
        open(60, 18, new Theme(true, false));
        h.type("w");
        for (String l : h.lines()) assertThat(l.length()).isLessThanOrEqualTo(60);
        assertThat(h.text()).contains("start of run 1").contains("run 2");
        assertThat(h.text().chars().allMatch(c -> c < 128)).isTrue();
    }

    @Test
    void theWordsSayWhyAStartIsSlowOrFast() {
        assertThat(StartWords.why(TrainConfig.nielsen(2, 2, Cost.QUADRATIC)))
                .contains("z = 4").contains("7% of its peak").contains("saturated").contains("SLOWLY");
        assertThat(StartWords.why(TrainConfig.nielsen(0.6, 0.9, Cost.QUADRATIC))).contains("z = 1.5")
                .contains("starts fast");
        assertThat(StartWords.why(TrainConfig.nielsen(2, 2, Cost.CROSS_ENTROPY))).contains("no sigma'(z)")
                .contains("even this saturated start");
        assertThat(StartWords.why(TrainConfig.nielsen(-3, -3, Cost.QUADRATIC))).contains("next to the target");
    }
}
