package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The outline a menu draws before the parse: it must agree with the parse for lessons without errors. */
class LessonOutlineTest {

    @Test
    void theBundledCoursesOutlineIsWhatTheParseFinds() {
        CourseLoader.Unparsed read = CourseLoader.readBundled();
        assertThat(read.outline()).hasSize(8).isEqualTo(read.parse().course().outline());
    }

    @Test
    void theTestLessonsOutlineAsTheyParseWhereTheParseAcceptsThem() {
        CourseLoader.Unparsed read = CourseLoader.read(List.of(Fixtures.RESOURCES.resolve("classpath"),
                Fixtures.RESOURCES.resolve("duplicate-ids"), Fixtures.RESOURCES.resolve("warnings"),
                Fixtures.RESOURCES.resolve("malformed")));
        Course parsed = read.parse().course();
        assertThat(parsed.lessons()).isNotEmpty();
        assertThat(read.outline()).containsAll(parsed.outline());
        assertThat(parsed.outline()).extracting(LessonOutline::steps)
                .containsExactlyElementsOf(parsed.lessons().stream().map(l -> l.steps().size()).toList());
    }

    @Test
    void stepsAreCountedAsTheParserCountsThem() {
        String text = String.join("\n", "---", "id: x", "title: 'Quoted: title'", "order: 4", "---", "",
                "Intro text is a step.", "", "```text", "## not a heading inside a fence", "```", "",
                "## One", "text", "   ## Two", "````", "```", "## still fenced", "````", "##no space is not a step");
        LessonOutline o = LessonOutline.scan("x.md", text);
        assertThat(o).isEqualTo(new LessonOutline("x", "Quoted: title", OptionalInt.of(4), "x.md", 3));
        assertThat(o.steps()).isEqualTo(LessonParser.parse("x.md", text).lesson().orElseThrow().steps().size());
        String noIntro = String.join("\n", "---", "id: y", "title: Y", "---", "", "", "## A", "a", "## B", "b");
        assertThat(LessonOutline.scan("y.md", noIntro).steps()).isEqualTo(2);
    }

    @Test
    void filesAParseWouldRejectForTheirFrontMatterHaveNoOutlineAndOrderFollowsTheCourse() {
        assertThat(LessonOutline.scan("a.md", "no front matter")).isNull();
        assertThat(LessonOutline.scan("a.md", "---\nid: a\n---\ntext")).isNull();
        assertThat(LessonOutline.scan("a.md", "---\nid: a\ntitle: A\n")).isNull();
        List<LessonOutline> outline = LessonOutline.of(List.of(
                new CourseLoader.Source("d/b.md", "---\nid: b\ntitle: B\n---\nb"),
                new CourseLoader.Source("d/c.md", "---\nid: c\ntitle: C\norder: 1\n---\nc"),
                new CourseLoader.Source("d/a.md", "---\nid: a\ntitle: A\n---\na"),
                new CourseLoader.Source("d/e.md", "---\nid: a\ntitle: Again\n---\na")));
        assertThat(outline).extracting(LessonOutline::id).containsExactly("c", "a", "b");
    }
}
