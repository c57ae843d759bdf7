package satlab.store;

import java.time.Instant;
import java.util.Map;

/** Attempt records for tests that need only who, which quiz and what. */
public final class TestRecords {

    private TestRecords() {}

    /** An answer to quiz {@code quizId} at position {@code index}, first attempt, no drawn values. */
    public static AttemptRecord answer(String learner, String lesson, String quizId, int index, long seed, String given,
            boolean right, Instant at) {
        return new AttemptRecord(learner, lesson, "v-lesson", quizId, "v1", index, "question " + quizId,
                Map.of("x", "1"), "1", given, given, right, 1, false, false, seed, at, "");
    }
}
