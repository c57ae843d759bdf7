package satlab.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database layout and the migrations that build it. The schema version lives in SQLite's
 * {@code PRAGMA user_version}; migration {@code n} takes a database from version {@code n} to
 * {@code n + 1}. Migrations are only ever appended: a released migration is never edited.
 */
final class Schema {

    /** "SATL": marks the file as satlab's, so another program's database is never migrated. */
    static final int APPLICATION_ID = 0x5341544C;

    private static final List<List<String>> MIGRATIONS = List.of(
            // 0 -> 1: learners, positions, answers, completions.
            List.of(
                    "PRAGMA application_id = " + APPLICATION_ID,
                    """
                    CREATE TABLE learners (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        last_lesson TEXT,
                        created_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE positions (
                        learner_id INTEGER NOT NULL REFERENCES learners(id),
                        lesson_id TEXT NOT NULL,
                        step INTEGER NOT NULL,
                        step_count INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL,
                        PRIMARY KEY (learner_id, lesson_id))""",
                    """
                    CREATE TABLE attempts (
                        id INTEGER PRIMARY KEY,
                        learner_id INTEGER NOT NULL REFERENCES learners(id),
                        lesson_id TEXT NOT NULL,
                        quiz_index INTEGER NOT NULL,
                        fingerprint TEXT NOT NULL,
                        seed INTEGER NOT NULL,
                        answer TEXT NOT NULL,
                        correct INTEGER NOT NULL,
                        answered_at INTEGER NOT NULL)""",
                    """
                    CREATE TABLE completions (
                        learner_id INTEGER NOT NULL REFERENCES learners(id),
                        lesson_id TEXT NOT NULL,
                        completed_at INTEGER NOT NULL,
                        PRIMARY KEY (learner_id, lesson_id))"""),
            // 1 -> 2: a reset keeps answers for instructors instead of deleting them.
            List.of(
                    "ALTER TABLE attempts ADD COLUMN reset INTEGER NOT NULL DEFAULT 0",
                    "CREATE INDEX attempts_by_learner_lesson ON attempts (learner_id, lesson_id)"),
            // 2 -> 3: complete attempt records keyed by quiz identity; the furthest step and the start
            // of each lesson. Old answers keep their fingerprint (quiz_id stays ''), and the learning
            // model matches them to quizzes whose text is unchanged.
            List.of(
                    "ALTER TABLE attempts ADD COLUMN quiz_id TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE attempts ADD COLUMN quiz_version TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE attempts ADD COLUMN lesson_version TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE attempts ADD COLUMN question TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE attempts ADD COLUMN drawn TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE attempts ADD COLUMN expected TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE attempts ADD COLUMN answer_value TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE attempts ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE attempts ADD COLUMN hint INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE attempts ADD COLUMN review INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE positions ADD COLUMN furthest INTEGER NOT NULL DEFAULT 0",
                    "ALTER TABLE positions ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0",
                    "UPDATE positions SET furthest = step, started_at = updated_at"));

    /** The version this satlab writes; a database with a higher one came from a newer satlab. */
    static final int CURRENT = MIGRATIONS.size();

    private Schema() {}

    static int version(Connection db) throws SQLException {
        return intPragma(db, "user_version");
    }

    static int applicationId(Connection db) throws SQLException {
        return intPragma(db, "application_id");
    }

    /** Whether the database holds any table: version 0 with tables means another program's file. */
    static boolean hasTables(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * Brings the database up to {@link #CURRENT} in one immediate transaction, so a crash mid-way
     * leaves the old version and a second satlab starting at the same time waits, then finds the work
     * done.
     */
    static void migrate(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int from = version(db);
                if (from > CURRENT) {
                    throw new SQLException("schema version " + from + " is newer than this satlab's " + CURRENT
                            + "; a newer satlab wrote to the database while this one was opening it");
                }
                for (int v = from; v < CURRENT; v++) {
                    for (String sql : MIGRATIONS.get(v)) s.execute(sql);
                }
                if (from < CURRENT) s.execute("PRAGMA user_version = " + CURRENT);
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                SqliteStore.rollbackQuietly(s, e);
                throw e;
            }
        }
    }

    private static int intPragma(Connection db, String pragma) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
