package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static satlab.cli.StoreCommandRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import satlab.cli.StoreCommandRun.Result;
import satlab.store.export.Readers;

class GradebookCommandTest extends ClassDatabase {

    Path roster;

    @BeforeEach
    void writeRoster() throws IOException {
        roster = dir.resolve("roster.csv");
        Files.writeString(roster, """
                name,student_id,email
                ada,s001,ada@uni.example
                bob,s002,bob@uni.example
                # cy's id is quoted, as a spreadsheet may write it
                cy,"s003",cy@uni.example
                dee,s004,dee@uni.example
                """);
    }

    private Result gradebook(String... more) {
        List<String> args = new ArrayList<>(List.of("results", "--gradebook", "--data", data, "--lessons",
                lessons.toString()));
        args.addAll(List.of(more));
        return run(null, args.toArray(String[]::new));
    }

    private String ok(String... more) {
        Result r = gradebook(more);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("eve has results but is not on the roster");
        return r.out();
    }

    @Test
    void csvMatchesItsGoldenFile() {
        golden("gradebook.csv.expected", ok("--roster", roster.toString()));
    }

    @Test
    void moodleMatchesItsGoldenFile() {
        golden("gradebook.moodle.csv.expected", ok("--roster", roster.toString(), "--format", "moodle"));
    }

    @Test
    void canvasMatchesItsGoldenFile() {
        golden("gradebook.canvas.csv.expected", ok("--roster", roster.toString(), "--format", "canvas"));
    }

    @Test
    void everyoneOnTheRosterHasARowScoredOutOfEveryQuiz() {
        List<List<String>> rows = Readers.csv(ok("--roster", roster.toString()));
        assertThat(rows.get(0)).containsExactly("learner", "student_id", "email", "alpha (of 2)", "beta (of 1)", "total",
                "out_of", "lessons_started", "lessons_done", "lessons");
        assertThat(rows.get(1)).containsExactly("ada", "s001", "ada@uni.example", "2", "1", "3", "3", "2", "2", "2");
        assertThat(rows.get(2)).containsExactly("bob", "s002", "bob@uni.example", "0", "0", "0", "3", "1", "0", "2");
        assertThat(rows.get(3).subList(0, 6)).containsExactly("cy", "s003", "cy@uni.example", "1", "0", "1");
        // dee never connected: still graded, with nothing.
        assertThat(rows.get(4)).containsExactly("dee", "s004", "dee@uni.example", "0", "0", "0", "3", "0", "0", "2");
        assertThat(rows).hasSize(5);
    }

    @Test
    void withoutARosterEveryLearnerWithRecords() {
        Result r = gradebook();
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<List<String>> rows = Readers.csv(r.out());
        assertThat(rows.stream().skip(1).map(row -> row.get(0))).containsExactly("ada", "bob", "cy", "eve");
        assertThat(rows.get(4).subList(1, 6)).containsExactly("", "", "0", "0", "0");
    }

    @Test
    void oneLessonOnly() {
        List<List<String>> rows = Readers.csv(ok("--roster", roster.toString(), "--lesson", "beta"));
        assertThat(rows.get(0).subList(3, 6)).containsExactly("beta (of 1)", "total", "out_of");
        assertThat(rows.get(1).subList(3, 6)).containsExactly("1", "1", "1");
    }

    @Test
    void canvasHasThePointsPossibleRowAndMatchesBySisIds() {
        List<List<String>> rows = Readers.csv(ok("--roster", roster.toString(), "--format", "canvas"));
        assertThat(rows.get(0)).containsExactly("Student", "ID", "SIS User ID", "SIS Login ID", "Section",
                "satlab alpha: The peak of the slope", "satlab beta: Drawn numbers");
        assertThat(rows.get(1)).containsExactly("Points Possible", "", "", "", "", "2", "1");
        assertThat(rows.get(2)).containsExactly("ada", "", "s001", "ada@uni.example", "", "2", "1");
    }

    @Test
    void aLearnerMissingFromTheRosterIsNamedWithTheLikelyTypo() throws IOException {
        Files.writeString(roster, "ada\nbob\ncy\neva,s9,eva@uni.example\n");
        Result r = gradebook("--roster", roster.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("eve has results but is not on the roster " + roster
                + "; did you mean 'eva' (line 4)?");
        assertThat(Readers.csv(r.out()).get(1).subList(0, 3)).containsExactly("ada", "", "");
    }

    @Test
    void badRosterLinesAreReportedWithFileAndLine() throws IOException {
        Files.writeString(roster, "name,student_id,email\nada,s1,ada@x.example\n,s2,\nada,s3,\nbob,s1,\n"
                + "cy,s4,not-an-address\ndee,\"s5,x\n");
        Result r = gradebook("--roster", roster.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(roster + ":3: no name")
                .contains(roster + ":4: 'ada' is already on line 2")
                .contains(roster + ":5: student id 's1' is already on line 2")
                .contains(roster + ":6: 'not-an-address' is not an e-mail address")
                .contains(roster + ":7: column 5: the quote is never closed")
                .doesNotContain("Exception");
        Result missing = gradebook("--roster", dir.resolve("nosuch.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("satlab: cannot read the roster " + dir.resolve("nosuch.csv"));
    }

    @Test
    void lmsFormatsNeedARosterAndOptionsMustFit() {
        Result moodle = gradebook("--format", "moodle");
        assertThat(moodle.exitCode()).isEqualTo(2);
        assertThat(moodle.err()).contains("--format moodle needs --roster FILE");
        assertThat(run(null, "results", "--roster", roster.toString(), "--data", data).exitCode()).isEqualTo(2);
        assertThat(gradebook("--items").exitCode()).isEqualTo(2);
        assertThat(gradebook("--format", "excel").err()).contains("csv, moodle, canvas");
    }

    @Test
    void anUnknownLessonIsAnErrorWithASuggestion() {
        Result r = gradebook("--lesson", "bta");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no lesson 'bta'").contains("did you mean 'beta'?");
    }
}
