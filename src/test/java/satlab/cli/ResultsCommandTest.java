package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static satlab.cli.StoreCommandRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import satlab.cli.StoreCommandRun.Result;
import satlab.store.SqliteStore;
import satlab.store.export.Readers;

class ResultsCommandTest extends FilledDatabase {

    static final List<String> HEADER = List.of("learner", "lesson", "lessonVersion", "quiz", "quizVersion",
            "position", "question", "values", "expected", "answer", "answerValue", "correct", "attempt", "hint",
            "review", "time", "seed", "counted", "reset");

    @Test
    void csvHasAHeaderAndOneRecordPerAnswerEscapedPerRfc4180() {
        Result r = run(null, "results", "--csv", "--data", data);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<List<String>> records = Readers.csv(r.out());
        assertThat(records.get(0)).isEqualTo(HEADER);
        assertThat(records).hasSize(1 + 5);
        List<String> tricky = records.stream().filter(rec -> rec.get(9).startsWith("yes")).findFirst().orElseThrow();
        assertThat(tricky.get(9)).isEqualTo("yes, \"very\", saturated\nat z=10");
        assertThat(tricky).containsSequence("ada", "tanh");
        assertThat(tricky.get(15)).isEqualTo("2026-01-05T09:01:00Z");
        List<String> retried = records.stream().filter(rec -> rec.get(9).equals("0.25")).findFirst().orElseThrow();
        assertThat(retried.get(3)).startsWith("q-");
        assertThat(retried.get(6)).isEqualTo("What is the largest value σ'(z) can take?");
        assertThat(retried.subList(8, 13)).containsExactly("0.25", "0.25", "0.25", "true", "2");
        assertThat(retried.get(16)).matches("0x[0-9a-f]{16}");
        assertThat(retried.subList(17, 19)).containsExactly("true", "false");
        assertThat(records.stream().skip(1).filter(rec -> rec.get(17).equals("true"))).hasSize(5);
    }

    @Test
    void aFormulaTypedAsAnAnswerIsTextInCsvAndAPlainNumberStaysANumber() {
        List<List<String>> records = Readers.csv(run(null, "results", "--csv", "--data", data).out());
        List<String> bob = records.stream().filter(rec -> rec.get(0).equals("bob")).findFirst().orElseThrow();
        assertThat(bob.get(9)).isEqualTo("'-2+3");
        assertThat(bob.get(10)).isEqualTo("1");
    }

