package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.cli.ServeCommand;
import satlab.learn.Quiz;
import satlab.learn.QuizProgress;
import satlab.learn.Take;
import satlab.lesson.CourseLoader;
import satlab.lesson.Lesson;
import satlab.store.SafeStore;
import satlab.store.SqliteStore;
import satlab.store.Store;
import satlab.tui.Lessons;

/**
 * A learner's open SSH session sees changes another process makes to their records (an answer saved
 * elsewhere, {@code satlab progress --reset}) at its next screen change, without reconnecting.
 */
class LiveStoreOverSshTest {
    @TempDir Path dir;
    LabFixture lab;
    Store store;

    @AfterEach
    void close() throws Exception {
        if (lab != null) lab.close();
        if (store != null) store.close();
    }

    @Test
    void anAnswerSavedAndAResetDoneByAnotherProcessReachTheOpenSession() throws Exception {
        Lessons course = Lessons.of(CourseLoader.bundled());
        Path db = dir.resolve("satlab.db");
        store = SafeStore.open(db);
        lab = new LabFixture(dir, new ServerConfig.Auth.Open(), ServerConfig.Limits.defaults(),
                ServeCommand.appFor(course, store, () -> course));
        LabFixture.Shell shell = lab.shell(lab.connect("alice"), 80, 24);
        shell.screen().await("The sigmoid and its gradient");

        Lesson sigmoid = course.course().lesson("sigmoid").orElseThrow();
        Quiz first = Quiz.of(sigmoid).get(0);
        try (SqliteStore other = SqliteStore.open(db)) {
            Take take = Take.of(new QuizProgress(first, List.of(), List.of(), first.ask(first.seed("alice"))));
            other.recordAttempt(take.answer("0.25", "alice", Instant.now()).record().orElseThrow());
            other.savePosition("alice", "sigmoid", 4, sigmoid.steps().size());
        }
        shell.type("j");
        assertThat(shell.screen().await("1/3 right")).contains("step 5 of " + sigmoid.steps().size());

        try (SqliteStore other = SqliteStore.open(db)) {
            other.reset("alice", Optional.empty());
        }
        shell.type("k");
        String after = shell.screen().await("at step 1 of " + sigmoid.steps().size());
        assertThat(after).doesNotContain("1/3 right").contains("not started");
    }
}
