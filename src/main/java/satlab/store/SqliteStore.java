package satlab.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The store on one SQLite file (or, for a session that cannot save, in memory).
 *
 * <p>Durability: WAL journal with {@code synchronous=FULL}, so an answer is on disk when
 * {@link #recordAttempt} returns and survives the process being killed or the power failing.
 *
 * <p>Concurrency: one connection per store, used by one thread at a time (a fair lock), so any number
 * of threads can share a store. Several processes may open the same file: writes take SQLite's write
 * lock up front ({@code BEGIN IMMEDIATE}) and wait up to {@link #BUSY_TIMEOUT_MS} for it.
 *
 * <p>Safety of the file: before writing anything, {@link #open} checks the existing file through a
 * read-only connection; a file that is not a database, fails {@code PRAGMA integrity_check}, belongs
 * to another program or was written by a newer satlab is refused with a {@link StoreException} and
 * left byte for byte as it was.
 */
public final class SqliteStore implements Store {

    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Connection db;
    private final Path file;
    private final Clock clock;
    private final StoreStatus status;
    private final ReentrantLock lock = new ReentrantLock(true);
    private boolean closed;
    /** Bumped by every write here and whenever SQLite's data_version shows another connection wrote. */
    private long changes;
    private long dataVersion = -1;

    private SqliteStore(Connection db, Path file, Clock clock, StoreStatus status) {
        this.db = db;
        this.file = file;
        this.clock = clock;
        this.status = status;
    }

    /** Opens (creating it and its directories if needed) and migrates the database at {@code file}. */
    public static SqliteStore open(Path file) {
        return open(file, Clock.systemUTC(), List.of());
    }

    /**
     * As {@link #open(Path)}, with the clock used for positions and completions and extra
     * {@code PRAGMA}s run on the connection (tests use {@code max_page_count} to fill the "disk").
     */
    static SqliteStore open(Path file, Clock clock, List<String> extraPragmas) {
        Path path = file.toAbsolutePath().normalize();
        prepareDirectory(path);
        if (Files.exists(path)) inspect(path);
        try {
            StoreLocation.makePrivate(path);
        } catch (IOException e) {
            throw new StoreException("cannot keep progress in " + path + " private: " + e.getMessage() + "; "
                    + Problems.OTHER_DIR_HINT, e);
        }
        Connection db = null;
        try {
            db = connect("jdbc:sqlite:" + path, false);
            try (Statement s = db.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    String mode = rs.next() ? rs.getString(1) : "";
                    if (!"wal".equalsIgnoreCase(mode)) {
                        throw new StoreException("cannot open the progress database: " + path
                                + " could not be switched to write-ahead logging (journal mode stayed '" + mode
                                + "'); " + Problems.OTHER_DIR_HINT);
                    }
                }
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
                for (String pragma : extraPragmas) s.execute("PRAGMA " + pragma);
            }
            Schema.migrate(db);
            return new SqliteStore(db, path, clock, StoreStatus.savingTo(path));
        } catch (SQLException e) {
            closeQuietly(db);
            throw Problems.explain(e, path, "cannot open the progress database");
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /**
     * Opens an existing database for reading only, for reports on a file this user may not write
     * (an instructor reading the lab server's database). Nothing is ever written; calls that would
     * write fail with a {@link StoreException}. The database must be of this satlab's schema version.
     */
    public static SqliteStore openReadOnly(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) throw new StoreException("there is no progress database at " + path);
        inspect(path);
        Connection db = null;
        try {
            db = connect(readOnlyUrl(path), true);
            int version = Schema.version(db);
            if (version != Schema.CURRENT) {
                throw new StoreException(path + " was written by an older satlab (schema version " + version
                        + "); open it once with write access (for example with satlab progress) to upgrade it");
            }
            return new SqliteStore(db, path, Clock.systemUTC(),
                    new StoreStatus(false, "progress is read from " + path + " without write access; nothing is saved"));
        } catch (SQLException e) {
            closeQuietly(db);
            throw Problems.explain(e, path, "cannot read the progress database");
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
    }

    /**
     * A store that keeps everything in memory, for a session that cannot save; its status says
     * "progress is not being saved: {@code reason}".
     */
    public static SqliteStore inMemory(String reason) {
        return inMemory(reason, Clock.systemUTC());
    }

    static SqliteStore inMemory(String reason, Clock clock) {
        try {
            Connection db = connect("jdbc:sqlite::memory:", false);
            Schema.migrate(db);
            return new SqliteStore(db, Path.of(":memory:"), clock, StoreStatus.notSaving(reason));
        } catch (SQLException e) {
            throw new StoreException("cannot start even an in-memory store: " + e.getMessage(), e);
        }
    }

    /** Copies everything saved in {@code source} (a database this satlab opened before) into this store. */
    void copyFrom(Path source) {
        write("cannot read back the saved progress", () -> {
            try (PreparedStatement attach = db.prepareStatement("ATTACH DATABASE ? AS saved")) {
                attach.setString(1, source.toString());
                attach.execute();
            }
            try (Statement s = db.createStatement()) {
                for (String table : List.of("learners", "positions", "attempts", "completions")) {
                    s.execute("INSERT INTO main." + table + " SELECT * FROM saved." + table);
                }
            }
            return null;
        });
        try (Statement s = db.createStatement()) {
            s.execute("DETACH DATABASE saved");
        } catch (SQLException e) {
            throw Problems.explain(e, source, "cannot let go of the saved progress");
        }
    }

    @Override
    public StoreStatus status() {
        return status;
    }

    @Override
    public long changes() {
        lock.lock();
        try {
            if (closed) return changes;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
                long now = rs.next() ? rs.getLong(1) : 0;
                if (now != dataVersion) {
                    if (dataVersion != -1) changes++;
                    dataVersion = now;
                }
            } catch (SQLException e) {
                throw Problems.explain(e, file, "cannot check the progress database for changes");
            }
            return changes;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void savePosition(String learner, String lessonId, int step, int stepCount) {
        Names.requireLearner(learner);
        Names.requireLessonId(lessonId);
        if (stepCount < 1) throw new IllegalArgumentException("stepCount must be at least 1, got " + stepCount);
        if (step < 0 || step >= stepCount) {
            throw new IllegalArgumentException("step must be in 0.." + (stepCount - 1) + ", got " + step);
        }
        long now = clock.instant().toEpochMilli();
        write("cannot save the position in the lesson", () -> {
            long id = learnerId(learner);
            update("""
                    INSERT INTO positions (learner_id, lesson_id, step, step_count, updated_at, furthest, started_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (learner_id, lesson_id) DO UPDATE
                    SET step = excluded.step, step_count = excluded.step_count, updated_at = excluded.updated_at,
                        furthest = max(furthest, excluded.step)""",
                    id, lessonId, step, stepCount, now, step, now);
            update("UPDATE learners SET last_lesson = ? WHERE id = ?", lessonId, id);
            return null;
        });
    }

    @Override
    public Optional<Position> position(String learner, String lessonId) {
        return read("cannot read the position in the lesson", () -> positions(learner).values().stream()
                .filter(p -> p.lessonId().equals(lessonId))
                .findFirst());
    }

    @Override
    public Optional<String> lastLesson(String learner) {
        return read("cannot read the last lesson", () -> {
            try (ResultSet rs = query("SELECT last_lesson FROM learners WHERE name = ?", learner)) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        });
    }

    @Override
    public Attempt recordAttempt(AttemptRecord a) {
        a.validate();
        return write("cannot save the answer", () -> {
            long learnerId = learnerId(a.learner());
            update("""
                    INSERT INTO attempts
                        (learner_id, lesson_id, quiz_index, fingerprint, seed, answer, correct, answered_at, reset,
                         quiz_id, quiz_version, lesson_version, question, drawn, expected, answer_value, attempt,
                         hint, review)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    learnerId, a.lessonId(), a.quizIndex(), a.fingerprint(), a.seed(), a.answer(),
                    a.correct() ? 1 : 0, a.answeredAt().toEpochMilli(), a.quizId(), a.quizVersion(),
                    a.lessonVersion(), a.question(), Drawn.write(a.values()), a.expected(), a.answerValue(),
                    a.attempt(), a.hint() ? 1 : 0, a.review() ? 1 : 0);
            try (ResultSet rs = query("SELECT last_insert_rowid()")) {
                rs.next();
                return new Attempt(rs.getLong(1), a, false);
            }
        });
    }

    @Override
    public List<Attempt> attempts(String learner, String lessonId) {
        return read("cannot read the answers", () -> attemptsWhere(
                "l.name = ? AND a.lesson_id = ? AND a.reset = 0", learner, lessonId));
    }

    @Override
    public void markCompleted(String learner, String lessonId) {
        Names.requireLessonId(lessonId);
        long now = clock.instant().toEpochMilli();
        write("cannot save the completed lesson", () -> update("""
                INSERT INTO completions (learner_id, lesson_id, completed_at) VALUES (?, ?, ?)
                ON CONFLICT (learner_id, lesson_id) DO NOTHING""", learnerId(learner), lessonId, now));
    }

    @Override
    public Set<String> completedLessons(String learner) {
        return read("cannot read the completed lessons", () -> new LinkedHashSet<>(completions(learner).keySet()));
    }

    @Override
    public void reset(String learner, Optional<String> lessonId) {
        write("cannot reset the progress", () -> {
            String lessonClause = lessonId.isPresent() ? " AND lesson_id = ?" : "";
            Object[] args = lessonId.isPresent() ? new Object[] {learner, lessonId.get()} : new Object[] {learner};
            String who = "learner_id = (SELECT id FROM learners WHERE name = ?)";
            update("DELETE FROM positions WHERE " + who + lessonClause, args);
            update("DELETE FROM completions WHERE " + who + lessonClause, args);
            update("UPDATE attempts SET reset = 1 WHERE " + who + lessonClause, args);
            // Continue with the most recently saved lesson that is left, if any.
            update("""
                    UPDATE learners SET last_lesson = (SELECT p.lesson_id FROM positions p
                        WHERE p.learner_id = learners.id ORDER BY p.updated_at DESC LIMIT 1)
                    WHERE name = ?""" + (lessonId.isPresent() ? " AND last_lesson = ?" : ""), args);
            return null;
        });
    }

    @Override
    public List<LessonProgress> progress(String learner) {
        return read("cannot read the progress", () -> {
            Map<String, Position> positions = positions(learner);
            Map<String, Instant> completions = completions(learner);
            java.util.TreeSet<String> lessons = new java.util.TreeSet<>(positions.keySet());
            lessons.addAll(completions.keySet());
            try (ResultSet rs = query("""
                    SELECT DISTINCT a.lesson_id FROM attempts a JOIN learners l ON l.id = a.learner_id
                    WHERE l.name = ? AND a.reset = 0""", learner)) {
                while (rs.next()) lessons.add(rs.getString(1));
            }
            List<LessonProgress> progress = new ArrayList<>();
            for (String lesson : lessons) {
                progress.add(new LessonProgress(lesson, Optional.ofNullable(positions.get(lesson)),
                        Optional.ofNullable(completions.get(lesson))));
            }
            return progress;
        });
    }

    @Override
    public List<String> learners() {
        return read("cannot read the learners", () -> {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = query("SELECT name FROM learners ORDER BY name")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            return names;
        });
    }

    @Override
    public List<Attempt> history(Optional<String> lessonId) {
        return read("cannot read the answers", () -> lessonId.isPresent()
                ? attemptsWhere("a.lesson_id = ?", lessonId.get())
                : attemptsWhere("1 = 1"));
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) closeQuietly(db);
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    // ---- connection and transactions

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T write(String action, Work<T> work) {
        T result = transaction("BEGIN IMMEDIATE", action, work);
        lock.lock();
        try {
            changes++;
        } finally {
            lock.unlock();
        }
        return result;
    }

    /** Reads also run in a transaction, so a read of several tables sees one moment. */
    private <T> T read(String action, Work<T> work) {
        return transaction("BEGIN", action, work);
    }

    private <T> T transaction(String begin, String action, Work<T> work) {
        lock.lock();
        try {
            if (closed) throw new IllegalStateException("the store was closed");
            try (Statement s = db.createStatement()) {
                s.execute(begin);
                try {
                    T result = work.run();
                    s.execute("COMMIT");
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(s, e);
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw Problems.explain(e, file, action);
        } finally {
            lock.unlock();
        }
    }

    static void rollbackQuietly(Statement s, Exception cause) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException rollbackFailed) {
            // SQLite rolls back by itself after some errors (a full disk); the first error is the story.
            cause.addSuppressed(rollbackFailed);
        }
    }

    private long learnerId(String learner) throws SQLException {
        Names.requireLearner(learner);
        update("INSERT INTO learners (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                learner, clock.instant().toEpochMilli());
        try (ResultSet rs = query("SELECT id FROM learners WHERE name = ?", learner)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Position> positions(String learner) throws SQLException {
        Map<String, Position> positions = new HashMap<>();
        try (ResultSet rs = query("""
                SELECT p.lesson_id, p.step, p.step_count, p.updated_at, p.furthest, p.started_at
                FROM positions p JOIN learners l ON l.id = p.learner_id WHERE l.name = ?""", learner)) {
            while (rs.next()) {
                positions.put(rs.getString(1), new Position(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        Instant.ofEpochMilli(rs.getLong(4)), rs.getInt(5), Instant.ofEpochMilli(rs.getLong(6))));
            }
        }
        return positions;
    }

    private Map<String, Instant> completions(String learner) throws SQLException {
        Map<String, Instant> completions = new HashMap<>();
        try (ResultSet rs = query("""
                SELECT c.lesson_id, c.completed_at FROM completions c JOIN learners l ON l.id = c.learner_id
                WHERE l.name = ? ORDER BY c.lesson_id""", learner)) {
            while (rs.next()) completions.put(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)));
        }
        return completions;
    }

    private List<Attempt> attemptsWhere(String condition, Object... args) throws SQLException {
        List<Attempt> attempts = new ArrayList<>();
        try (ResultSet rs = query("""
                SELECT a.id, l.name, a.lesson_id, a.quiz_index, a.fingerprint, a.seed, a.answer, a.correct,
                       a.answered_at, a.reset, a.quiz_id, a.quiz_version, a.lesson_version, a.question, a.drawn,
                       a.expected, a.answer_value, a.attempt, a.hint, a.review
                FROM attempts a JOIN learners l ON l.id = a.learner_id
                WHERE """ + " " + condition + " ORDER BY l.name, a.lesson_id, a.id", args)) {
            while (rs.next()) {
                AttemptRecord r = new AttemptRecord(rs.getString(2), rs.getString(3), rs.getString(13),
                        rs.getString(11), rs.getString(12), rs.getInt(4), rs.getString(14), Drawn.read(rs.getString(15)),
                        rs.getString(16), rs.getString(7), rs.getString(17), rs.getInt(8) != 0, rs.getInt(18),
                        rs.getInt(19) != 0, rs.getInt(20) != 0, rs.getLong(6), Instant.ofEpochMilli(rs.getLong(9)),
                        rs.getString(5));
                attempts.add(new Attempt(rs.getLong(1), r, rs.getInt(10) != 0));
            }
        }
        return attempts;
    }

    private Void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        }
        return null;
    }

    /** The result set closes its statement when closed. */
    private ResultSet query(String sql, Object... args) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql);
        bind(ps, args);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
    }

    private static Connection connect(String url, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        return config.createConnection(url);
    }

    private static void closeQuietly(Connection db) {
        if (db == null) return;
        try {
            db.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the failure already tells the user what went wrong.
        }
    }

    // ---- checks before anything is written

    private static void prepareDirectory(Path file) {
        Path dir = file.getParent();
        String problem = "cannot keep progress in " + dir + ": ";
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(problem + "it is a file, not a directory; " + Problems.OTHER_DIR_HINT);
        }
        try {
            StoreLocation.createPrivateDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(problem + "the directory cannot be created (" + e.getMessage() + "); "
                    + Problems.OTHER_DIR_HINT, e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException(problem + "the directory is read-only; " + Problems.OTHER_DIR_HINT);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot keep progress in " + file + ": it is a directory; " + Problems.OTHER_DIR_HINT);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException("cannot keep progress in " + file + ": the file is read-only; "
                    + Problems.OTHER_DIR_HINT);
        }
    }

    /** Refuses, without writing a byte, a file satlab must not touch. */
    private static void inspect(Path file) {
        String untouched = "; it was left untouched. ";
        checkHeader(file);
        Connection ro = null;
        try {
            ro = connect(readOnlyUrl(file), true);
            int version = Schema.version(ro);
            if (version > Schema.CURRENT) {
                throw new StoreException(file + " was written by a newer satlab (schema version " + version
                        + "; this satlab understands up to " + Schema.CURRENT + ")" + untouched
                        + "Upgrade satlab, or " + Problems.OTHER_DIR_HINT + ".");
            }
            boolean foreign = version == 0 ? Schema.hasTables(ro) : Schema.applicationId(ro) != Schema.APPLICATION_ID;
            if (foreign) {
                throw new StoreException(file + " is a database of another program, not satlab's" + untouched
                        + "Point satlab elsewhere: " + Problems.OTHER_DIR_HINT + ".");
            }
            List<String> problems = integrityProblems(ro);
            if (!problems.isEmpty()) throw corrupt(file, "integrity check: " + problems.get(0), null);
        } catch (SQLException e) {
            if (Problems.isCorruption(e)) throw corrupt(file, e.getMessage(), e);
            throw Problems.explain(e, file, "cannot check the progress database");
        } finally {
            closeQuietly(ro);
        }
    }

    /**
     * Without a write-ahead log beside it, the file is opened as immutable so that checking it does
     * not even leave the empty log and index files a read-only connection otherwise creates.
     */
    private static String readOnlyUrl(Path file) {
        // With no log to replay (none, or an empty one a failed open left) the file alone is the
        // database: read it as immutable, which needs no shared memory (none can be made on a full disk).
        Path log = Path.of(file + "-wal");
        boolean hasLog;
        try {
            hasLog = Files.exists(log) && Files.size(log) > 0;
        } catch (java.io.IOException e) {
            hasLog = true;
        }
        return "jdbc:sqlite:" + file.toUri() + (hasLog ? "?mode=ro" : "?immutable=1");
    }

    private static void checkHeader(Path file) {
        try {
            if (Files.size(file) == 0) return; // SQLite treats an empty file as an empty database
            byte[] start;
            try (InputStream in = Files.newInputStream(file)) {
                start = in.readNBytes(HEADER.length);
            }
            if (!Arrays.equals(start, HEADER)) throw corrupt(file, "it does not start like an SQLite database", null);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> integrityProblems(Connection ro) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = ro.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) problems.add(rs.getString(1));
            }
        }
        return problems;
    }

    private static StoreException corrupt(Path file, String detail, Throwable cause) {
        return new StoreException(file + " is damaged or is not a satlab database (" + detail
                + "); it was left untouched. Move it aside to start afresh, or " + Problems.OTHER_DIR_HINT + ".", cause);
    }
}
