package satlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk with no room left, made for real: a 256 KiB tmpfs (mounting needs root, as CI is; the
 * test is skipped elsewhere). SQLite reports it as an I/O error mapping its shared memory; the
 * learner must hear that the disk is full, and reports must still read what was saved.
 */
class DiskFullTest {

    @TempDir Path dir;
    private Path mount;

    private boolean mountTiny() throws Exception {
        mount = Files.createDirectory(dir.resolve("tiny"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) new ProcessBuilder("umount", mount.toString()).start().waitFor();
    }

    @Test
    void aFullDiskIsCalledFullAndWhatWasSavedCanStillBeRead() throws Exception {
        assumeTrue(mountTiny(), "needs root to mount a tmpfs");
        Path db = mount.resolve("d").resolve("satlab.db");
        try (SqliteStore store = SqliteStore.open(db)) {
            store.savePosition("ada", "sigmoid", 2, 6);
        }
        try (OutputStream fill = Files.newOutputStream(mount.resolve("fill"))) {
            byte[] block = new byte[4096];
            while (true) fill.write(block);
        } catch (java.io.IOException full) {
            // the disk is full now
        }
        assertThat(StoreLocation.diskFull(db)).isTrue();
        assertThatThrownBy(() -> SqliteStore.open(db)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is full").hasMessageNotContaining("failing");
        try (SqliteStore read = SqliteStore.openReadOnly(db)) {
            assertThat(read.lastLesson("ada")).contains("sigmoid");
        }
    }
}
