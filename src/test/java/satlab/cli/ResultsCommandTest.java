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

    @Test
    void csvHasAHeaderAndOneRecordPerAnswerEscapedPerRfc4180() {
        Result r = run(null, "results", "--csv", "--data", data);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<List<String>> records = Readers.csv(r.out());
        assertThat(records.get(0)).containsExactly(
                "learner", "lesson", "quiz", "fingerprint", "seed", "answer", "correct", "answered_at", "counted", "reset");
        assertThat(records).hasSize(1 + 5);
        List<String> tricky = records.stream().filter(rec -> rec.get(5).startsWith("yes")).findFirst().orElseThrow();
        assertThat(tricky.get(5)).isEqualTo("yes, \"very\", saturated\nat z=10");
        assertThat(tricky).containsSequence("ada", "sigmoid", "2");
        assertThat(tricky.get(7)).isEqualTo("2026-01-05T09:04:00Z");
        List<String> retried = records.stream().filter(rec -> rec.get(5).equals("0.5")).findFirst().orElseThrow();
        assertThat(retried.subList(6, 10)).containsExactly("false", "2026-01-05T09:02:00Z", "false", "false");
        assertThat(records.stream().filter(rec -> rec.get(8).equals("true"))).hasSize(4);
    }

    @Test
    void csvScoresOnePerLearnerAndLesson() {
        Result r = run(null, "results", "--csv", "--scores", "--data", data);
        assertThat(r.exitCode()).isZero();
        assertThat(Readers.csv(r.out())).containsExactly(
                List.of("learner", "lesson", "step", "steps", "completed", "completed_at", "right", "answered"),
                List.of("ada", "sigmoid", "3", "7", "false", "", "1", "2"),
                List.of("ada", "tanh", "3", "3", "true", r.out().lines().skip(2).findFirst().orElseThrow().split(",")[5],
                        "1", "1"),
                List.of("bob", "sigmoid", "", "", "false", "", "0", "1"));
    }

    @Test
    void oneLessonOnlyAndResetAnswersStillShown() {
        try (SqliteStore store = SqliteStore.open(dir.resolve("satlab.db"))) {
            store.reset("ada", Optional.of("sigmoid"));
        }
        List<List<String>> records = Readers.csv(run(null, "results", "--csv", "--lesson", "sigmoid", "--data", data).out());
        assertThat(records).hasSize(1 + 4).allMatch(rec -> rec.get(1).equals("sigmoid") || rec.get(1).equals("lesson"));
        assertThat(records.stream().filter(rec -> rec.get(0).equals("ada")))
                .allMatch(rec -> rec.get(9).equals("true") && rec.get(8).equals("false"));
    }

    @Test
    void jsonIsEscapedAndHoldsScoresAndAttempts() {
        Result r = run(null, "results", "--json", "--data", data);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("{\n  \"scores\": [").contains("\"attempts\": [");
        assertThat(r.out()).contains("\"answer\": " + "\"yes, \\\"very\\\", saturated\\nat z=10\"");
        assertThat(Readers.jsonString("\"yes, \\\"very\\\", saturated\\nat z=10\"")).isEqualTo("yes, \"very\", saturated\nat z=10");
        assertThat(r.out()).contains("\"seed\": \"1000\"").contains("\"completed\": true").contains("\"step\": null");
    }

    @Test
    void plainTextReportByDefault() {
        Result r = run(null, "results", "--data", data);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Scores\n");
        assertThat(r.out().lines().filter(l -> l.startsWith("bob")).findFirst().orElseThrow())
                .matches("bob +sigmoid +- +no +0 of 1");
        assertThat(r.out()).contains("yes, \"very\", saturated\\nat z=10");
    }

    @Test
    void noDatabaseYetIsNotAnError() {
        Path empty = dir.resolve("none");
        Result text = run(null, "results", "--data", empty.toString());
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("No results yet in " + empty.resolve("satlab.db"));
        Result csv = run(null, "results", "--csv", "--data", empty.toString());
        assertThat(csv.out()).isEqualTo("learner,lesson,quiz,fingerprint,seed,answer,correct,answered_at,counted,reset\r\n");
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
}
