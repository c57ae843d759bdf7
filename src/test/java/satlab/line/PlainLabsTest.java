package satlab.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;
import satlab.store.SafeStore;
import satlab.store.Store;

/** The bundled lessons' network and train blocks, played in the plain tutor. */
class PlainLabsTest {

    @TempDir Path data;
    private Store store;

    @BeforeEach
    void setUp() {
        store = SafeStore.open(data.resolve("satlab.db"));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private String play(String lessonFile, String input, boolean color) {
        CourseLoader.LoadResult loaded = CourseLoader.load(Path.of("lessons", lessonFile));
        assertThat(loaded.diagnostics()).isEmpty();
        Course course = loaded.course();
        Terminals.Session s = Terminals.dumb(input, 80);
        PlainTutor.Settings settings = new PlainTutor.Settings("ada", OptionalLong.of(1), color);
        assertThat(new PlainTutor(s.terminal(), course, store, settings, Clock.systemUTC()).run()).isZero();
        return s.transcript();
    }

    /** The numbers of the row that starts with this number in the first table after `after`. */
    private static double[] row(String transcript, String after, int first) {
        String rest = transcript.substring(transcript.indexOf(after));
        int epochs = rest.indexOf(" epoch ");
        int layers = rest.indexOf("\nlayer  ");
        rest = rest.substring(epochs < 0 ? layers : layers < 0 ? epochs : Math.min(epochs, layers));
        return rest.lines().map(String::strip).filter(l -> l.startsWith(first + " ")).findFirst()
                .map(l -> Arrays.stream(l.split("\\s+")).filter(c -> c.matches("-?[0-9.]+(e-?[0-9]+)?"))
                        .mapToDouble(Double::parseDouble).toArray())
                .orElseThrow(() -> new AssertionError("no row " + first + " after " + after + " in\n" + transcript));
    }

    @Test
    void lessonFiveRacesTheStartsAndTheCostsWithRealFigures() {
        // Menu Enter opens step 1; six more Enters reach step 7, "Race the costs".
        String t = play("05-slow-learning.md", "\n\n\n\n\n\n\n\n\nq\n", false);
        assertThat(t).contains("Step 5 of 10: Race them")
                .contains("Training race (2 runs): the output a by epoch, then a table.")
                .contains("run 1: start (2, 2), quadratic; x = 1, y = 0, eta = 0.15, 300 epochs")
                .contains("run 2: start (0.6, 0.9), quadratic")
                .contains("Step 8 of 10: Race the costs")
                .contains("run 2: start (2, 2), cross-entropy");
        // Nielsen ch. 3 (facts sheet): from (2, 2) still about 0.93 after 150 epochs;
        // from (0.6, 0.9) the output falls quickly.
        double[] race = row(t, "Step 5 of 10", 150);
        assertThat(race[1]).isCloseTo(0.93, within(0.005));
        assertThat(race[3]).isLessThan(0.5);
        // Cross-entropy from the same saturated start falls fast; quadratic has barely moved.
        double[] costs = row(t, "Step 8 of 10", 25);
        assertThat(costs[1]).isGreaterThan(0.95);
        assertThat(costs[3]).isLessThan(0.5);
        assertThat(t.substring(t.indexOf("Step 5 of 10"), t.indexOf("Step 6 of 10")).chars())
                .as("ASCII without --color").allMatch(c -> c < 128 || "σ·−≈".indexOf(c) >= 0);
        assertThat(t.substring(t.indexOf("Step 5 of 10")).split("\n")).allMatch(l -> l.length() < 80);
    }

    @Test
    void lessonSevenShowsNielsensNeuronUnscaledAndScaled() {
        String t = play("07-initialisation.md", "\n\n\n\n\n\n\n\n\nq\n", false);
        String of = " of " + CourseLoader.load(Path.of("lessons", "07-initialisation.md")).course().lessons().get(0)
                .steps().size();
        assertThat(t).contains("Step 6" + of + ": Nielsen's 1000 inputs").contains("Layer-stack lab:")
                .contains("1 x 100 sigmoid, 1000 inputs").contains("Step 7" + of + ": Scaled by fan-in");
        // At 80 columns the narrow table: layer, sd z, pred sd, saturated, rms f', gain, rms dC/dw.
        assertThat(t).contains("layer      sd z  pred sd  saturated   rms f'   gain  rms dC/dw");
        // Facts sheet: sd of z = √501 = 22.38 unscaled, √1.5 = 1.22 with N(0, 1/1000) weights.
        double[] unscaled = row(t, "Step 6" + of, 1);
        assertThat(unscaled[2]).isCloseTo(Math.sqrt(501), within(0.01));
        assertThat(unscaled[3] / 100).isCloseTo(0.823, within(0.05));
        double[] scaled = row(t, "Step 7" + of, 1);
        assertThat(scaled[2]).isCloseTo(Math.sqrt(1.5), within(0.001));
        assertThat(t.substring(t.indexOf("Step 6" + of)).split("\n")).as("every line of the labs fits 80 columns")
                .allMatch(l -> l.length() < 80);
        assertThat(t).contains("layer   1 |").doesNotContain("█");
    }

    @Test
    void colourOnAUtf8TerminalDrawsWithBlocks() {
        String t = play("07-initialisation.md", "\n\n\n\n\n\n\nq\n", true);
        assertThat(t).contains("layer   1 │").contains("█");
    }
}
