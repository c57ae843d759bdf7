package satlab.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child of {@link KillTest}: answers quizzes as fast as it can and prints {@code ack ANSWER ok}
 * after each answer the store has committed, until it is killed.
 *
 * <p>Arguments: the database file and the round number (which makes every answer distinct).
 */
public final class KillChild {

    private KillChild() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String round = args[1];
        PrintStream out = System.out;
        try (Store store = SqliteStore.open(file)) {
            for (int i = 0; ; i++) {
                String answer = "r" + round + "-" + i;
                store.recordAttempt(TestRecords.answer("ada", "sigmoid", "f" + (i % 5), i % 5, i, answer,
                        i % 3 == 0, Instant.now()));
                store.savePosition("ada", "sigmoid", i % 7, 7);
                out.println("ack " + answer + " ok");
                out.flush();
            }
        }
    }
}
