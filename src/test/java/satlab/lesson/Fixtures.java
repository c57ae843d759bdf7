package satlab.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths to the lesson fixtures and the bundled course, relative to the project. */
final class Fixtures {

    static final Path BASE = Path.of(System.getProperty("satlab.basedir", "."));
    static final Path RESOURCES = BASE.resolve("src/test/resources/lessons");
    static final Path COURSE = BASE.resolve("lessons");

    private Fixtures() {}

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses lesson text that must be free of errors. */
    static Lesson lesson(String text) {
        LessonParser.Result r = LessonParser.parse("test.md", text);
        if (r.lesson().isEmpty()) throw new AssertionError("lesson has errors: " + r.diagnostics());
        return r.lesson().get();
    }

    /** The first quiz of a lesson made of front matter and this one quiz block. */
    static QuizBlock quiz(String body) {
        return lesson("---\nid: t\ntitle: T\n---\n```quiz\n" + body + "\n```\n").quizzes().get(0);
    }
}
