package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TutorStartTest {

    @Test
    void readsTheTutorsOwnOptionsInBothForms() {
        TutorOptions o = TutorStart.parse(new String[] {"--ascii", "--data", "/tmp/d", "--seed=7", "--lessons=l", "--no-color"});
        assertThat(o).isNotNull();
        assertThat(o.ascii).isTrue();
        assertThat(o.noColor).isTrue();
        assertThat(o.data).isEqualTo(Path.of("/tmp/d"));
        assertThat(o.lessons).isEqualTo(Path.of("l"));
        assertThat(o.seed).isEqualTo(7L);
        assertThat(TutorStart.parse(new String[0])).isNotNull();
    }

    @Test
    void leavesEverythingElseToTheFullCommandTree() {
        assertThat(TutorStart.parse(new String[] {"eval", "1+1"})).isNull();
        assertThat(TutorStart.parse(new String[] {"--help"})).isNull();
        assertThat(TutorStart.parse(new String[] {"--seed", "abc"})).isNull();
        assertThat(TutorStart.parse(new String[] {"--data"})).isNull();
        assertThat(TutorStart.parse(new String[] {"--data="})).isNull();
        assertThat(TutorStart.parse(new String[] {"--bogus"})).isNull();
    }
}
