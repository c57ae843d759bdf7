package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.sim.Cost;
import satlab.sim.Init;
import satlab.sim.TrainNetConfig;
import satlab.store.SafeStore;

/**
 * The training lab, key by key on Lanterna's virtual terminal. Training runs on an
 * executor the test drives by hand, so each chunk arrives when the test says.
 */
class TrainNetLabTest {

    @TempDir Path data;
    Harness h;
    final ManualExecutor executor = new ManualExecutor();

    @AfterEach
    void close() {
        if (h != null) h.close();
    }

    private Harness start(Theme theme, int columns, int rows) throws IOException {
        return start(theme, columns, rows, 40);
    }

    private Harness start(Theme theme, int columns, int rows, int epochs) throws IOException {
        Path lessons = data.resolve("lessons");
        Files.createDirectories(lessons);
        Files.writeString(lessons.resolve("01-cure.md"), """
                ---
                id: cure
                title: The cure
                order: 1
                ---
                Train both.

                ```train-net
                data: xor
                layers: 2
                scale: 4
                eta: 0.1
                epochs: %d
                compare: cost=cross-entropy
                ```
                """.formatted(epochs));
        h = new Harness(SafeStore.open(data.resolve("satlab.db")), theme, columns, rows, "ada", lessons, executor);
        return h;
    }

    private TrainNetLab lab() {
        return ((Screen.TrainNetLabScreen) h.state.top()).lab();
    }

    /** Opens the lesson's training lab: Enter opens the lesson, Tab focuses the block, Enter opens it. */
    private void open() {
        h.press(Key.Type.ENTER).press(Key.Type.TAB).press(Key.Type.ENTER);
        assertThat(h.state.top()).isInstanceOf(Screen.TrainNetLabScreen.class);
    }

    /** Runs the worker's chunk and hands its result to the tutor, as the event loop would. */
    private void chunk() {
        executor.runAll();
        h.deliver();
    }

    @Test
    void theLabTrainsInChunksOnTheWorkerUntilTheLastEpoch() throws IOException {
        start(new Theme(false, true), 80, 24);
        open();
        assertThat(lab().runs()).hasSize(2);
        assertThat(lab().runs().get(0).history()).isEmpty();
        assertThat(executor.pending()).isEqualTo(1);
        assertThat(h.text()).contains("measuring the start");
        int chunks = 0;
        while (!lab().finished() && chunks < 100) {
            chunk();
            chunks++;
        }
        assertThat(lab().finished()).isTrue();
        assertThat(executor.pending()).isZero();
        assertThat(lab().runs().get(0).history()).hasSize(41);
        String screen = h.text();
        assertThat(screen).contains("epoch 40 of 40").contains("run 1").contains("run 2").contains("out")
                .contains("finished");
        for (String l : h.lines()) assertThat(l.length()).isLessThanOrEqualTo(80);
        // The lab's figures are the simulation's: the same runs trained off screen.
        assertThat(lab().runs().get(1).history()).isEqualTo(satlab.sim.NetTraining.run(
                lab().runs().get(1).config()).epochs());
    }

    @Test
    void spacePausesAndResumesAndAChunkArrivingWhilePausedAsksForNoMore() throws IOException {
        // A chunk trains as many epochs as fit in its time on the worker, so on a quiet machine 40
        // epochs can be done in one: enough epochs that two chunks never finish the run.
        start(new Theme(false, true), 80, 24, 2000);
        open();
        chunk();
        h.type(" ");
        assertThat(lab().paused()).isTrue();
        assertThat(h.text()).contains("paused");
        int pending = executor.pending();
        chunk();
        assertThat(executor.pending()).isZero();
        int epoch = lab().runs().get(0).epoch();
        h.type(" ");
        assertThat(lab().paused()).isFalse();
        assertThat(executor.pending()).isEqualTo(1);
        chunk();
        assertThat(lab().runs().get(0).epoch()).isGreaterThanOrEqualTo(epoch);
        assertThat(pending).isLessThanOrEqualTo(1);
    }

