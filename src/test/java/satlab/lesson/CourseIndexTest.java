package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course's index file (course.md): its title and description, checked as a lesson's front matter is. */
class CourseIndexTest {

    private static List<String> problems(String... lines) {
        return CourseIndex.parse("course.md", String.join("\n", lines) + "\n").diagnostics().stream()
                .map(Diagnostic::toString).toList();
    }

    @Test
    void readsTheTitleAndDescriptionAndIgnoresTheBody() {
        CourseIndex.Result r = CourseIndex.parse("course.md", String.join("\n", "---", "# a comment",
                "title: \"Neural networks, week 3\"", "description: Why deep sigmoid nets learn slowly.", "---",
                "Notes for the other instructors: not shown.", ""));
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.info()).contains(new CourseInfo("Neural networks, week 3", "Why deep sigmoid nets learn slowly."));
        assertThat(r.infoOrDefault().menuTitle()).isEqualTo("satlab — Neural networks, week 3");
    }

    @Test
    void aDescriptionIsOptional() {
        CourseIndex.Result r = CourseIndex.parse("course.md", "---\ntitle: Week 3\n---\n");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.info()).contains(new CourseInfo("Week 3", ""));
    }

    @Test
    void anUnknownKeySaysWhichKeyWasMeant() {
        assertThat(problems("---", "title: Week 3", "descripton: x", "---")).containsExactly("course.md:3:1: error:"
                + " unknown front-matter key 'descripton'; did you mean 'description'? (known keys: title, description)");
        // A lesson's key in the index: it is not a lesson, and says what it takes.
        assertThat(problems("---", "id: week-3", "title: Week 3", "---")).singleElement().asString()
                .startsWith("course.md:2:1: error: unknown front-matter key 'id'");
    }

    @Test
    void anEmptyOrMissingTitleIsAnError() {
        assertThat(problems("---", "title:", "---")).containsExactly(
                "course.md:2:7: error: the course has no title: write one after 'title:'");
        assertThat(problems("---", "title: ''", "---")).hasSize(1);
        assertThat(problems("---", "description: About it.", "---")).containsExactly("course.md:3:1: error: the course"
                + " has no title: add a line such as 'title: Neural networks, week 3' above this one");
        assertThat(CourseIndex.parse("course.md", "---\ntitle:\n---\n").infoOrDefault()).isEqualTo(CourseInfo.DEFAULT);
    }

    @Test
    void aTitleMustFitTheMenuOfASixtyColumnScreen() {
        String fits = "x".repeat(CourseIndex.MAX_TITLE_COLUMNS);
        assertThat(problems("---", "title: " + fits, "---")).isEmpty();
        assertThat(problems("---", "title: " + fits + "y", "---")).containsExactly("course.md:2:8: error: the title is 49"
                + " columns wide; at most 48 fit the menu's title bar on a 60-column terminal: shorten it"
                + " (the description can say more)");
        // Wide characters take two columns each: 25 of them are 50.
        assertThat(problems("---", "title: " + "漢".repeat(25), "---")).singleElement().asString()
                .contains("the title is 50 columns wide");
        // The bar holds "satlab — " and the longest title with a column to spare.
        assertThat(new CourseInfo(fits, "").menuTitle().length()).isEqualTo(60 - 2 - 1);
    }

    @Test
    void aDescriptionLongerThanTwoMenuLinesIsAnError() {
        String two = "word ".repeat(22).strip(); // 109 characters: eleven words to a line of 58
        assertThat(problems("---", "title: T", "description: " + two, "---")).isEmpty();
        assertThat(problems("---", "title: T", "description: " + two + " more", "---")).singleElement().asString()
                .startsWith("course.md:3:14: error: the description takes 3 lines of a 60-column menu; keep it to 2");
        assertThat(problems("---", "title: T", "description:", "---")).containsExactly("course.md:3:1: warning: the"
                + " description is empty: write one after 'description:' or delete the line");
    }

    @Test
    void controlCharactersAreErrorsWhereTheyAre() {
        assertThat(problems("---", "title: Week\u001b[2J 3", "---")).containsExactly(
                "course.md:2:12: error: U+001B (ESC) cannot be shown on a terminal: delete it");
        assertThat(problems("---", "title: Week \u202e3", "---")).singleElement().asString()
                .contains("U+202E (bidi control)");
    }

    @Test
    void theFrontMatterMustOpenAndClose() {
        assertThat(problems("title: Week 3")).containsExactly("course.md:1:1: error: a course index starts with"
                + " front matter: a '---' line, a 'title: ...' line (and 'description: ...' if you like), then '---'");
        assertThat(problems("---", "title: Week 3")).containsExactly("course.md:1:1: error: the front matter is not"
                + " closed: add a '---' line after the 'title:' line");
        assertThat(problems("---", "title: Week 3", "title: Week 4", "---")).containsExactly(
                "course.md:3:1: error: 'title' is given twice (first on line 2); keep one");
        assertThat(problems("---", "title: Week 3", "just words", "---")).containsExactly(
                "course.md:3:1: error: expected 'key: value' in the front matter");
    }

    @Test
    void aDirectoryWithAnIndexIsTitledByItAndTheIndexIsNoLesson(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("course.md"), "---\ntitle: Week 3\ndescription: Saturation.\n---\n");
        Files.writeString(dir.resolve("a.md"), "---\nid: a\ntitle: A\n---\ntext\n");
        CourseLoader.LoadResult r = CourseLoader.check(dir);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.files()).isEqualTo(1);
        assertThat(r.indexes()).isEqualTo(1);
        assertThat(r.course().info()).isEqualTo(new CourseInfo("Week 3", "Saturation."));
        assertThat(r.course().lessons()).extracting(Lesson::id).containsExactly("a");
        // The first frame's cheap read gives the same title as the parse.
        CourseLoader.Unparsed read = CourseLoader.read(List.of(dir));
        assertThat(read.outlineCourse().info()).isEqualTo(r.course().info());
        assertThat(read.outlineCourse().outline()).isEqualTo(r.course().outline());
        // Named on its own, the index is checked as an index.
        CourseLoader.LoadResult alone = CourseLoader.check(dir.resolve("course.md"));
        assertThat(alone.diagnostics()).isEmpty();
        assertThat(alone.indexes()).isEqualTo(1);
        assertThat(alone.files()).isZero();
    }

    @Test
    void withoutAnIndexOrWithAnIndexInErrorTheCourseKeepsTheDefaultTitle(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "---\nid: a\ntitle: A\n---\ntext\n");
        assertThat(CourseLoader.load(dir).course().info()).isEqualTo(CourseInfo.DEFAULT);
        assertThat(CourseLoader.read(List.of(dir)).info()).isEqualTo(CourseInfo.DEFAULT);
        Files.writeString(dir.resolve("course.md"), "---\ntitel: Week 3\n---\n");
        CourseLoader.LoadResult r = CourseLoader.load(dir);
        assertThat(r.course().info()).isEqualTo(CourseInfo.DEFAULT);
        assertThat(r.course().lessons()).hasSize(1);
        assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                dir.resolve("course.md") + ":2:1: error: unknown front-matter key 'titel'; did you mean 'title'?"
                        + " (known keys: title, description)",
                dir.resolve("course.md") + ":3:1: error: the course has no title: add a line such as"
                        + " 'title: Neural networks, week 3' above this one");
        assertThat(CourseLoader.read(List.of(dir)).info()).isEqualTo(CourseInfo.DEFAULT);
    }

    @Test
    void theBundledCourseHasItsOwnIndexWithTheTitleItAlwaysHad() {
        CourseLoader.Unparsed bundled = CourseLoader.readBundled();
        assertThat(bundled.indexes()).extracting(CourseLoader.Source::name).containsExactly("lessons/course.md");
        CourseInfo info = bundled.info();
        assertThat(info.title()).isEqualTo(CourseInfo.DEFAULT.title());
        assertThat(info.menuTitle()).isEqualTo("satlab — why large weights saturate sigmoid neurons");
        assertThat(info.description()).isNotEmpty();
        assertThat(bundled.parse().course().info()).isEqualTo(info);
    }

    @Test
    void theGuidesExampleIsCleanAndTheGuideNamesEveryKey() {
        String guide = Fixtures.read(Fixtures.COURSE.resolve("README.md"));
        int start = guide.indexOf("```markdown\n---\ntitle:") + "```markdown\n".length();
        String example = guide.substring(start, guide.indexOf("```\n", start));
        CourseIndex.Result r = CourseIndex.parse("course.md", example);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.info()).map(CourseInfo::title).contains("Neural networks, week 3");
        for (String key : CourseIndex.KEYS) assertThat(guide).contains("| `" + key + "`");
    }

    @Test
    void theCheapLineCountAgreesWithTheMenusWrapping() {
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(30);
            for (int i = 0; i < words; i++) {
                if (i > 0) text.append(" ".repeat(1 + random.nextInt(2)));
                int length = 1 + (random.nextInt(10) == 0 ? random.nextInt(130) : random.nextInt(12));
                for (int c = 0; c < length; c++) text.append(random.nextInt(8) == 0 ? '漢' : (char) ('a' + random.nextInt(26)));
            }
            String t = text.toString();
            assertThat(CourseIndex.lines(t, CourseIndex.DESCRIPTION_WIDTH)).as(t)
                    .isEqualTo(Wrap.text(t, CourseIndex.DESCRIPTION_WIDTH, CourseIndex::cells).size());
        }
    }
}
