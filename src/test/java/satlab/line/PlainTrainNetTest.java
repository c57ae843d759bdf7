package satlab.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.lesson.CourseLoader;
import satlab.store.SafeStore;
import satlab.store.Store;

/** A train-net block in the plain tutor: the 72-column report with both runs and their verdicts. */
class PlainTrainNetTest {

    @TempDir Path data;

    @Test
    void thePlainTutorTrainsBothRunsAndSaysWhichLearned() {
        CourseLoader.LoadResult loaded = CourseLoader.load(Path.of("src/test/resources/lessons/training/cure.md"));
        assertThat(loaded.diagnostics()).isEmpty();
        Terminals.Session s = Terminals.dumb("\nq\n", 100);
        try (Store store = SafeStore.open(data.resolve("satlab.db"))) {
            PlainTutor.Settings settings = new PlainTutor.Settings("ada", OptionalLong.of(1), false);
            assertThat(new PlainTutor(s.terminal(), loaded.course(), store, settings, Clock.systemUTC()).run())
                    .isZero();
        }
        String t = s.transcript();
        assertThat(t).contains("Training lab:").contains("run 1: 2 x 32 sigmoid, N(0,1) x 4, quadratic; xor")
                .contains("test accuracy by epoch:").contains("run 1: STUCK").contains("run 2: LEARNED");
        String report = t.substring(t.indexOf("run 1: 2 x 32"), t.indexOf("run 2: LEARNED"));
        assertThat(report.lines()).allMatch(l -> l.length() <= 72);
        assertThat(report.chars().allMatch(c -> c < 128)).as("a dumb terminal gets ASCII").isTrue();
    }
}
