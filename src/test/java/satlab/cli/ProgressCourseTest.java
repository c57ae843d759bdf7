package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static satlab.cli.StoreCommandRun.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import satlab.cli.StoreCommandRun.Result;

/** {@code progress --lessons DIR}: the instructor's course, counted and titled as it is served. */
class ProgressCourseTest extends ClassDatabase {

    private Result progress(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("progress", "--data", data, "--lessons",
                lessons.toString()));
        args.addAll(List.of(more));
        return run(null, args.toArray(String[]::new));
    }

    @Test
    void theInstructorsCourseIsCountedAndTitled() {
        Result r = progress("--learner", "bob");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Progress of bob: 1 of 2 lessons started, 0 done.").doesNotContain("not in the course");
        assertThat(r.out().lines()).anyMatch(l -> l.matches("1 +alpha +The peak of the slope +in progress +2 of 2 +0 of 2 right"))
                .anyMatch(l -> l.matches("2 +beta +Drawn numbers +not started +- +0 of 1 right"));
    }

    @Test
    void oneLessonPrintsItsRowStartedOrNot() {
        Result ada = progress("--learner", "ada", "alpha");
        assertThat(ada.out()).contains("Progress of ada: 1 lesson started, 1 done.");
        assertThat(ada.out().lines()).anyMatch(l -> l.matches("1 +alpha +The peak of the slope +done +2 of 2 +2 of 2 right"))
                .noneMatch(l -> l.contains("beta"));
        Result bob = progress("--learner", "bob", "beta");
        assertThat(bob.exitCode()).isZero();
        assertThat(bob.out().lines()).anyMatch(l -> l.matches("2 +beta +Drawn numbers +not started +- +0 of 1 right"));
    }

    @Test
    void oneLessonsRowReachesABufferedTerminalToo() {
        // As the jar runs it: System.out behind a buffer that only println flushes.
        picocli.CommandLine cl = Main.commandLine();
        java.io.StringWriter sink = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(new java.io.BufferedWriter(sink), true));
        cl.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));
        assertThat(cl.execute("progress", "--data", data, "--lessons", lessons.toString(), "--learner", "bob",
                "alpha")).isZero();
        assertThat(sink.toString()).contains("The peak of the slope");
    }

    @Test
    void anUnknownLessonIsAnErrorWithASuggestion() {
        Result r = progress("--learner", "bob", "alpah");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no lesson 'alpah' in " + lessons).contains("did you mean 'alpha'?");
    }

    @Test
    void aMisspeltLearnerGetsTheNearestName() {
        Result r = progress("--learner", "bbo");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("bbo has not started any lesson yet").contains("did you mean 'bob'?");
    }

    @Test
    void aBrokenLessonIsNamedAndLeftOut() throws Exception {
        java.nio.file.Files.writeString(lessons.resolve("03-broken.md"), "---\nid: broken\n---\n```quiz\nkind: number\n```\n");
        Result r = progress("--learner", "bob");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("03-broken.md:").contains("left out");
        assertThat(r.out()).contains("1 of 2 lessons started");
    }
}
