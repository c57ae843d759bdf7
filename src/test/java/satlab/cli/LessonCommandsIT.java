package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `satlab check` and `satlab run` from the packaged jar, as an instructor's CI runs them. */
class LessonCommandsIT {

    private static final Path BASE = Path.of(System.getProperty("satlab.basedir", "."));

    @Test
    void checkTheBundledCourse() throws Exception {
        JarRunner.Result r = JarRunner.run("check", BASE.resolve("lessons").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("checked 8 lessons and the course index (course.md): 0 errors, 0 warnings\n");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void playTheReviewHeadless() throws Exception {
        JarRunner.Result r = JarRunner.run("run", BASE.resolve("lessons/08-review.md").toString(), "--answers",
                BASE.resolve("src/test/resources/lessons/answers/08-review.txt").toString(), "--seed", "1");
        assertThat(r.out()).contains("A sigmoid neuron outputs a = ").endsWith("score: 8/8\n");
        assertThat(r.exitCode()).isZero();
    }
}
