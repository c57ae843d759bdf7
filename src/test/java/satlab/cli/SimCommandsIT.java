package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The network and train commands from the packaged jar, as a user runs them. */
class SimCommandsIT {

    @Test
    void networkRunsFromTheJar() throws Exception {
        JarRunner.Result r = JarRunner.run("network", "--layers", "3", "--width", "64", "--batch", "32");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 x 64 sigmoid").contains("saturated").contains("activations per layer");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void trainRunsFromTheJar() throws Exception {
        JarRunner.Result r = JarRunner.run("train", "--start", "2,2", "--compare", "0.6,0.9", "--ascii");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("run 1: start (2, 2), quadratic").contains("0.9334");
    }

    @Test
    void badOptionsExitWithTwoAndOneClearLine() throws Exception {
        JarRunner.Result r = JarRunner.run("network", "--init", "huge");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().findFirst().orElseThrow()).startsWith("satlab: ").contains("unknown init 'huge'");
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }
}
