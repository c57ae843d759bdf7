package satlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk mid-lab: the store says so once, keeps going in memory, tries the disk again and goes back to saving. */
class SafeStoreRecoveryTest {
    @TempDir Path dir;

    @Test
    void afterAFullDiskTheStoreRetriesReplaysWhatItKeptAndSavesAgain() {
        Path file = dir.resolve("satlab.db");
        // A 40-page ceiling stands in for a full disk: SQLite reports SQLITE_FULL exactly as it would.
        SqliteStore small = SqliteStore.open(file, new StepClock(SqliteStoreTest.T0), List.of("max_page_count = 40"));
        List<String> events = new CopyOnWriteArrayList<>();
        SafeStore.Faults faults = new SafeStore.Faults() {
            @Override
            public void savingFailed(String reason) {
                events.add("failed: " + reason);
            }

            @Override
            public void savingRecovered(int changesReplayed) {
                events.add("recovered: " + changesReplayed);
            }
        };
        AtomicLong now = new AtomicLong();
        AtomicBoolean spaceFreed = new AtomicBoolean();
        AtomicLong reopenAttempts = new AtomicLong();
        int saved = 0;
        try (SafeStore store = SafeStore.over(file, small, faults, now::get, () -> {
            reopenAttempts.incrementAndGet();
            if (!spaceFreed.get()) throw new StoreException("database or disk is full");
            return SqliteStore.open(file);
        })) {
            String longAnswer = "0.99995 ".repeat(200);
            while (store.isSaving()) {
                assertThat(saved).as("the ceiling must be reached").isLessThan(10_000);
                store.recordAttempt(SqliteStoreTest.answer("ada", "sigmoid", saved, "q" + saved, longAnswer, true));
                saved++;
            }
            assertThat(events).hasSize(1);
            assertThat(events.get(0)).startsWith("failed: ").contains("full");
            store.recordAttempt(SqliteStoreTest.answer("ada", "sigmoid", saved, "kept", "0.5", false));
            store.savePosition("ada", "sigmoid", 2, 3);

            store.learners(); // too soon: the disk is not tried again yet
            assertThat(reopenAttempts.get()).isZero();
            now.addAndGet(SafeStore.RETRY_NANOS);
            store.learners(); // tried, still full
            assertThat(reopenAttempts.get()).isEqualTo(1);
            assertThat(store.isSaving()).isFalse();

            spaceFreed.set(true);
            now.addAndGet(SafeStore.RETRY_NANOS);
            assertThat(store.attempts("ada", "sigmoid")).hasSize(saved + 1);
            assertThat(store.isSaving()).isTrue();
            // the failed answer, the one kept in memory after it, and the position
            assertThat(events).containsExactly(events.get(0), "recovered: 3");
            store.markCompleted("ada", "sigmoid");
        }
        try (SqliteStore reopened = SqliteStore.open(file)) {
            assertThat(reopened.history(Optional.empty())).hasSize(saved + 1);
            assertThat(reopened.position("ada", "sigmoid").orElseThrow().step()).isEqualTo(2);
            assertThat(reopened.completedLessons("ada")).containsExactly("sigmoid");
        }
    }
}
