package satlab.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import satlab.engine.TerminalText;
import satlab.lesson.CourseLoader;
import satlab.lesson.Diagnostic;
import satlab.learn.Headless;
import satlab.lesson.LessonParser;
import satlab.line.PlainTutor;
import satlab.store.SqliteStore;
import satlab.store.Store;
import satlab.tui.TutorProbe;

/**
 * Lesson mutants through every door a lesson file goes through: {@code satlab check}
 * (FULL depth every {@link #FULL_EVERY}th mutant, the quick depth the tutor loads with
 * otherwise: the same code, fewer random seeds), loading, then each front end that plays
 * it — the headless runner, the line tutor on piped input and the full-screen tutor on a
 * virtual terminal. A mutant passes when nothing throws, nothing runs past its time limit,
 * and every diagnostic has a position inside the file and a message safe for a terminal.
 *
 * <p>Mutations are the mistakes and attacks seen in lessons: lines deleted, repeated,
 * swapped and spliced from other lessons; closing fences lost; keys misspelt; tabs; values
 * out of range (1e999, 0/0); control characters, bidi controls, lone surrogates, wide
 * characters; long runs of Markdown punctuation and nested emphasis.
 */
public final class LessonFuzz {

    /** Every this many mutants, check runs at full depth (1,000 seeds a quiz). */
    static final int FULL_EVERY = 25;

    /** What one run found. */
    public record Report(int mutants, int crashes, int hangs, int unpositioned, int diagnostics, int playable,
            List<String> failures) {
        public boolean clean() {
            return crashes == 0 && hangs == 0 && unpositioned == 0;
        }

        @Override
        public String toString() {
            return mutants + " mutants: " + crashes + " crashes, " + hangs + " hangs, " + unpositioned
                    + " diagnostics without a position in the file (of " + diagnostics + "); " + playable
                    + " mutants loaded and were played in every front end";
        }
    }

    private final List<String> seeds;
    private final int maxRun;
    private final long timeoutMillis;

    /**
     * @param seeds   lesson texts to mutate
     * @param maxRun  the longest run of one character a mutation writes (long runs once overflowed the stack)
     * @param timeoutMillis a mutant taking longer than this in total is a hang
     */
    public LessonFuzz(List<String> seeds, int maxRun, long timeoutMillis) {
        this.seeds = List.copyOf(seeds);
        this.maxRun = maxRun;
        this.timeoutMillis = timeoutMillis;
    }

