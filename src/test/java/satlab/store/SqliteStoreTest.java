package satlab.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {

    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    @TempDir Path dir;
    Path file;
    SqliteStore store;

    @BeforeEach
    void open() {
        file = dir.resolve("nested/satlab.db");
        store = SqliteStore.open(file, new StepClock(T0), List.of());
    }

    @AfterEach
    void close() {
        store.close();
    }

    static AttemptRecord answer(String learner, String lesson, int quiz, String quizText, String given, boolean right) {
        return TestRecords.answer(learner, lesson, Fingerprint.of(quizText), quiz, 42L, given, right, T0);
    }

    @Test
    void createsTheDirectoryAndSaysItSaves() {
        assertThat(file).exists();
        assertThat(store.isSaving()).isTrue();
        assertThat(store.status().message()).contains(file.toString());
    }

    @Test
    void positionsSurviveReopeningAndTheLastSavedLessonIsTheOneToContinue() {
        store.savePosition("ada", "sigmoid", 2, 7);
        store.savePosition("ada", "init", 0, 5);
        store.savePosition("ada", "sigmoid", 3, 7);
        store.close();
        store = SqliteStore.open(file);

        Position p = store.position("ada", "sigmoid").orElseThrow();
        assertThat(p.step()).isEqualTo(3);
        assertThat(p.stepCount()).isEqualTo(7);
        assertThat(p.describe()).isEqualTo("4 of 7");
        assertThat(store.lastLesson("ada")).contains("sigmoid");
        assertThat(store.position("ada", "init").orElseThrow().step()).isZero();
        assertThat(store.position("bob", "sigmoid")).isEmpty();
        assertThat(store.lastLesson("bob")).isEmpty();
    }

    @Test
    void attemptsAreEveryAnswerOfTheLearnerInTheLessonInTheOrderGiven() {
        Attempt first = store.recordAttempt(answer("ada", "sigmoid", 0, "sigma(10)?", "0.5", false));
        Attempt second = store.recordAttempt(answer("ada", "sigmoid", 0, "sigma(10)?", "0.99995", true));
        Attempt other = store.recordAttempt(answer("ada", "sigmoid", 1, "saturated at z=6?", "no", false));
        store.recordAttempt(answer("bob", "sigmoid", 0, "sigma(10)?", "1", false));
        store.recordAttempt(answer("ada", "tanh", 0, "sigma(10)?", "1", false));

        assertThat(store.attempts("ada", "sigmoid")).containsExactly(first, second, other);
        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(second.record().answeredAt()).isEqualTo(T0);
    }

    @Test
    void everyFieldOfARecordComesBackAsSaved() {
        AttemptRecord r = new AttemptRecord("ada", "sigmoid", "lv1", "sigma-10", "qv1", 2, "What is σ(10)?",
                java.util.Map.of("w", "[1000, 1000]"), "0.9999546021312976", "1/(1+exp(-10))", "0.9999546021312976",
                true, 2, true, true, -1234567890123456789L, T0, "");
        Attempt saved = store.recordAttempt(r);
        assertThat(store.history(Optional.empty())).singleElement().extracting(Attempt::record).isEqualTo(r);
        assertThat(saved.record()).isEqualTo(r);
    }

    @Test
    void changesMoveOnEveryWriteHereAndOnWritesByAnotherConnection() throws Exception {
        long before = store.changes();
        store.savePosition("ada", "sigmoid", 0, 3);
        long afterOwn = store.changes();
        assertThat(afterOwn).isGreaterThan(before);
        assertThat(store.changes()).isEqualTo(afterOwn);
        try (SqliteStore other = SqliteStore.open(file)) {
            other.reset("ada", Optional.empty());
        }
        assertThat(store.changes()).isGreaterThan(afterOwn);
    }

    @Test
    void progressListsEveryLessonWithAPositionACompletionOrAnAnswer() {
        store.savePosition("ada", "sigmoid", 4, 7);
        store.recordAttempt(answer("ada", "sigmoid", 0, "q0", "wrong", false));
        store.recordAttempt(answer("ada", "sigmoid", 0, "q0", "right", true));
        store.recordAttempt(answer("ada", "sigmoid", 1, "q1", "wrong", false));
        store.recordAttempt(answer("ada", "tanh", 0, "q0", "right", true));
        store.markCompleted("ada", "tanh");

        List<LessonProgress> progress = store.progress("ada");
        assertThat(progress).extracting(LessonProgress::lessonId).containsExactly("sigmoid", "tanh");
        LessonProgress sigmoid = progress.get(0);
        assertThat(sigmoid.completed()).isFalse();
        assertThat(sigmoid.position().orElseThrow().describe()).isEqualTo("5 of 7");
        LessonProgress tanh = progress.get(1);
        assertThat(tanh.completed()).isTrue();
        assertThat(tanh.position()).isEmpty();
        assertThat(store.completedLessons("ada")).containsExactly("tanh");
    }

    @Test
    void completingTwiceKeepsTheFirstTime() {
        store.markCompleted("ada", "sigmoid");
        Instant first = store.progress("ada").get(0).completedAt().orElseThrow();
        store.markCompleted("ada", "sigmoid");
        assertThat(store.progress("ada").get(0).completedAt()).contains(first);
    }

    @Test
    void resettingOneLessonForgetsItForTheLearnerButKeepsTheAnswersForInstructors() {
        store.savePosition("ada", "tanh", 1, 3);
        store.savePosition("ada", "sigmoid", 2, 7);
        store.recordAttempt(answer("ada", "sigmoid", 0, "q0", "right", true));
        store.recordAttempt(answer("ada", "tanh", 0, "q0", "right", true));
        store.recordAttempt(answer("bob", "sigmoid", 0, "q0", "right", true));
        store.markCompleted("ada", "sigmoid");

        store.reset("ada", Optional.of("sigmoid"));

        assertThat(store.position("ada", "sigmoid")).isEmpty();
        assertThat(store.attempts("ada", "sigmoid")).isEmpty();
        assertThat(store.completedLessons("ada")).isEmpty();
        assertThat(store.lastLesson("ada")).as("the lesson left to continue").contains("tanh");
        assertThat(store.progress("ada")).extracting(LessonProgress::lessonId).containsExactly("tanh");
        assertThat(store.attempts("bob", "sigmoid")).hasSize(1);
        assertThat(store.history(Optional.of("sigmoid")))
                .extracting(Attempt::learner, Attempt::reset)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ada", true),
                        org.assertj.core.groups.Tuple.tuple("bob", false));

        store.recordAttempt(answer("ada", "sigmoid", 0, "q0", "again", false));
        assertThat(store.attempts("ada", "sigmoid")).extracting(a -> a.record().answer()).containsExactly("again");
    }

    @Test
    void resettingEverythingLeavesOtherLearnersAlone() {
        store.savePosition("ada", "tanh", 1, 3);
        store.savePosition("bob", "tanh", 2, 3);
        store.recordAttempt(answer("ada", "sigmoid", 0, "q0", "right", true));

        store.reset("ada", Optional.empty());

        assertThat(store.progress("ada")).isEmpty();
        assertThat(store.lastLesson("ada")).isEmpty();
        assertThat(store.progress("bob")).hasSize(1);
        assertThat(store.lastLesson("bob")).contains("tanh");
        assertThat(store.learners()).containsExactly("ada", "bob");
    }

    @Test
    void readOnlyOpeningReadsEverythingAndWritesNothing() throws Exception {
        store.savePosition("ada", "sigmoid", 2, 7);
        store.recordAttempt(answer("ada", "sigmoid", 0, "q0", "0.99995", true));
        store.close();
        byte[] before = java.nio.file.Files.readAllBytes(file);

        try (SqliteStore ro = SqliteStore.openReadOnly(file)) {
            assertThat(ro.isSaving()).isFalse();
            assertThat(ro.status().message()).contains("without write access");
            assertThat(ro.attempts("ada", "sigmoid")).singleElement().extracting(Attempt::correct).isEqualTo(true);
            assertThatThrownBy(() -> ro.markCompleted("ada", "sigmoid"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("cannot be written");
        }
        assertThat(java.nio.file.Files.readAllBytes(file)).isEqualTo(before);
        assertThatThrownBy(() -> SqliteStore.openReadOnly(dir.resolve("none.db")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no progress database");
        store = SqliteStore.open(file);
    }

    @Test
    void positionsKeepTheFurthestStepAndWhenTheLessonWasStarted() {
        store.savePosition("ada", "sigmoid", 3, 7);
        store.savePosition("ada", "sigmoid", 1, 7);
        Position p = store.position("ada", "sigmoid").orElseThrow();
        assertThat(p.step()).isEqualTo(1);
        assertThat(p.furthest()).isEqualTo(3);
        assertThat(p.startedAt()).isBefore(p.updatedAt());
    }

    @Test
    void answersKeepEveryCharacterTheLearnerTyped() {
        String typed = "σ(10) = \"0.99995\", more or less;\nsee 'notes'";
        store.recordAttempt(answer("zoë", "sigmoid", 0, "q0", typed, true));
        assertThat(store.history(Optional.empty()).get(0).record().answer()).isEqualTo(typed);
        assertThat(store.learners()).containsExactly("zoë");
    }

    @Test
    void badArgumentsAreRefusedBeforeTouchingTheDatabase() {
        assertThatThrownBy(() -> store.savePosition(" ", "sigmoid", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.savePosition("ada", "sigmoid", 7, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..6");
        assertThatThrownBy(() -> store.recordAttempt(answer("ada", "sigmoid", -1, "q", "a", true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.recordAttempt(answer("ada\u0007", "sigmoid", 0, "q", "a", true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control characters");
        assertThat(store.learners()).isEmpty();
    }

    @Test
    void aClosedStoreSaysSo() {
        store.close();
        assertThatThrownBy(() -> store.learners()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
