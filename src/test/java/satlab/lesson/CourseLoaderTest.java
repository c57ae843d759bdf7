package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLoaderTest {

    private static CourseLoader.Source source(String name, String id, String order) {
        return new CourseLoader.Source(name, "---\nid: " + id + "\ntitle: " + id + "\n" + order + "---\nText.\n");
    }

    @Test
    void duplicateIdsAreAnErrorAtTheSecondFilesIdLine() {
        Path dir = Fixtures.RESOURCES.resolve("duplicate-ids");
        CourseLoader.LoadResult r = CourseLoader.load(dir);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                dir.resolve("b.md") + ":3:6: error: id 'same' is already used by " + dir.resolve("a.md")
                        + "; ids must be unique: give this lesson another");
        assertThat(r.course().lessons()).extracting(Lesson::title).containsExactly("First");
    }

    @Test
    void aFileNamedTwiceIsReadOnceNotADuplicateOfItself() {
        Path dir = Fixtures.RESOURCES.resolve("duplicate-ids");
        CourseLoader.LoadResult r = CourseLoader.check(dir.resolve("a.md"), dir.resolve("a.md"), dir, dir.resolve("./a.md"));
        assertThat(r.files()).isEqualTo(2);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                dir.resolve("b.md") + ":3:6: error: id 'same' is already used by " + dir.resolve("a.md")
                        + "; ids must be unique: give this lesson another");
    }

    @Test
    void orderKeyFirstThenFileName() {
        CourseLoader.LoadResult r = CourseLoader.build(List.of(source("b.md", "b", ""), source("a.md", "a", ""),
                source("z.md", "z", "order: 1\n"), source("y.md", "y", "order: 2\n")), List.of(), LessonParser.Depth.FULL);
        assertThat(r.course().lessons()).extracting(Lesson::id).containsExactly("z", "y", "a", "b");
        assertThat(r.course().lesson("a")).isPresent();
        assertThat(r.course().indexOf("y")).isEqualTo(1);
        assertThat(r.course().lesson("nope")).isEmpty();
    }

    @Test
    void aBrokenLessonIsLeftOutAndTheRestStillLoads() {
        CourseLoader.LoadResult r = CourseLoader.build(List.of(source("good.md", "good", ""),
                new CourseLoader.Source("bad.md", "no front matter")), List.of(), LessonParser.Depth.FULL);
        assertThat(r.course().lessons()).extracting(Lesson::id).containsExactly("good");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.errorCount()).isEqualTo(1);
        assertThat(r.files()).isEqualTo(2);
    }

    @Test
    void missingPathsEmptyDirectoriesAndNonUtf8FilesAreReported(@TempDir Path tmp) throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Path latin1 = tmp.resolve("latin1.md");
        Files.write(latin1, new byte[] {'-', '-', '-', '\n', (byte) 0xE9, '\n'});
        CourseLoader.LoadResult r = CourseLoader.load(tmp.resolve("nope"), empty, latin1);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactlyInAnyOrder(
                tmp.resolve("nope") + ":1:1: error: no such file or directory",
                empty + ":1:1: error: no lesson files (*.md) in this directory",
                latin1 + ":1:1: error: not UTF-8 text: save the file as UTF-8");
    }

    @Test
    void readmeInALessonDirectoryIsNotALesson() {
        CourseLoader.LoadResult r = CourseLoader.load(Fixtures.COURSE);
        assertThat(r.course().lessons()).extracting(Lesson::source).noneMatch(s -> s.endsWith("README.md"));
    }

    @Test
    void aClassPathIndexNamingAMissingFileIsReported() {
        CourseLoader.LoadResult r = CourseLoader.fromClasspath(getClass().getClassLoader(), "lessons/classpath/");
        assertThat(r.course().lessons()).extracting(Lesson::id).containsExactly("on-classpath");
        assertThat(r.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("lessons/classpath/index.txt:3:1: error: lists 'missing.md', which is not on the class path");
    }

    @Test
    void aMissingClassPathIndexIsReported() {
        CourseLoader.LoadResult r = CourseLoader.fromClasspath(getClass().getClassLoader(), "lessons/nowhere/");
        assertThat(r.course().isEmpty()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("lessons/nowhere/index.txt:1:1: error: the bundled lesson index is missing from the class path");
    }

    @Test
    void warningsDoNotStopALessonFromLoading() {
        Path fixture = Fixtures.RESOURCES.resolve("warnings/near-tie.md");
        CourseLoader.LoadResult r = CourseLoader.check(fixture);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.course().lessons()).hasSize(1);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString).satisfiesExactly(
                d -> assertThat(d).matches(java.util.regex.Pattern.quote(fixture.toString())
                        + ":11:9: warning: in (4[0-9]|5[0-9])% of random cases \\|z\\| is within 0.5 of the threshold.*"),
                d -> assertThat(d).isEqualTo(fixture + ":23:1: warning: step 'Empty step' is empty"));
    }

    @Test
    void loadingToPlayTriesEachQuizOnceAndLeavesNearTieWarningsToCheck() {
        Path fixture = Fixtures.RESOURCES.resolve("warnings/near-tie.md");
        assertThat(CourseLoader.load(fixture).diagnostics()).extracting(Diagnostic::message)
                .containsExactly("step 'Empty step' is empty");
        String broken = "---\nid: b\ntitle: B\n---\n```quiz\nkind: number\nlet: x = nope\nask: x?\nanswer: x\n```\n";
        List<CourseLoader.Source> sources = List.of(new CourseLoader.Source("b.md", broken));
        assertThat(CourseLoader.build(sources, List.of(), LessonParser.Depth.QUICK).diagnostics())
                .extracting(Diagnostic::toString).containsExactly("b.md:7:10: error: unknown name 'nope'");
        assertThat(CourseLoader.build(sources, List.of(), LessonParser.Depth.TRUSTED).diagnostics()).isEmpty();
    }
}
