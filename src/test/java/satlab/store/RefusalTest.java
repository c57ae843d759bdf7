package satlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files satlab must not touch: refused with a clear message, left byte for byte as they were. */
class RefusalTest {

    @TempDir Path dir;

    private Path file() {
        return dir.resolve("satlab.db");
    }

    private void assertRefusedAndUntouched(Path file, String... messageParts) throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        assertThatThrownBy(() -> SqliteStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("left untouched")
                .hasMessageContaining("--data DIR")
                .hasMessageContainingAll(messageParts);

        SafeStore safe = SafeStore.open(file);
        assertThat(safe.isSaving()).isFalse();
        assertThat(safe.status().message()).startsWith("progress is not being saved: ").contains(messageParts);
        safe.savePosition("ada", "sigmoid", 1, 3);
        assertThat(safe.position("ada", "sigmoid")).isPresent();
        safe.close();

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(dir.resolve("satlab.db-wal")).doesNotExist();
    }

    private static void sql(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        }
    }

    @Test
    void aFileThatIsNotADatabase() throws IOException {
        Files.writeString(file(), "name,score\nada,3\n");
        assertRefusedAndUntouched(file(), "damaged or is not a satlab database");
    }

    @Test
    void aDatabaseWithDamagedPages() throws Exception {
        Path file = file();
        try (SqliteStore store = SqliteStore.open(file)) {
            for (int i = 0; i < 200; i++) {
                store.recordAttempt(SqliteStoreTest.answer("ada", "sigmoid", i, "q" + i, "answer " + i, true));
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(3 * 4096);
        for (int i = 2 * 4096 + 8; i < 2 * 4096 + 400; i++) bytes[i] = (byte) 0x5A; // page 3: a b-tree page
        Files.write(file, bytes);
        assertRefusedAndUntouched(file, "damaged");
    }

    @Test
    void aDatabaseFromANewerSatlab() throws Exception {
        sql(file(), "PRAGMA application_id = " + Schema.APPLICATION_ID, "CREATE TABLE future (x)",
                "PRAGMA user_version = " + (Schema.CURRENT + 7));
        assertRefusedAndUntouched(file(), "newer satlab", "schema version " + (Schema.CURRENT + 7),
                "understands up to " + Schema.CURRENT);
    }

    @Test
    void anotherProgramsDatabase() throws Exception {
        sql(file(), "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)", "INSERT INTO invoices VALUES (1, 9.5)");
        assertRefusedAndUntouched(file(), "another program");
    }

    @Test
    void anEmptyFileIsTakenAsANewDatabase() throws IOException {
        Files.createFile(file());
        try (SqliteStore store = SqliteStore.open(file())) {
            store.savePosition("ada", "sigmoid", 0, 2);
            assertThat(store.lastLesson("ada")).contains("sigmoid");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedFallsBackToMemory() throws IOException {
        Path blocker = Files.writeString(dir.resolve("notes.txt"), "a file where a directory should be");
        Path file = blocker.resolve("satlab.db");
        assertThatThrownBy(() -> SqliteStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(blocker.toString())
                .hasMessageContaining("not a directory");

        try (SafeStore store = SafeStore.open(file)) {
            assertThat(store.isSaving()).isFalse();
            assertThat(store.status().message()).contains("not a directory");
            store.recordAttempt(SqliteStoreTest.answer("ada", "sigmoid", 0, "q", "0.5", true));
            assertThat(store.attempts("ada", "sigmoid")).singleElement().extracting(Attempt::correct).isEqualTo(true);
        }
    }

    @Test
    void aReadOnlyDirectoryFallsBackToMemoryAndSaysSo() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Path file = readOnly.resolve("satlab.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.savePosition("ada", "sigmoid", 1, 3);
        }
        byte[] before = Files.readAllBytes(file);
        assertThat(readOnly.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly),
                    "running as root: permissions do not stop writes (the full-disk test covers the fallback)");
            assertThatThrownBy(() -> SqliteStore.open(file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("read-only").hasMessageContaining("--data DIR");
            try (SafeStore store = SafeStore.open(file)) {
                assertThat(store.isSaving()).isFalse();
                assertThat(store.status().message()).contains("read-only");
                store.savePosition("ada", "sigmoid", 2, 3);
                assertThat(store.position("ada", "sigmoid").orElseThrow().step()).isEqualTo(2);
            }
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void aFullDiskMidSessionKeepsTheLessonGoingInMemoryWithEverythingSoFar() {
        Path file = file();
        // A 40-page ceiling stands in for a full disk: SQLite reports SQLITE_FULL exactly as it would.
        SqliteStore small = SqliteStore.open(file, new StepClock(SqliteStoreTest.T0), java.util.List.of("max_page_count = 40"));
        int saved = 0;
        try (SafeStore store = SafeStore.over(file, small)) {
            store.savePosition("ada", "sigmoid", 1, 3);
            String longAnswer = "0.99995 ".repeat(200);
            while (store.isSaving()) {
                assertThat(saved).as("the ceiling must be reached").isLessThan(10_000);
                store.recordAttempt(SqliteStoreTest.answer("ada", "sigmoid", saved, "q" + saved, longAnswer, true));
                saved++;
            }
            assertThat(store.status().message()).startsWith("progress is not being saved: ").contains("full");
            store.recordAttempt(SqliteStoreTest.answer("ada", "sigmoid", saved, "last", "0.5", false));

            assertThat(store.attempts("ada", "sigmoid")).hasSize(saved + 1);
            assertThat(store.position("ada", "sigmoid")).isPresent();
            assertThat(store.attempts("ada", "sigmoid").stream().filter(Attempt::correct)).hasSize(saved);
        }
        try (SqliteStore reopened = SqliteStore.open(file)) {
            assertThat(reopened.history(Optional.empty())).hasSize(saved - 1);
        }
    }
}