    @Test
    void plusAndMinusChangeTheRateWithoutRestartingAndZeroRestartsWithTheSameSeed() throws IOException {
        start(new Theme(false, true), 80, 24);
        open();
        chunk();
        int generation = lab().generation();
        List<satlab.sim.EpochStats> before = lab().runs().get(0).history();
        h.type("+");
        assertThat(lab().runs().get(0).config().eta()).isEqualTo(0.2);
        assertThat(lab().generation()).isEqualTo(generation);
        assertThat(lab().runs().get(0).history()).isEqualTo(before);
        h.type("--");
        assertThat(lab().runs().get(0).config().eta()).isEqualTo(0.05);
        h.type("0");
        assertThat(lab().generation()).isEqualTo(generation + 1);
        assertThat(lab().runs().get(0).history()).isEmpty();
        // A chunk of the old generation arriving now is dropped; the new one trains from epoch 0.
        chunk();
        assertThat(lab().runs().get(0).history().get(0).layers()).isEqualTo(before.get(0).layers());
        assertThat(lab().runs().get(0).history().get(0).trainLoss()).isEqualTo(before.get(0).trainLoss());
    }

    @Test
    void changingTheInitOrTheScaleRestartsAndVComparesInitsActivationsOrCosts() throws IOException {
        start(new Theme(false, true), 80, 24);
        open();
        chunk();
        int g = lab().generation();
        h.type(">");
        assertThat(lab().generation()).isEqualTo(g + 1);
        assertThat(lab().runs().get(0).config().scale()).isEqualTo(8);
        h.type("i");
        assertThat(lab().generation()).isEqualTo(g + 2);
        assertThat(lab().runs().get(0).config().init()).isEqualTo(new Init.LeCun());
        // cost -> none -> init -> activation
        h.type("v");
        assertThat(lab().runs()).hasSize(1);
        h.type("v");
        assertThat(lab().runs().get(1).config().init()).isEqualTo(new Init.Xavier());
        h.type("v");
        assertThat(lab().runs().get(1).config().activation()).isEqualTo(satlab.engine.Activation.TANH);
        h.type("v");
        assertThat(lab().runs().get(1).config().cost()).isEqualTo(Cost.CROSS_ENTROPY);
        // ... and back to the block's own comparison.
        h.type("v");
        assertThat(lab().compare()).isEqualTo(TrainNetLab.Compare.CUSTOM);
        assertThat(h.text()).contains("run 2: cost=cross-entropy");
        h.press(Key.Type.ESC);
        assertThat(h.state.top()).isInstanceOf(Screen.Pager.class);
    }

    @Test
    void everyScreenFitsAt80x24And60x18InUnicodeAndAscii() throws IOException {
        for (Theme theme : new Theme[] {new Theme(false, true), new Theme(true, false)}) {
            for (int[] size : new int[][] {{80, 24}, {60, 18}}) {
                if (h != null) h.close();
                start(theme, size[0], size[1]);
                open();
                chunk();
                chunk();
                List<String> lines = h.lines();
                assertThat(lines).hasSize(size[1]);
                for (String l : lines) assertThat(l.length()).as(String.join("\n", lines)).isLessThanOrEqualTo(size[0]);
                String text = h.text();
                assertThat(text).as(text).contains("training lab").contains("layer").contains("out");
                if (theme.ascii()) assertThat(text.chars().allMatch(c -> c < 128)).as(text).isTrue();
                // The chart and the regions fit beside each other even at 60 columns.
                assertThat(text).contains("run 1").contains("run 2");
            }
        }
    }

    @Test
    void aBlocksOwnComparisonSurvivesRestartsAndOtherSettings() {
        TrainNetConfig big = TrainNetConfig.defaults().withScale(4);
        TrainNetLab lab = TrainNetLab.open("t", List.of(big, big.withScale(1)), "scale=1");
        TrainNetLab.Step up = lab.key(Key.of('>'));
        assertThat(up.train()).isTrue();
        assertThat(up.lab().runs().get(0).config().scale()).isEqualTo(8);
        assertThat(up.lab().runs().get(1).config().scale()).isEqualTo(1);
        TrainNetLab.Step tanh = up.lab().key(Key.of('a'));
        assertThat(tanh.lab().runs().get(1).config()).isEqualTo(big.withScale(1).withActivation(
                satlab.engine.Activation.TANH));
        // A stale chunk (of the lab before the restart) changes nothing.
        LabEvent.Trained stale = new LabEvent.Trained(lab.generation(), List.of(), List.of(), List.of());
        assertThat(tanh.lab().on(stale).lab()).isEqualTo(tanh.lab());
        assertThat(tanh.lab().on(stale).train()).isFalse();
    }

    @Test
    void theFreeLabOpensFromTheMenuWithT() throws IOException {
        start(new Theme(false, true), 80, 24);
        h.type("t");
        assertThat(lab().runs()).singleElement().extracting(TrainNetLab.Run::config)
                .isEqualTo(TrainNetConfig.defaults());
    }
}
