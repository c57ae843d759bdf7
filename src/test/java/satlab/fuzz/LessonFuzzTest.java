package satlab.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The fuzz suite at a size that keeps {@code mvn verify} quick; {@code bench/fuzz} runs the
 * same mutants by the hundred thousand.
 */
class LessonFuzzTest {

    @Test
    void lessonMutantsNeitherCrashNorHangAndEveryDiagnosticIsPositioned() throws Exception {
        LessonFuzz fuzz = new LessonFuzz(LessonFuzz.defaultSeeds(Path.of(System.getProperty("satlab.basedir", "."))),
                3_000, 20_000);
        LessonFuzz.Report report = fuzz.run(15, 120);
        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.clean()).isTrue();
        assertThat(report.diagnostics()).as("the mutants are broken often enough to test the linter").isGreaterThan(100);
        assertThat(report.playable()).as("and often still playable, to test the front ends").isGreaterThan(10);
    }
}
