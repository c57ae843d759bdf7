package satlab.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import satlab.store.Store;
import satlab.store.StoreException;
import satlab.store.export.Results;

/** {@code satlab results}: every learner's scores and answers, for instructors. */
@Command(
        name = "results",
        mixinStandardHelpOptions = true,
        description = {
            "Every learner's scores and answers, for instructors: a report, or CSV / JSON for a spreadsheet.",
            "An answer is counted when it is the learner's latest to that quiz; reset answers are kept and marked."
        })
public final class ResultsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin DataOption data;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--csv", description = "CSV (RFC 4180, with a header row): one row per answer.")
        boolean csv;

        @Option(names = "--json", description = "JSON: {\"scores\": [...], \"attempts\": [...]}.")
        boolean json;
    }

    @Option(names = "--scores", description = "With --csv: one row per learner and lesson instead of per answer.")
    boolean scores;

    @Option(names = "--lesson", paramLabel = "ID", description = "Only this lesson.")
    String lesson;

    @Override
    public Integer call() {
        if (scores && !format.csv) throw new ParameterException(spec.commandLine(), "--scores only goes with --csv");
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = data.openForReports()) {
            Results results = Results.of(store, Optional.ofNullable(lesson));
            if (format.csv) {
                out.print(scores ? results.scoresCsv() : results.attemptsCsv());
            } else if (format.json) {
                out.print(results.json());
            } else if (results.isEmpty()) {
                out.println("No results yet" + (lesson == null ? "" : " for lesson '" + lesson + "'")
                        + " in " + data.databaseFile() + ".");
            } else {
                out.print(results.text());
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("satlab: " + e.getMessage());
            return 1;
        }
    }
}
