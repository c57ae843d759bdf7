package satlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void dataDirectoryWins() {
        assertThat(StoreLocation.databaseFile(Optional.of(Path.of("/srv/lab")), "/state", "/home/ada"))
                .isEqualTo(Path.of("/srv/lab/satlab.db"));
    }

    @Test
    void xdgStateHomeWhenSetAndAbsolute() {
        assertThat(StoreLocation.databaseFile(Optional.empty(), "/var/state", "/home/ada"))
                .isEqualTo(Path.of("/var/state/satlab/satlab.db"));
    }

    @Test
    void homeLocalStateWhenXdgIsUnsetEmptyOrRelative() {
        Path expected = Path.of("/home/ada/.local/state/satlab/satlab.db");
        assertThat(StoreLocation.databaseFile(Optional.empty(), null, "/home/ada")).isEqualTo(expected);
        assertThat(StoreLocation.databaseFile(Optional.empty(), "", "/home/ada")).isEqualTo(expected);
        assertThat(StoreLocation.databaseFile(Optional.empty(), "relative/state", "/home/ada")).isEqualTo(expected);
    }
}
