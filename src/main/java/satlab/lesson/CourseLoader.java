package satlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a set of lessons: from directories and files on disk, or the course bundled
 * in the jar. Never throws for bad content: a lesson with errors is left out of the
 * course and its problems are in the diagnostics, so a player can show them (the
 * tutor's reload key) and {@code satlab check} can print them.
 */
public final class CourseLoader {

    /** Where the bundled course sits on the classpath. */
    public static final String BUNDLED_DIR = "lessons/";
    /** Lists the bundled lesson files, one name a line; jar directories cannot be listed. */
    public static final String BUNDLED_INDEX = BUNDLED_DIR + "index.txt";

    private CourseLoader() {}

    /**
     * @param course      the lessons without errors, in course order
     * @param diagnostics every problem found, in file order
     * @param files       how many lesson files were read
     */
    public record LoadResult(Course course, List<Diagnostic> diagnostics, int files) {

        public LoadResult {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }

        public long errorCount() {
            return diagnostics.stream().filter(Diagnostic::isError).count();
        }

        public long warningCount() {
            return diagnostics.size() - errorCount();
        }
    }

    /** One lesson's text and the name to use for it in messages. */
    public record Source(String name, String text) {}

    /**
     * Lesson files read but not yet parsed, with the problems found reading them: a
     * menu can show their {@link #outline()} at once and {@link #parse()} them later.
     */
    public record Unparsed(List<Source> sources, List<Diagnostic> problems, LessonParser.Depth depth) {

        public Unparsed {
            sources = List.copyOf(sources);
            problems = List.copyOf(problems);
        }

        public List<LessonOutline> outline() {
            return LessonOutline.of(sources);
        }

        /** The same result {@link #load}, {@link #check} or {@link #bundled} would give. */
        public LoadResult parse() {
            return build(sources, problems, depth);
        }
    }

    /** What {@link #load} would parse, read but not parsed. */
    public static Unparsed read(List<Path> paths) {
        return read(paths, LessonParser.Depth.QUICK);
    }

    /** What {@link #bundled} would parse, read but not parsed. */
    public static Unparsed readBundled() {
        return readClasspath(CourseLoader.class.getClassLoader(), BUNDLED_DIR);
    }

    /**
     * Loads lesson files and directories to play (each directory's {@code *.md} files
     * except README.md, not recursing); each quiz is tried once
     * ({@link LessonParser.Depth#QUICK}). Paths are named in messages as given.
     */
    public static LoadResult load(List<Path> paths) {
        return read(paths).parse();
    }

    public static LoadResult load(Path... paths) {
        return load(List.of(paths));
    }

    /**
     * Like {@link #load} but checks everything {@code satlab check} does: quizzes
     * over many random seeds, and warnings ({@link LessonParser.Depth#FULL}). Use it
     * where an author previews lessons, e.g. a reload key.
     */
    public static LoadResult check(List<Path> paths) {
        return read(paths, LessonParser.Depth.FULL).parse();
    }

    public static LoadResult check(Path... paths) {
        return check(List.of(paths));
    }

    private static Unparsed read(List<Path> paths, LessonParser.Depth depth) {
        List<Source> sources = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> lessons = files.filter(CourseLoader::isLessonFile).sorted().toList();
                    if (lessons.isEmpty()) {
                        problems.add(Diagnostic.error(path.toString(), 1, 1, "no lesson files (*.md) in this directory"));
                    }
                    for (Path p : lessons) read(p, sources, problems);
                } catch (IOException e) {
                    problems.add(Diagnostic.error(path.toString(), 1, 1, "cannot list directory: " + reason(e)));
                }
            } else if (Files.exists(path)) {
                read(path, sources, problems);
            } else {
                problems.add(Diagnostic.error(path.toString(), 1, 1, "no such file or directory"));
            }
        }
        return new Unparsed(sources, problems, depth);
    }

    /**
     * The course shipped inside satlab, read through {@link #BUNDLED_INDEX}. Its quizzes
     * are not re-tried here ({@link LessonParser.Depth#TRUSTED}): the build checks them
     * in full, and start-up stays fast.
     */
    public static LoadResult bundled() {
        return readBundled().parse();
    }

    /**
     * Lessons listed in {@code dir + "index.txt"} on a class path (blank lines and
     * {@code #} comments ignored), named {@code dir + file} in messages; checked as
     * {@link LessonParser.Depth#TRUSTED}.
     */
    public static LoadResult fromClasspath(ClassLoader loader, String dir) {
        return readClasspath(loader, dir).parse();
    }

    private static Unparsed readClasspath(ClassLoader loader, String dir) {
        List<Source> sources = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        String index = dir + "index.txt";
        String listing = resource(loader, index);
        if (listing == null) {
            problems.add(Diagnostic.error(index, 1, 1, "the bundled lesson index is missing from the class path"));
            return new Unparsed(sources, problems, LessonParser.Depth.TRUSTED);
        }
        String[] names = listing.split("\n");
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            String text = resource(loader, dir + name);
            if (text == null) {
                problems.add(Diagnostic.error(index, i + 1, 1, "lists '" + name + "', which is not on the class path"));
            } else {
                sources.add(new Source(dir + name, text));
            }
        }
        return new Unparsed(sources, problems, LessonParser.Depth.TRUSTED);
    }

    /** Parses lessons from text; the ids must be unique across the set. */
    public static LoadResult build(List<Source> sources, List<Diagnostic> earlier, LessonParser.Depth depth) {
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        List<Lesson> lessons = new ArrayList<>();
        Map<String, String> idOwner = new HashMap<>();
        for (Source source : sources) {
            LessonParser.Result result = LessonParser.parse(source.name(), source.text(), depth);
            diagnostics.addAll(result.diagnostics());
            result.lesson().ifPresent(lesson -> {
                String owner = idOwner.putIfAbsent(lesson.id(), source.name());
                if (owner != null) {
                    diagnostics.add(Diagnostic.error(source.name(), idLine(source.text()), 1,
                            "id '" + lesson.id() + "' is already used by " + owner + "; ids must be unique"));
                } else {
                    lessons.add(lesson);
                }
            });
        }
        lessons.sort(COURSE_ORDER);
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new LoadResult(new Course(lessons), diagnostics, sources.size());
    }

    /** By {@code order}, lessons without one last, then by file name: as their outlines sort. */
    static final Comparator<Lesson> COURSE_ORDER = (a, b) -> LessonOutline.courseOrder(LessonOutline.of(a),
            LessonOutline.of(b));

    static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static int idLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("id:")) return i + 1;
        }
        return 1;
    }

    private static boolean isLessonFile(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && name.endsWith(".md") && !name.equalsIgnoreCase("README.md");
    }

    private static void read(Path path, List<Source> sources, List<Diagnostic> problems) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            sources.add(new Source(path.toString(), text));
        } catch (CharacterCodingException e) {
            problems.add(Diagnostic.error(path.toString(), 1, 1, "not UTF-8 text: save the file as UTF-8"));
        } catch (IOException e) {
            problems.add(Diagnostic.error(path.toString(), 1, 1, "cannot read: " + reason(e)));
        }
    }

    private static String resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