    @Test
    void anOddRowNeverStopsTheExport() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("satlab.db"));
                var s = c.createStatement()) {
            s.execute("INSERT INTO learners (name, created_at) VALUES ('eve\u0007' || char(10) || 'x', 0)");
            s.execute("INSERT INTO attempts (learner_id, lesson_id, quiz_index, fingerprint, seed, answer, correct,"
                    + " answered_at) SELECT id, 'sigmoid', -3, '', 1, char(27) || '[2J', 0, -1 FROM learners"
                    + " WHERE name LIKE 'eve%'");
            s.execute("INSERT INTO positions (learner_id, lesson_id, step, step_count, updated_at) SELECT id,"
                    + " 'sigmoid', 99, 0, 0 FROM learners WHERE name LIKE 'eve%'");
        }
        for (String format : List.of("--csv", "--json", "--text")) {
            Result r = format.equals("--text") ? run(null, "results", "--data", data)
                    : run(null, "results", format, "--data", data);
            assertThat(r.exitCode()).as(format).isZero();
            assertThat(r.err()).as(format).isEmpty();
            assertThat(r.out()).as(format).contains("eve");
        }
        assertThat(run(null, "results", "--csv", "--scores", "--data", data).exitCode()).isZero();
    }

    @Test
    void csvScoresOnePerLearnerAndLessonOutOfEveryQuiz() {
        Result r = run(null, "results", "--csv", "--scores", "--data", data);
        assertThat(r.exitCode()).isZero();
        List<List<String>> rows = Readers.csv(r.out());
        assertThat(rows.get(0)).containsExactly("learner", "lesson", "step", "steps", "done", "completed_at", "right",
                "finished", "quizzes", "seconds");
        String steps = Integer.toString(satlab.lesson.CourseLoader.bundled().course().lesson("sigmoid").orElseThrow()
                .steps().size());
        assertThat(rows.get(1)).containsExactly("ada", "sigmoid", "3", steps, "false", "", "1", "1", "3", "0");
        assertThat(rows.get(2).subList(0, 5)).containsExactly("ada", "tanh", "3", "3", "true");
        assertThat(rows.get(2).subList(6, 9)).containsExactly("1", "1", "1");
        assertThat(rows.get(3)).containsExactly("bob", "sigmoid", "", "", "false", "", "0", "0", "3", "0");
    }

    @Test
    void oneLessonOnlyAndResetAnswersStillShown() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("satlab.db"))) {
            store.reset("ada", Optional.of("sigmoid"));
        }
        List<List<String>> records = Readers.csv(run(null, "results", "--csv", "--lesson", "sigmoid", "--data", data).out());
        assertThat(records).hasSize(1 + 4).allMatch(rec -> rec.get(1).equals("sigmoid") || rec.get(1).equals("lesson"));
        assertThat(records.stream().filter(rec -> rec.get(0).equals("ada")))
                .allMatch(rec -> rec.get(18).equals("true") && rec.get(17).equals("false"));
    }

    @Test
    void jsonNamesEveryFieldOfTheRecordAsTheIssueGivesThem() {
        Result r = run(null, "results", "--json", "--data", data);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{\n  \"scores\": [").contains("\"attempts\": [");
        for (String field : List.of("learner", "lesson", "lessonVersion", "quiz", "quizVersion", "question", "values",
                "expected", "answer", "answerValue", "correct", "attempt", "hint", "time")) {
            assertThat(r.out()).as(field).contains("      \"" + field + "\": ");
        }
        assertThat(r.out()).contains("\"answer\": " + "\"yes, \\\"very\\\", saturated\\nat z=10\"");
        assertThat(Readers.jsonString("\"yes, \\\"very\\\", saturated\\nat z=10\"")).isEqualTo("yes, \"very\", saturated\nat z=10");
        assertThat(r.out()).containsPattern("\"seed\": \"0x[0-9a-f]{16}\"").contains("\"done\": true")
                .contains("\"step\": null").contains("\"quizzes\": 3").contains("\"attempt\": 2");
    }

    @Test
    void plainTextReportByDefault() {
        Result r = run(null, "results", "--data", data);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Course: why large weights saturate sigmoid neurons\n"
                + "Scores (right out of every quiz of the lesson)\n");
        assertThat(r.out().lines().filter(l -> l.startsWith("bob")).findFirst().orElseThrow())
                .matches("bob +sigmoid +- +no +0 of 3");
        assertThat(r.out()).contains("yes, \"very\", saturated\\nat z=10");
    }

    @Test
    void noDatabaseYetIsNotAnError() {
        Path empty = dir.resolve("none");
        Result text = run(null, "results", "--data", empty.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("No results yet in " + empty.resolve("satlab.db"));
        Result csv = run(null, "results", "--csv", "--data", empty.toString());
        assertThat(csv.out()).isEqualTo(String.join(",", HEADER) + "\r\n");
        assertThat(empty).doesNotExist();
    }

    @Test
    void conflictingFormatsAreUsageErrors() {
        Result both = run(null, "results", "--csv", "--json", "--data", data);
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive").contains("satlab results --help");
        Result scores = run(null, "results", "--json", "--scores", "--data", data);
        assertThat(scores.exitCode()).isEqualTo(2);
        assertThat(scores.err()).contains("--scores only goes with --csv");
    }

    @Test
    void aDatabaseFromANewerSatlabIsReportedNotTouched() throws Exception {
        Path newer = Files.createDirectory(dir.resolve("newer"));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer.resolve("satlab.db"));
                var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(newer.resolve("satlab.db"));
        Result r = run(null, "results", "--data", newer.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("newer satlab").contains("schema version 99").doesNotContain("Exception");
        assertThat(Files.readAllBytes(newer.resolve("satlab.db"))).isEqualTo(before);
    }

    @Test
    void aFileGivenAsTheDataDirectoryIsAnErrorNotAnEmptyReport() throws Exception {
        String file = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "x").toString();
        for (String command : new String[] {"results", "progress"}) {
            Result r = run(null, command, "--data", file);
            assertThat(r.exitCode()).as(command).isEqualTo(1);
            assertThat(r.err()).as(command).contains("is a file, not a directory");
            assertThat(r.out()).as(command).doesNotContain("No results yet");
        }
    }
}