    /** The bundled course, the authoring guide's example and the malformed fixtures. */
    public static List<String> defaultSeeds(Path base) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(base.resolve("lessons"), base.resolve("src/test/resources/lessons/malformed"),
                base.resolve("src/test/resources/line/lessons"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    String t = Files.readString(p, StandardCharsets.UTF_8);
                    int example = t.indexOf("````markdown\n");
                    if (example >= 0) t = t.substring(example + 13, t.indexOf("\n````", example));
                    texts.add(t);
                }
            }
        }
        return texts;
    }

    public Report run(long seed, int mutants) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "lesson-fuzz");
            t.setDaemon(true);
            return t;
        });
        int crashes = 0, hangs = 0, unpositioned = 0, diagnostics = 0, playable = 0;
        List<String> failures = new ArrayList<>();
        try {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < mutants; i++) {
                String text = mutant(random.split());
                boolean full = i % FULL_EVERY == 0;
                int index = i;
                Future<Outcome> f = worker.submit(() -> probe("mutant-" + index + ".md", text, full));
                try {
                    Outcome o = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
                    diagnostics += o.diagnostics();
                    unpositioned += o.unpositioned().size();
                    if (o.played()) playable++;
                    for (String u : o.unpositioned()) failures.add("mutant " + i + ": unpositioned " + u);
                } catch (TimeoutException e) {
                    hangs++;
                    failures.add("mutant " + i + ": no result after " + timeoutMillis + " ms\n" + text);
                    f.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                } catch (java.util.concurrent.ExecutionException e) {
                    crashes++;
                    StringWriter trace = new StringWriter();
                    e.getCause().printStackTrace(new PrintWriter(trace));
                    failures.add("mutant " + i + ": " + trace + "\n--- mutant ---\n" + text);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new Report(mutants, crashes, hangs, unpositioned, diagnostics, playable, failures);
    }

    record Outcome(int diagnostics, List<String> unpositioned, boolean played) {}

    private static Outcome probe(String name, String text, boolean full) throws IOException {
        CourseLoader.Source source = new CourseLoader.Source(name, text);
        CourseLoader.LoadResult checked = CourseLoader.build(List.of(source), List.of(),
                full ? LessonParser.Depth.FULL : LessonParser.Depth.QUICK);
        int lines = text.split("\n", -1).length;
        List<String> unpositioned = new ArrayList<>();
        for (Diagnostic d : checked.diagnostics()) {
            boolean inFile = d.line() >= 1 && d.line() <= lines + 1 && d.column() >= 1;
            boolean safe = TerminalText.firstUnsafe(d.message(), false) < 0 && !d.message().isBlank();
            if (!inFile || !safe) unpositioned.add(d.toString());
        }
        CourseLoader.LoadResult loaded = full ? CourseLoader.build(List.of(source), List.of(), LessonParser.Depth.QUICK)
                : checked;
        if (loaded.course().isEmpty()) return new Outcome(checked.diagnostics().size(), unpositioned, false);
        StringWriter transcript = new StringWriter();
        Headless.run(loaded.course(), List.of("yes", "1", "0.5", "no"), 7L, "fuzz", java.time.Clock.systemUTC(),
                new PrintWriter(transcript));
        // In memory: the store's own disk behaviour is tested elsewhere, and 100,000 mutants should not wear a disk.
        try (Store store = SqliteStore.inMemory("a fuzz run keeps nothing")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String answers = "\n\nyes\n1\n?\n0.5\nb\n\n\n\nm\n\nq\n";
            PlainTutor.run(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)), out, loaded.course(),
                    store, new PlainTutor.Settings("fuzz", OptionalLong.of(3), false));
            String plain = out.toString(StandardCharsets.UTF_8);
            int bad = TerminalText.firstUnsafe(plain, false);
            if (bad >= 0 && plain.charAt(bad) != '\n' && plain.charAt(bad) != '\t') {
                throw new IllegalStateException("the line tutor printed " + TerminalText.describe(plain.codePointAt(bad)));
            }
            TutorProbe.play(loaded, store, 80, 24, 4);
        }
        return new Outcome(checked.diagnostics().size(), unpositioned, true);
    }

    // ---- mutations ----

    private static final String[] HOSTILE = {
        "\u0000", "\u0007", "\u001b[2J", "\u001b]0;title\u0007", "\u009b31m", "\u202e", "\u2066", "\u2028", "\r",
        "\ud800", "\udc00", "漢字かな", "😀", "e\u0301", "𝑥", "\t", "\\", "`", "**", "__", "[", "](", "<!--", "{", "}",
        "{ln(-1)}", "{0/0}", "{1e999}", "{", "//", "- [x] ", "- [ ] ", ":", "  ", "#", "##", "```", "~~~", "\uFEFF",
    };

    private static final String[] NUMBERS = {
        "1e999", "-1e999", "0/0", "1e308*10", "-0", "NaN", "inf", "1e-400", "99999999999", "0", "-1", "1e308",
        "randn(1000000)", "[" + "[".repeat(300), "sigmoid(".repeat(250), "x = 1", "1/(round(rand()*3)-1)",
    };

    private static final String[] WORDS = {
        "```quiz", "```quizz", "```plot", "```neuron", "```network", "```train", "```", "## Step", "---",
        "kind: yesno", "kind: number", "kind: choice", "answer: saturated(z)", "let: z = randn() * 10",
        "ask: Is {z} big?", "tolerance: 1%", "tolerence: 1%", "functions: sigmoid(z)", "threshold: 1e999",
        "id: same", "id : same", "title:", "order: 1", "layers: 1000000", "width: 0", "epochs: 1e9", "start: 2, 2",
        "1984. a year", "see [1] and [x](y)", "> quote", "    code", "- item", "\tcontinued", " continued",
    };

    String mutant(SplittableRandom r) {
        String base = seeds.get(r.nextInt(seeds.size()));
        List<String> lines = new ArrayList<>(List.of(base.split("\n", -1)));
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) mutate(lines, r);
        return String.join(r.nextInt(12) == 0 ? "\r\n" : "\n", lines);
    }

    private void mutate(List<String> lines, SplittableRandom r) {
        if (lines.isEmpty()) lines.add("");
        int at = r.nextInt(lines.size());
        String line = lines.get(at);
        switch (r.nextInt(15)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, line);
            case 2 -> {
                int other = r.nextInt(lines.size());
                lines.set(at, lines.get(other));
                lines.set(other, line);
            }
            case 3 -> {
                String[] donor = seeds.get(r.nextInt(seeds.size())).split("\n", -1);
                int from = r.nextInt(donor.length);
                int len = 1 + r.nextInt(Math.min(12, donor.length - from));
                lines.addAll(at, List.of(donor).subList(from, from + len));
            }
            case 4, 12 -> lines.set(at, insert(line, pick(HOSTILE, r), r));
            case 5 -> lines.set(at, line.replaceFirst("-?[0-9]+(\\.[0-9]+)?", java.util.regex.Matcher.quoteReplacement(
                    pick(NUMBERS, r))));
            case 6 -> {
                String c = pick(new String[] {"-", "*", "_", "[", "`", ">", "#", "|", "~", "*x", "_x", "(", "- "}, r);
                lines.set(at, insert(line, c.repeat(1 + r.nextInt(maxRun / c.length())), r));
            }
            case 7 -> lines.set(at, pick(new String[] {"\t", " ", "    ", "  "}, r) + line.stripLeading());
            case 8 -> lines.subList(at, lines.size()).clear();
            case 9 -> {
                for (int i = at; i < lines.size(); i++) {
                    if (lines.get(i).strip().equals("```")) {
                        lines.remove(i);
                        break;
                    }
                }
            }
            case 10 -> {
                int colon = line.indexOf(':');
                if (colon > 2) {
                    int i = r.nextInt(colon - 1);
                    char[] cs = line.toCharArray();
                    char t = cs[i];
                    cs[i] = cs[i + 1];
                    cs[i + 1] = t;
                    lines.set(at, new String(cs));
                }
            }
            case 11 -> lines.add(at, pick(WORDS, r));
            case 13 -> lines.set(at, "");
            default -> {
                int colon = line.indexOf(':');
                if (colon > 0) lines.set(at, line.substring(0, colon + 1) + " " + pick(NUMBERS, r));
            }
        }
    }

    private static String insert(String line, String what, SplittableRandom r) {
        int i = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
        return line.substring(0, i) + what + line.substring(i);
    }

    private static String pick(String[] options, SplittableRandom r) {
        return options[r.nextInt(options.length)];
    }

}
