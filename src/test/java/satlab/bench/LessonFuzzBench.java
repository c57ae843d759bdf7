package satlab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import satlab.fuzz.LessonFuzz;

/**
 * The long fuzz run: {@code bench/fuzz [MUTANTS] [SEED] [MAX_RUN]}. Prints the counts the
 * suite asserts on, the rate, and writes each failure (trace and mutant) to
 * target/fuzz-failures.txt. Exit status 1 when any mutant crashed, hung or gave a diagnostic
 * without a position.
 */
public final class LessonFuzzBench {

    private LessonFuzzBench() {}

    public static void main(String[] args) throws Exception {
        int mutants = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int maxRun = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        LessonFuzz fuzz = new LessonFuzz(LessonFuzz.defaultSeeds(Path.of(".")), maxRun, 60_000);
        long start = System.nanoTime();
        int chunk = Math.max(1, Math.min(5_000, mutants / 20));
        int done = 0;
        int crashes = 0, hangs = 0, unpositioned = 0, diagnostics = 0, playable = 0;
        StringBuilder failures = new StringBuilder();
        while (done < mutants) {
            int n = Math.min(chunk, mutants - done);
            LessonFuzz.Report r = fuzz.run(seed * 1_000_003L + done, n);
            done += n;
            crashes += r.crashes();
            hangs += r.hangs();
            unpositioned += r.unpositioned();
            diagnostics += r.diagnostics();
            playable += r.playable();
            r.failures().forEach(f -> failures.append(f).append("\n\n"));
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%,d/%,d mutants, %.0f s: %d crashes, %d hangs, %d unpositioned%n", done,
                    mutants, s, crashes, hangs, unpositioned);
        }
        double s = (System.nanoTime() - start) / 1e9;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fuzz-failures.txt"), failures);
        System.out.printf(Locale.ROOT, "%n%,d lesson mutants (seed %d, runs up to %,d characters): %d crashes, %d hangs,"
                + " %d of %,d diagnostics without a position; %,d played in every front end; %.0f s, %.1f mutants/s%n",
                mutants, seed, maxRun, crashes, hangs, unpositioned, diagnostics, playable, s, mutants / s);
        System.exit(crashes + hangs + unpositioned == 0 ? 0 : 1);
    }
}
