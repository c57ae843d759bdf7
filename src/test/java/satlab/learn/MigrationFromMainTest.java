package satlab.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;
import satlab.lesson.Lesson;
import satlab.lesson.LessonParser;
import satlab.store.Attempt;
import satlab.store.SqliteStore;
import satlab.store.export.Results;

/**
 * A database written by satlab as it was before quiz identities (main at e1f62c6; how it was made is in
 * main-e1f62c6.MakeFixture.java.txt beside it): ada answered the bundled lesson 1 in the full-screen tutor,
 * bob in the line tutor. Migrated, their answers keep their lessons and belong to the quizzes they were
 * given to while those are unchanged. The course they answered is main's lesson 1 as it was then
 * (main-e1f62c6-01-sigmoid.md beside the database): the bundled course has been edited since.
 */
class MigrationFromMainTest {

    @TempDir Path dir;

    private Path fixture() throws IOException {
        Path file = dir.resolve("satlab.db");
        try (InputStream in = getClass().getResourceAsStream("/satlab/store/main-e1f62c6.db")) {
            Files.copy(in, file);
        }
        return file;
    }

    private String lessonThen() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/satlab/store/main-e1f62c6-01-sigmoid.md")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Course courseOf(String text) {
        return new Course(List.of(LessonParser.parse("01-sigmoid.md", text, LessonParser.Depth.TRUSTED).lesson()
                .orElseThrow()));
    }

    @Test
    void oldAnswersAreMatchedToTheUnchangedQuizzesWithTheNumbersTheLearnerSaw() throws IOException {
        Course course = courseOf(lessonThen());
        try (SqliteStore store = SqliteStore.open(fixture())) {
            CourseStanding ada = CourseStanding.read(store, "ada", "ada", course);
            LessonStanding sigmoid = ada.lesson("sigmoid").orElseThrow();
            assertThat(sigmoid.quizzes()).extracting(QuizProgress::status).containsExactly(
                    QuizProgress.Status.RIGHT, QuizProgress.Status.MISSED, QuizProgress.Status.RIGHT);
            assertThat(sigmoid.score()).isEqualTo("2 of 3 right");
            assertThat(sigmoid.done()).isTrue();
            // Quiz 3 draws its numbers per learner: shown with the seed ada was given then, so her answer fits.
            Take third = Take.of(sigmoid.quiz(2));
            assertThat(third.question().seed()).isEqualTo(sigmoid.quiz(2).tries().get(0).seed());
            assertThat(third.last().right()).isTrue();

            CourseStanding bob = CourseStanding.read(store, "bob", "bob", course);
            LessonStanding his = bob.lesson("sigmoid").orElseThrow();
            assertThat(his.quizzes()).extracting(QuizProgress::status).containsExactly(
                    QuizProgress.Status.RIGHT, QuizProgress.Status.MISSED, QuizProgress.Status.UNANSWERED);
            assertThat(his.done()).isFalse();
            assertThat(bob.next().orElseThrow().description()).contains("quiz 3 not answered");
            assertThat(bob.toReview()).extracting(q -> q.quiz().number()).containsExactly(2);

            Results results = Gradebook.of(store, course, Optional.empty());
            assertThat(results.attempts()).hasSize(5).allSatisfy(a -> assertThat(a.record().quizId()).startsWith("q-"));
            assertThat(results.counted()).hasSize(5);
        }
    }

    @Test
    void anEditedQuizStartsUnansweredWhileTheOldAnswerStaysInTheHistory() throws IOException {
        String text = lessonThen();
        Lesson sigmoid = courseOf(text).lesson("sigmoid").orElseThrow();
        String edited = text.replace("What is the largest value σ'(z) can take?", "What is σ'(0)?");
        assertThat(edited).isNotEqualTo(text);
        Lesson changed = LessonParser.parse("01-sigmoid.md", edited, LessonParser.Depth.TRUSTED).lesson().orElseThrow();
        Course course = new Course(List.of(changed));
        try (SqliteStore store = SqliteStore.open(fixture())) {
            LessonStanding ada = CourseStanding.read(store, "ada", "ada", course).lesson(0);
            assertThat(ada.quizzes()).extracting(QuizProgress::status).containsExactly(
                    QuizProgress.Status.UNANSWERED, QuizProgress.Status.MISSED, QuizProgress.Status.RIGHT);
            assertThat(ada.score()).isEqualTo("1 of 3 right");
            Results results = Gradebook.of(store, course, Optional.of("sigmoid"));
            List<Attempt> old = results.attempts().stream().filter(a -> !results.counted().contains(a.id())).toList();
            assertThat(old).extracting(a -> a.record().answer()).containsExactly("0.25", "0.25");
        }
        assertThat(sigmoid.quizzes()).hasSize(3);
    }
}
