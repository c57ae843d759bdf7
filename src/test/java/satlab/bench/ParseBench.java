package satlab.bench;

import java.util.List;
import java.util.Locale;
import satlab.lesson.CourseLoader;
import satlab.lesson.LessonParser;

/**
 * How long {@code satlab check} takes on large lessons, by size and by shape: prose,
 * value continuation lines, long runs of Markdown punctuation, nested emphasis, and many
 * small blocks. Parsing is linear when each doubling of the size doubles the time.
 * Each figure is the best of three runs, after one warm-up run of every case.
 *
 *   bench/parse [MB ...]   (default 1 4 16)
 */
public final class ParseBench {

    private ParseBench() {}

    record Shape(String name, String unit) {}

    static final List<Shape> SHAPES = List.of(
            new Shape("prose", "The sigmoid's slope σ'(z) is *tiny* when |z| is **large**; see [the Q&A](https://example.org).\n\n"),
            new Shape("continuations", "  and a value that continues on the next line\n"),
            new Shape("runs", "-".repeat(2_000) + " " + "*".repeat(2_000) + " " + "_".repeat(2_000) + "\n\n"),
            new Shape("nested-emphasis", "*x _x ".repeat(200) + "\n"),
            new Shape("blocks", "```plot\nfrom: -5\nto: 5\n```\n\n"));

    static String lesson(Shape shape, long bytes) {
        StringBuilder sb = new StringBuilder("---\nid: big\ntitle: Big\n---\n## Step\n\n");
        if (shape.name().equals("continuations")) sb.append("```neuron\nweights: 1, 1\ninputs: 1, 1\nbias: 0\n");
        while (sb.length() < bytes) sb.append(shape.unit());
        if (shape.name().equals("continuations")) sb.append("```\n");
        return sb.toString();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * Seconds of this thread's CPU for one check: on a shared machine the wall clock also
     * counts the time other processes had the cores (the bench prints both for 10 MB).
     */
    static double seconds(String text) {
        long start = THREADS.getCurrentThreadCpuTime();
        check(text);
        return (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
    }

    static double wallSeconds(String text) {
        long start = System.nanoTime();
        check(text);
        return (System.nanoTime() - start) / 1e9;
    }

    private static void check(String text) {
        CourseLoader.LoadResult r = CourseLoader.build(List.of(new CourseLoader.Source("big.md", text)), List.of(),
                LessonParser.Depth.FULL);
        if (r.files() != 1) throw new IllegalStateException();
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1, 4, 16} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (Shape s : SHAPES) seconds(lesson(s, 1 << 20)); // warm-up
        System.out.printf(Locale.ROOT, "%-16s %s%n", "shape", String.join("  ",
                java.util.Arrays.stream(sizes).mapToObj(mb -> String.format(Locale.ROOT, "%8s", mb + " MB")).toList())
                + "   ratio per x4 (seconds of CPU, best of 3)");
        for (Shape s : SHAPES) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s", s.name()));
            double previous = 0;
            StringBuilder ratios = new StringBuilder();
            for (int mb : sizes) {
                String text = lesson(s, (long) mb << 20);
                double best = Double.MAX_VALUE;
                for (int k = 0; k < 3; k++) best = Math.min(best, seconds(text));
                line.append(String.format(Locale.ROOT, " %7.3fs", best));
                if (previous > 0) ratios.append(String.format(Locale.ROOT, " %.1f", best / previous));
                previous = best;
            }
            System.out.println(line + "  " + ratios);
        }
        String ten = lesson(SHAPES.get(0), 10L << 20);
        double best = Double.MAX_VALUE;
        double bestWall = Double.MAX_VALUE;
        for (int k = 0; k < 3; k++) {
            best = Math.min(best, seconds(ten));
            bestWall = Math.min(bestWall, wallSeconds(ten));
        }
        System.out.printf(Locale.ROOT, "10 MB of prose: %.3f s of CPU, %.3f s on the wall clock (target: under 2 s;"
                + " load average now %.1f on %d cores)%n", best, bestWall,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
