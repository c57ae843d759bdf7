package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static satlab.cli.StoreCommandRun.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import satlab.cli.StoreCommandRun.Result;
import satlab.store.export.Readers;

class ItemAnalysisCommandTest extends ClassDatabase {

    private Result items(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("results", "--items", "--data", data, "--lessons",
                lessons.toString()));
        args.addAll(List.of(more));
        Result r = run(null, args.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        return r;
    }

    @Test
    void textTableMatchesItsGoldenFile() {
        golden("items.txt.expected", items().out());
    }

    @Test
    void csvMatchesItsGoldenFile() {
        golden("items.csv.expected", items("--csv").out());
    }

    @Test
    void jsonMatchesItsGoldenFile() {
        golden("items.json.expected", items("--json").out());
    }

    @Test
    void countsFollowTheLearnersAnswers() {
        List<List<String>> rows = Readers.csv(items("--csv").out());
        List<String> peak = rows.get(1);
        // ada right first; bob wrong twice; cy wrong (hint showing) then right.
        assertThat(peak.subList(0, 9)).containsExactly("alpha", "1", "peak", "What is the largest value σ'(z) can take?",
                "5", "3", "33", "67", "33");
        assertThat(peak.subList(9, 15)).containsExactly("0.5", "2", "1", "1", "", "");
        List<String> flat = rows.get(2);
        assertThat(flat.subList(4, 12)).containsExactly("3", "2", "0", "50", "50", "no", "2", "");
        // Everyone drew other numbers: the lesson's text stands for the question.
        assertThat(rows.get(3).subList(3, 8)).containsExactly("What is σ({x}) to 3 places?", "2", "2", "50", "50");
        assertThat(rows.get(3).get(9)).isEqualTo("-1");
    }

    @Test
    void oneLessonOnly() {
        List<List<String>> rows = Readers.csv(items("--csv", "--lesson", "beta").out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo("beta");
    }

    @Test
    void aResetLearnerNoLongerCounts() {
        try (satlab.store.SqliteStore store = satlab.store.SqliteStore.open(dir.resolve("data/satlab.db"))) {
            store.reset("bob", java.util.Optional.of("alpha"));
        }
        List<String> peak = Readers.csv(items("--csv").out()).get(1);
        assertThat(peak.subList(4, 9)).containsExactly("3", "2", "50", "100", "50");
    }

    @Test
    void anUnknownLessonIsAnErrorWithASuggestion() {
        Result r = run(null, "results", "--items", "--lesson", "alpah", "--data", data, "--lessons",
                lessons.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no lesson 'alpah'").contains("did you mean 'alpha'?");
        Result plain = run(null, "results", "--lesson", "nosuch", "--data", data);
        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.err()).contains("no lesson 'nosuch'").doesNotContain("No results yet");
    }
}
