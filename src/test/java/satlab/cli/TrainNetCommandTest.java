package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static satlab.cli.CommandRun.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `satlab network --train` and `satlab check` on train-net blocks, through Main's command line. */
class TrainNetCommandTest {

    private static final Path FIXTURES = Path.of(System.getProperty("satlab.basedir", "."))
            .resolve("src/test/resources/lessons");

    @Test
    void trainPrintsATableAChartTheLayersTheRegionsAndAVerdict() {
        CommandRun.Result r = run("network", "--train", "--data", "xor", "--layers", "2", "--scale", "4", "--eta",
                "0.1", "--epochs", "40", "--every", "10", "--compare", "cost=cross-entropy", "--ascii");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        String out = r.out();
        assertThat(out).contains("run 1: 2 x 32 sigmoid, N(0,1) x 4, quadratic; xor")
                .contains("run 2: 2 x 32 sigmoid, N(0,1) x 4, cross-entropy; xor");
        assertThat(out.lines().filter(l -> l.matches("\\s+(0|10|20|30|40) \\|.*"))).hasSize(5);
        assertThat(out).contains("test accuracy by epoch:").contains("layers:").contains("regions at the end");
        assertThat(out).contains("run 1: STUCK").contains("run 2: LEARNED");
        assertThat(out.chars().allMatch(c -> c < 128)).as("--ascii output is 7-bit").isTrue();
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        String[] args = {"network", "--train", "--epochs", "5", "--seed", "3"};
        assertThat(run(args).out()).isEqualTo(run(args).out());
    }

    @Test
    void badTrainingOptionsAreUsageErrorsThatNameTheOption() {
        CommandRun.Result r = run("network", "--train", "--data", "moons");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--train: unknown data set 'moons' (expected blobs, xor, circles or spirals)");
        CommandRun.Result lab = run("network", "--train", "--bias", "normal:1");
        assertThat(lab.exit()).isEqualTo(2);
        assertThat(lab.err()).contains("--bias belongs to the layer-stack lab");
    }

    @Test
    void checkValidatesTrainNetBlocks() {
        CommandRun.Result good = run("check", FIXTURES.resolve("training/cure.md").toString());
        assertThat(good.out()).isEqualTo("checked 1 lesson: 0 errors, 0 warnings\n");
        assertThat(good.exit()).isZero();
        CommandRun.Result bad = run("check", FIXTURES.resolve("malformed/train-net.md").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out() + bad.err()).contains("train-net.md:6:7: error: unknown data set 'moons'");
    }

    @Test
    void helpNamesTheTrainingOptions() {
        String help = run("network", "--help").out();
        assertThat(help).contains("--train").contains("--compare").contains("--scale").contains("--cost")
                .contains("Glorot");
    }
}
