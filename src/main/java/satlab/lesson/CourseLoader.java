package satlab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a set of lessons: from directories and files on disk, or the course bundled
 * in the jar, with the course's index file ({@link CourseIndex}) where there is one. Never throws for bad content: a lesson with errors is left out of the
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
     * @param indexes     how many course index files ({@value CourseIndex#FILE_NAME}) were read
     */
    public record LoadResult(Course course, List<Diagnostic> diagnostics, int files, int indexes) {

        public LoadResult {
            diagnostics = List.copyOf(diagnostics);
        }

        public LoadResult(Course course, List<Diagnostic> diagnostics, int files) {
            this(course, diagnostics, files, 0);
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
     *
     * @param indexes the course index files ({@value CourseIndex#FILE_NAME}) read: the first
     *                gives the course its title; every one is checked
     */
    public record Unparsed(List<Source> sources, List<Diagnostic> problems, LessonParser.Depth depth,
            List<Source> indexes) {

        public Unparsed {
            sources = List.copyOf(sources);
            problems = List.copyOf(problems);
            indexes = List.copyOf(indexes);
        }

        public Unparsed(List<Source> sources, List<Diagnostic> problems, LessonParser.Depth depth) {
            this(sources, problems, depth, List.of());
        }

        public List<LessonOutline> outline() {
            return LessonOutline.of(sources);
        }

        /**
         * The course's title and description from its index file, as cheap as the outline (a
         * few front-matter lines): {@link CourseInfo#DEFAULT} without an index, or with errors in it.
         */
        public CourseInfo info() {
            return indexes.isEmpty() ? CourseInfo.DEFAULT
                    : CourseIndex.parse(indexes.get(0).name(), indexes.get(0).text()).infoOrDefault();
        }

        /** What a menu shows before the parse: the outline, under the course's title. */
        public Course outlineCourse() {
            return Course.outlineOnly(outline(), info());
        }

        /** The same result {@link #load}, {@link #check} or {@link #bundled} would give. */
        public LoadResult parse() {
            return build(sources, problems, depth, indexes);
        }
    }

    /** What {@link #load} would parse, read but not parsed. */
    public static Unparsed read(List<Path> paths) {
        return read(paths, LessonParser.Depth.QUICK);
    }

    /**
     * What {@link #bundled} would parse, read but not parsed. Running from satlab's jar, the
     * files are read from the jar itself: the class loader would first look for each one in
     * the JDK's modules and then open it through a jar: URL, about ten times the work, and
     * the tutor reads them before its first frame.
     */
    public static Unparsed readBundled() {
        Path jar = ownJar();
        if (jar != null) {
            try (JarFile file = new JarFile(jar.toFile(), false)) {
                return readClasspath(null, file, BUNDLED_DIR);
            } catch (IOException | SecurityException e) {
                // Read through the class loader instead, which reports what is missing.
            }
        }
        return readClasspath(CourseLoader.class.getClassLoader(), null, BUNDLED_DIR);
    }

    /** The jar file this class was loaded from, or null (a classes directory, say). */
    private static Path ownJar() {
        try {
            CodeSource source = CourseLoader.class.getProtectionDomain().getCodeSource();
            URL at = source == null ? null : source.getLocation();
            if (at == null || !at.getProtocol().equals("file") || !at.getPath().endsWith(".jar")) return null;
            Path path = Path.of(at.toURI());
            return Files.isRegularFile(path) ? path : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
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
        List<Source> indexes = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        // A file named twice (a.md a.md, or lessons/ lessons/a.md) is read once, not a duplicate of itself.
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> lessons = files.filter(CourseLoader::isLessonFile).sorted().toList();
                    if (lessons.isEmpty()) {
                        problems.add(Diagnostic.error(path.toString(), 1, 1, "no lesson files (*.md) in this directory"));
                    }
                    Path index = path.resolve(CourseIndex.FILE_NAME);
                    if (Files.isRegularFile(index) && seen.add(identity(index))) read(index, indexes, problems);
                    for (Path p : lessons) {
                        if (seen.add(identity(p))) read(p, sources, problems);
                    }
                } catch (IOException e) {
                    problems.add(Diagnostic.error(path.toString(), 1, 1, "cannot list directory: " + reason(e)));
                }
            } else if (Files.exists(path)) {
                boolean index = path.getFileName() != null && CourseIndex.isIndexName(path.getFileName().toString());
                if (seen.add(identity(path))) read(path, index ? indexes : sources, problems);
            } else {
                problems.add(Diagnostic.error(path.toString(), 1, 1, "no such file or directory"));
            }
        }
        return new Unparsed(sources, problems, depth, indexes);
    }

    private static Path identity(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The bundled course checked as {@code satlab check} checks any lessons ({@link LessonParser.Depth#FULL}). */
    public static LoadResult checkBundled() {
        Unparsed bundled = readBundled();
        return new Unparsed(bundled.sources(), bundled.problems(), LessonParser.Depth.FULL, bundled.indexes()).parse();
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
     * {@code #} comments ignored), named {@code dir + file} in messages, with the course
     * index {@code dir + "course.md"} if there is one; checked as {@link LessonParser.Depth#TRUSTED}.
     */
    public static LoadResult fromClasspath(ClassLoader loader, String dir) {
        return readClasspath(loader, null, dir).parse();
    }

    /** Through {@code jar} when it is not null, else through {@code loader}. */
    private static Unparsed readClasspath(ClassLoader loader, JarFile jar, String dir) {
        List<Source> sources = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        String index = dir + "index.txt";
        String listing = jar != null ? entry(jar, index) : resource(loader, index);
        if (listing == null) {
            problems.add(Diagnostic.error(index, 1, 1, "the bundled lesson index is missing from the class path"));
            return new Unparsed(sources, problems, LessonParser.Depth.TRUSTED);
        }
        String[] names = listing.split("\n");
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            String text = jar != null ? entry(jar, dir + name) : resource(loader, dir + name);
            if (text == null) {
                problems.add(Diagnostic.error(index, i + 1, 1, "lists '" + name + "', which is not on the class path"));
            } else {
                sources.add(new Source(dir + name, text));
            }
        }
        String courseIndex = jar != null ? entry(jar, dir + CourseIndex.FILE_NAME) : resource(loader, dir + CourseIndex.FILE_NAME);
        List<Source> indexes = courseIndex == null ? List.of() : List.of(new Source(dir + CourseIndex.FILE_NAME, courseIndex));
        return new Unparsed(sources, problems, LessonParser.Depth.TRUSTED, indexes);
    }

    /** Parses lessons from text; the ids must be unique across the set. */
    public static LoadResult build(List<Source> sources, List<Diagnostic> earlier, LessonParser.Depth depth) {
        return build(sources, earlier, depth, List.of());
    }

    /** As above, under the title of the first course index in {@code indexes} (every one is checked). */
    public static LoadResult build(List<Source> sources, List<Diagnostic> earlier, LessonParser.Depth depth,
            List<Source> indexes) {
        List<Diagnostic> diagnostics = new ArrayList<>(earlier);
        CourseInfo info = CourseInfo.DEFAULT;
        for (int i = 0; i < indexes.size(); i++) {
            CourseIndex.Result index = CourseIndex.parse(indexes.get(i).name(), indexes.get(i).text());
            diagnostics.addAll(index.diagnostics());
            if (i == 0) info = index.infoOrDefault();
        }
        List<Lesson> lessons = new ArrayList<>();
        Map<String, String> idOwner = new HashMap<>();
        for (Source source : sources) {
            LessonParser.Result result = LessonParser.parse(source.name(), source.text(), depth);
            diagnostics.addAll(result.diagnostics());
            result.lesson().ifPresent(lesson -> {
                String owner = idOwner.putIfAbsent(lesson.id(), source.name());
                if (owner != null) {
                    int[] at = idPosition(source.text());
                    diagnostics.add(Diagnostic.error(source.name(), at[0], at[1], "id '" + lesson.id()
                            + "' is already used by " + owner + "; ids must be unique: give this lesson another"));
                } else {
                    lessons.add(lesson);
                }
            });
        }
        lessons.sort(COURSE_ORDER);
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new LoadResult(new Course(lessons, info), diagnostics, sources.size(), indexes.size());
    }

    /** By {@code order}, lessons without one last, then by file name: as their outlines sort. */
    static final Comparator<Lesson> COURSE_ORDER = (a, b) -> LessonOutline.courseOrder(LessonOutline.of(a),
            LessonOutline.of(b));

    static String fileName(String source) {
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return source.substring(slash + 1);
    }

    private static final Pattern ID_LINE = Pattern.compile("^id[ \\t]*:[ \\t]*");

    /** Line and column of the id's value in the front matter (written {@code id: x} or {@code id : x}). */
    private static int[] idPosition(String text) {
        int line = 1;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String l = text.substring(start, end < 0 ? text.length() : end);
            if (line > 1 && l.strip().equals("---")) break;
            Matcher m = ID_LINE.matcher(l);
            if (m.find()) return new int[] {line, m.end() + 1};
            if (end < 0) break;
            start = end + 1;
            line++;
        }
        return new int[] {1, 1};
    }

    private static boolean isLessonFile(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && name.endsWith(".md") && !name.equalsIgnoreCase("README.md")
                && !CourseIndex.isIndexName(name);
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

    private static String entry(JarFile jar, String name) {
        JarEntry entry = jar.getJarEntry(name);
        if (entry == null) return null;
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
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
