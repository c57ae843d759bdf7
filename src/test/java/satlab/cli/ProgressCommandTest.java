package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static satlab.cli.StoreCommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import satlab.cli.StoreCommandRun.Result;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;
import satlab.store.SqliteStore;

class ProgressCommandTest extends FilledDatabase {

    private SqliteStore store() {
        return SqliteStore.open(dir.resolve("satlab.db"));
    }

    @Test
    void showsLessonsStepsAndScoresAsATable() {
        Result r = run(null, "progress", "--data", data, "--learner", "ada");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Progress of ada: 2 lessons started, 1 done.");
        assertThat(r.out().lines().filter(l -> l.startsWith("sigmoid")).findFirst().orElseThrow())
                .matches("sigmoid +in progress +3 of 6");
        assertThat(r.out().lines().filter(l -> l.startsWith("tanh")).findFirst().orElseThrow())
                .matches("tanh +finished +3 of 3");
    }

    @Test
    void withTheCourseLessonsAreListedInOrderWithTitles() {
        Course course = CourseLoader.load(Path.of(System.getProperty("satlab.basedir"), "lessons")).course();
        assertThat(course.lesson("sigmoid")).as("the bundled course starts with the sigmoid lesson").isPresent();
        assertThat(course.lesson("tanh")).isEmpty();

        Result r = StoreCommandRun.runWith(course, null, "progress", "--data", data, "--learner", "ada");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Progress of ada: 2 of " + course.size() + " lessons started, 1 done.");
        List<String> lines = r.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("#")).findFirst().orElseThrow());
        assertThat(lines.get(header)).matches("# +LESSON +TITLE +STATUS +STEP +QUIZZES");
        // The saved position was step 3 of the lesson's 6 steps then; the table counts the lesson's steps now.
        int steps = course.lesson("sigmoid").orElseThrow().steps().size();
        assertThat(lines.get(header + 1)).matches("1 +sigmoid +The sigmoid and its gradient +in progress +3 of " + steps
                + " +1 of 3 right");
        assertThat(lines.get(header + 2)).matches("2 +" + course.lessons().get(1).id() + " .* +not started +- +0 of 3 right");
        assertThat(lines.get(header + course.size() + 1)).matches(" +tanh +\\(not in the course\\) +finished +3 of 3 +-");
        assertThat(r.out()).contains("Continue with \"The sigmoid and its gradient\" at step 3 of " + steps + ".");

        Result one = StoreCommandRun.runWith(course, null, "progress", "--data", data, "--learner", "ada", "sigmoid");
        assertThat(one.out()).contains("The sigmoid and its gradient").doesNotContain("not started").doesNotContain("tanh");
    }

    @Test
    void oneLessonOnly() {
        Result r = run(null, "progress", "--data", data, "--learner", "ada", "tanh");
        assertThat(r.out()).contains("Progress of ada: 1 lesson started, 1 done.").contains("tanh").doesNotContain("sigmoid");
    }

    @Test
    void aLearnerWithNothingYet() {
        Result r = run(null, "progress", "--data", data, "--learner", "cy");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("cy has not started any lesson yet");
    }

    @Test
    void anEmptyDataDirectoryGetsNoDatabaseFromMerelyLooking() {
        Path empty = dir.resolve("fresh");
        Result r = run(null, "progress", "--data", empty.toString(), "--learner", "ada");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("ada has not started any lesson yet");
        assertThat(empty).doesNotExist();
    }

    @Test
    void resetOneLessonAfterYes() {
        Result r = run("y\n", "progress", "--data", data, "--learner", "ada", "--reset", "sigmoid");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Reset ada's progress in lesson sigmoid (3 quiz answers will stop counting)? [y/N]")
                .contains("Reset ada's progress in lesson sigmoid.");
        try (SqliteStore store = store()) {
            assertThat(store.position("ada", "sigmoid")).isEmpty();
            assertThat(store.attempts("ada", "sigmoid")).isEmpty();
            assertThat(store.completedLessons("ada")).containsExactly("tanh");
            assertThat(store.attempts("bob", "sigmoid")).hasSize(1);
        }
    }

    @Test
    void anythingButYesResetsNothing() {
        for (String typed : new String[] {"\n", "n\n", "yess\n", ""}) {
            Result r = run(typed, "progress", "--data", data, "--learner", "ada", "--reset");
            assertThat(r.exitCode()).as(typed).isEqualTo(1);
            assertThat(r.out()).contains("Reset ada's progress in all 2 lessons").contains("Nothing was reset.");
        }
        try (SqliteStore store = store()) {
            assertThat(store.progress("ada")).hasSize(2);
        }
    }

    @Test
    void withoutATerminalResetRefusesUnlessToldYes() {
        Result refused = run(null, "progress", "--data", data, "--learner", "ada", "--reset");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("no terminal to ask on").contains("--yes");
        try (SqliteStore store = store()) {
            assertThat(store.progress("ada")).hasSize(2);
        }

        Result done = run(null, "progress", "--data", data, "--learner", "ada", "--reset", "--yes");
        assertThat(done.exitCode()).isZero();
        assertThat(done.out()).contains("Reset ada's progress in all 2 lessons.");
        try (SqliteStore store = store()) {
            assertThat(store.progress("ada")).isEmpty();
            assertThat(store.lastLesson("ada")).isEmpty();
            assertThat(store.history(Optional.empty())).hasSize(5);
        }
    }

    @Test
    void resettingALessonWithNoProgressSaysSo() {
        Result r = run("y\n", "progress", "--data", data, "--learner", "ada", "--reset", "relu");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("nothing to reset: ada has no progress in lesson 'relu'");
    }

    @Test
    void yesWithoutResetAndABlankLearnerAreUsageErrors() {
        Result yes = run(null, "progress", "--data", data, "--yes");
        assertThat(yes.exitCode()).isEqualTo(2);
        assertThat(yes.err()).contains("--yes only goes with --reset").contains("satlab progress --help");

        Result blank = run(null, "progress", "--data", data, "--learner", " ");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).contains("--learner needs a name");
    }

    @Test
    void aDamagedDatabaseIsReportedAndLeftAlone() throws Exception {
        Path file = dir.resolve("bad/satlab.db");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not a database");
        Result r = run("y\n", "progress", "--data", file.getParent().toString(), "--reset", "--learner", "ada");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("satlab: " + file).contains("left untouched").doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("not a database");
    }
}
