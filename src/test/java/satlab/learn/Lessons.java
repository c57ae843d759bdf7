package satlab.learn;

import java.util.List;
import satlab.lesson.Course;
import satlab.lesson.Lesson;
import satlab.lesson.LessonParser;

/** Lessons written inline for the model's tests. */
final class Lessons {

    private Lessons() {}

    static Lesson parse(String... lines) {
        LessonParser.Result r = LessonParser.parse("test.md", String.join("\n", lines) + "\n");
        if (r.lesson().isEmpty()) throw new AssertionError("lesson has errors: " + r.diagnostics());
        return r.lesson().get();
    }

    /** Parsed without evaluating expressions, as the bundled course is: a quiz may fail for some seeds. */
    static Lesson unchecked(String... lines) {
        LessonParser.Result r = LessonParser.parse("test.md", String.join("\n", lines) + "\n",
                LessonParser.Depth.TRUSTED);
        if (r.lesson().isEmpty()) throw new AssertionError("lesson has errors: " + r.diagnostics());
        return r.lesson().get();
    }

    static Course course(Lesson... lessons) {
        return new Course(List.of(lessons));
    }
}
