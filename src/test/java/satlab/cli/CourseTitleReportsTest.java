package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static satlab.cli.StoreCommandRun.run;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import satlab.cli.StoreCommandRun.Result;

/** The course's title from its index file heads the reports about it; without one, the bundled course's title. */
class CourseTitleReportsTest extends ClassDatabase {

    private void index() throws IOException {
        Files.writeString(lessons.resolve("course.md"), "---\ntitle: Week 3 lab\ndescription: Two lessons.\n---\n");
    }

    @Test
    void progressAndResultsAreHeadedByTheCoursesTitle() throws IOException {
        index();
        Result progress = run(null, "progress", "--data", data, "--lessons", lessons.toString(), "--learner", "bob");
        assertThat(progress.err()).isEmpty();
        assertThat(progress.out()).startsWith("Course: Week 3 lab\nProgress of bob: 1 of 2 lessons started");
        Result results = run(null, "results", "--data", data, "--lessons", lessons.toString());
        assertThat(results.out()).startsWith("Course: Week 3 lab\nScores");
        Result items = run(null, "results", "--items", "--data", data, "--lessons", lessons.toString());
        assertThat(items.out()).startsWith("Course: Week 3 lab\nQuizzes:");
        // Machine formats stay as they were: no heading line in CSV or JSON.
        assertThat(run(null, "results", "--csv", "--data", data, "--lessons", lessons.toString()).out())
                .doesNotContain("Week 3 lab");
    }

    @Test
    void aBrokenIndexIsReportedAndTheDefaultTitleStands() throws IOException {
        Files.writeString(lessons.resolve("course.md"), "---\ntitle: Week 3 lab\ntitel: again\n---\n");
        Result progress = run(null, "progress", "--data", data, "--lessons", lessons.toString(), "--learner", "bob");
        assertThat(progress.err()).contains("course.md:3:1: error: unknown front-matter key 'titel'; did you mean 'title'?");
        assertThat(progress.err()).contains("the course index has errors, so the course keeps the default title")
                .doesNotContain("lessons that failed to load");
        assertThat(progress.out()).startsWith("Course: why large weights saturate sigmoid neurons\n");
    }
}
