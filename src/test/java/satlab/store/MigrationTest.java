package satlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by the first released schema opens in this satlab with everything in it. */
class MigrationTest {

    @TempDir Path dir;

    /** Schema version 1 exactly as satlab 0.1 wrote it (no reset column on attempts). */
    private static final String[] VERSION_1 = {
        "PRAGMA application_id = 1396790348",
        "CREATE TABLE learners (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, last_lesson TEXT,"
                + " created_at INTEGER NOT NULL)",
        "CREATE TABLE positions (learner_id INTEGER NOT NULL REFERENCES learners(id), lesson_id TEXT NOT NULL,"
                + " step INTEGER NOT NULL, step_count INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                + " PRIMARY KEY (learner_id, lesson_id))",
        "CREATE TABLE attempts (id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL REFERENCES learners(id),"
                + " lesson_id TEXT NOT NULL, quiz_index INTEGER NOT NULL, fingerprint TEXT NOT NULL,"
                + " seed INTEGER NOT NULL, answer TEXT NOT NULL, correct INTEGER NOT NULL, answered_at INTEGER NOT NULL)",
        "CREATE TABLE completions (learner_id INTEGER NOT NULL REFERENCES learners(id), lesson_id TEXT NOT NULL,"
                + " completed_at INTEGER NOT NULL, PRIMARY KEY (learner_id, lesson_id))",
        "PRAGMA user_version = 1",
        "INSERT INTO learners VALUES (1, 'ada', 'sigmoid', 1767600000000)",
        "INSERT INTO positions VALUES (1, 'sigmoid', 3, 7, 1767600100000)",
        "INSERT INTO attempts VALUES (1, 1, 'sigmoid', 0, 'f0', 11, '0.5', 0, 1767600200000)",
        "INSERT INTO attempts VALUES (2, 1, 'sigmoid', 0, 'f0', 11, '0.99995', 1, 1767600300000)",
        "INSERT INTO attempts VALUES (3, 1, 'tanh', 0, 'f1', 12, '1', 1, 1767600400000)",
        "INSERT INTO completions VALUES (1, 'tanh', 1767600500000)",
    };

    @Test
    void version1DataIsKeptAndTheNewColumnWorks() throws Exception {
        Path file = dir.resolve("satlab.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : VERSION_1) s.execute(sql);
        }

        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.lastLesson("ada")).contains("sigmoid");
            Position p = store.position("ada", "sigmoid").orElseThrow();
            assertThat(p.describe()).isEqualTo("4 of 7");
            assertThat(p.updatedAt()).isEqualTo(Instant.ofEpochMilli(1767600100000L));
            assertThat(store.attempts("ada", "sigmoid")).hasSize(2).last()
                    .satisfies(a -> assertThat(a.record().answer()).isEqualTo("0.99995"))
                    .satisfies(a -> assertThat(a.record().seed()).isEqualTo(11))
                    .satisfies(a -> assertThat(a.record().fingerprint()).isEqualTo("f0"))
                    .satisfies(a -> assertThat(a.record().quizId()).isEmpty())
                    .satisfies(a -> assertThat(a.record().attempt()).isEqualTo(1))
                    .satisfies(a -> assertThat(a.reset()).isFalse());
            assertThat(p.furthest()).isEqualTo(3);
            assertThat(p.startedAt()).isEqualTo(p.updatedAt());
            assertThat(store.completedLessons("ada")).containsExactly("tanh");
            assertThat(store.history(Optional.empty())).hasSize(3);

            store.reset("ada", Optional.of("sigmoid"));
            assertThat(store.attempts("ada", "sigmoid")).isEmpty();
            assertThat(store.history(Optional.of("sigmoid"))).allMatch(Attempt::reset);
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Schema.CURRENT).isGreaterThan(1);
        }
    }

    @Test
    void reopeningACurrentDatabaseMigratesNothing() {
        Path file = dir.resolve("satlab.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            store.savePosition("ada", "sigmoid", 0, 1);
        }
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.lastLesson("ada")).contains("sigmoid");
        }
    }
}
