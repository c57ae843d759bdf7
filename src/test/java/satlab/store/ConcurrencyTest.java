package satlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab server's load: 50 sessions answering at once lose no answer and no position. */
class ConcurrencyTest {

    static final int THREADS = 50;

    @TempDir Path dir;

    @Test
    void fiftyThreadsSharingOneStore() throws Exception {
        Path file = dir.resolve("satlab.db");
        try (SqliteStore store = SqliteStore.open(file)) {
            hammer(t -> store, 6);
        }
        verify(file, 6);
    }

    @Test
    void fiftyThreadsEachWithItsOwnConnection() throws Exception {
        Path file = dir.resolve("satlab.db");
        SqliteStore.open(file).close();
        List<SqliteStore> stores = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) stores.add(SqliteStore.open(file));
        try {
            hammer(stores::get, 2);
        } finally {
            stores.forEach(SqliteStore::close);
        }
        verify(file, 2);
    }

    /** Thread t is learner "t" (and every thread also answers as the shared learner "class"). */
    private static void hammer(IntFunction<Store> storeFor, int answersEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                Store store = storeFor.apply(thread);
                start.await();
                for (int i = 0; i < answersEach; i++) {
                    store.recordAttempt(TestRecords.answer("learner" + thread, "sigmoid", "f" + i, i, thread, "a" + i,
                            i % 2 == 0, Instant.now()));
                    store.recordAttempt(TestRecords.answer("class", "sigmoid", "f", thread * answersEach + i, thread,
                            "a", true, Instant.now()));
                    store.savePosition("learner" + thread, "sigmoid", i, answersEach);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) f.get();
        pool.shutdown();
    }

    private static void verify(Path file, int answersEach) {
        try (SqliteStore store = SqliteStore.open(file)) {
            assertThat(store.history(Optional.empty())).hasSize(2 * THREADS * answersEach);
            assertThat(store.learners()).hasSize(THREADS + 1);
            for (int t = 0; t < THREADS; t++) {
                String learner = "learner" + t;
                assertThat(store.position(learner, "sigmoid").orElseThrow().step()).isEqualTo(answersEach - 1);
                List<Attempt> mine = store.attempts(learner, "sigmoid");
                assertThat(mine).hasSize(answersEach);
                assertThat(mine.stream().filter(Attempt::correct)).hasSize((answersEach + 1) / 2);
            }
            assertThat(store.attempts("class", "sigmoid")).hasSize(THREADS * answersEach);
        }
    }
}
