package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostKeyTest {
    @TempDir Path dir;

    @Test
    void theFirstStartMakesAPrivateKeyAndLaterStartsReuseIt() throws Exception {
        Path file = dir.resolve("data/host_key");
        HostKey first = HostKey.load(file);
        assertThat(first.created()).isTrue();
        assertThat(first.fingerprint()).matches("SHA256:[A-Za-z0-9+/]{43}");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        HostKey second = HostKey.load(file);
        assertThat(second.created()).isFalse();
        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void anUnreadableKeyFileIsNeverReplaced() throws Exception {
        Path file = dir.resolve("host_key");
        Files.writeString(file, "not a key");
        assertThatThrownBy(() -> HostKey.load(file)).isInstanceOf(LabConfigException.class)
                .hasMessageContaining("could not be read");
        assertThat(Files.readString(file)).isEqualTo("not a key");
    }
}
