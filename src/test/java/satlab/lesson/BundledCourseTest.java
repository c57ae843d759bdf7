package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The course shipped in lessons/: clean, complete, playable to full marks. */
class BundledCourseTest {

    static Stream<Path> lessonFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.COURSE)) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")
                    && !p.getFileName().toString().equals(CourseIndex.FILE_NAME))
                    .sorted().toList().stream();
        }
    }

    @Test
    void theWholeCoursePassesCheckWithoutWarnings() {
        CourseLoader.LoadResult result = CourseLoader.check(Fixtures.COURSE);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.course().lessons()).extracting(Lesson::id).containsExactly("sigmoid", "saturation",
                "weighted-sum", "cancel", "slow-learning", "positive-inputs", "initialisation", "review");
    }

    @Test
    void theJarIndexListsExactlyTheLessonFiles() throws IOException {
        List<String> listed = Fixtures.read(Fixtures.COURSE.resolve("index.txt")).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(listed).containsExactlyElementsOf(lessonFiles().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void theCourseLoadsFromAClassPathAsItDoesFromTheJar() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {Fixtures.BASE.toUri().toURL()}, null)) {
            CourseLoader.LoadResult fromClasspath = CourseLoader.fromClasspath(loader, "lessons/");
            assertThat(fromClasspath.diagnostics()).isEmpty();
            assertThat(fromClasspath.course().lessons()).extracting(Lesson::id)
                    .containsExactlyElementsOf(CourseLoader.load(Fixtures.COURSE).course().lessons().stream()
                            .map(Lesson::id).toList());
            assertThat(fromClasspath.course().lessons().get(0).source()).isEqualTo("lessons/01-sigmoid.md");
        }
    }

    @Test
    void theBuildPutsTheCourseOnTheClassPath() {
        CourseLoader.LoadResult bundled = CourseLoader.bundled();
        assertThat(bundled.diagnostics()).isEmpty();
        assertThat(bundled.course().lessons()).hasSize(8).extracting(Lesson::source)
                .allMatch(s -> s.startsWith(CourseLoader.BUNDLED_DIR));
    }

    @ParameterizedTest
    @MethodSource("lessonFiles")
    void everyLessonScoresFullMarksWithItsAnswerFile(Path lessonFile) {
        String name = lessonFile.getFileName().toString().replace(".md", ".txt");
        List<String> answers = satlab.learn.Headless.answers(Fixtures.read(Fixtures.RESOURCES.resolve("answers").resolve(name)));
        CourseLoader.LoadResult loaded = CourseLoader.load(lessonFile);
        StringWriter transcript = new StringWriter();

        satlab.learn.Headless.Result score = satlab.learn.Headless.run(loaded.course(), answers, 1L, "bundled",
                java.time.Clock.systemUTC(), new PrintWriter(transcript));

        assertThat(score.total()).as("every lesson has quizzes").isPositive();
        assertThat(score.allRight()).as(transcript.toString()).isTrue();
        assertThat(transcript.toString()).endsWith("score: " + score.total() + "/" + score.total() + "\n")
                .doesNotContain("not used");
    }

    /**
     * A step is one screen at 80x24: its prose, wrapped to 78 columns, must leave
     * room for the title, the status bar and its blocks (a plot, network or training
     * lab takes about half the screen, a quiz a third).
     */
    @ParameterizedTest
    @MethodSource("lessonFiles")
    void everyStepFitsTheDesignScreen(Path lessonFile) {
        Lesson lesson = CourseLoader.load(lessonFile).course().lessons().get(0);
        for (Step step : lesson.steps()) {
            int lines = 0;
            int plots = 0;
            int quizzes = 0;
            int explorers = 0;
            for (Block block : step.blocks()) {
                if (block instanceof Prose prose) lines += Wrap.prose(prose, 78).size() + 1;
                else if (block instanceof PlotBlock || block instanceof NetworkBlock || block instanceof TrainBlock) plots++;
                else if (block instanceof QuizBlock) quizzes++;
                else explorers++;
            }
            String where = lesson.id() + " step '" + step.title() + "'";
            assertThat(plots + explorers).as(where + ": plots and explorers").isLessThanOrEqualTo(1);
            assertThat(quizzes).as(where + ": quizzes").isLessThanOrEqualTo(2);
            int room = 20 - (plots > 0 ? 11 : 0) - (explorers > 0 ? 4 : 0) - 7 * quizzes;
            assertThat(lines).as(where + ": lines of text").isLessThanOrEqualTo(Math.max(room, 0));
        }
    }
}
