package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The authoring guide's example lesson and answer file must work as the guide says. */
class AuthoringGuideTest {

    private static final String GUIDE = Fixtures.read(Fixtures.COURSE.resolve("README.md"));

    private static String between(String start, String end) {
        int a = GUIDE.indexOf(start) + start.length();
        return GUIDE.substring(a, GUIDE.indexOf(end, a));
    }

    @Test
    void theExampleLessonIsCleanAndScoresFullMarksWithTheExampleAnswers() {
        String example = between("````markdown\n", "````\n");
        CourseLoader.LoadResult loaded = CourseLoader.build(
                List.of(new CourseLoader.Source("large-weights.md", example)), List.of(), LessonParser.Depth.FULL);
        assertThat(loaded.diagnostics()).isEmpty();
        Lesson lesson = loaded.course().lessons().get(0);
        assertThat(lesson.steps()).extracting(Step::title)
                .containsExactly("Large weights make a large z", "Weights times inputs", "Check yourself", "One number");

        String answerFile = between("    # answers.txt for large-weights.md with --seed 1\n", "\n\n").replaceAll("(?m)^    ", "");
        StringWriter transcript = new StringWriter();
        satlab.learn.Headless.Result score = satlab.learn.Headless.run(loaded.course(),
                satlab.learn.Headless.answers(answerFile), 1L, "guide", java.time.Clock.systemUTC(),
                new PrintWriter(transcript));
        assertThat(score.right()).as(transcript.toString()).isEqualTo(3);
        assertThat(score.total()).isEqualTo(3);
    }

    @Test
    void theGuideNamesEveryKeyTheParserAccepts() {
        for (String key : LessonParser.FRONT_MATTER_KEYS) assertThat(GUIDE).contains("| `" + key + "`");
        BlockBuilder.KEYS.forEach((block, keys) -> {
            assertThat(GUIDE).contains("#### `" + block + "`");
            for (String key : keys) assertThat(GUIDE).as(block + " key " + key).contains("| `" + key + "`");
        });
    }

    @Test
    void theGuidesNetworkAndTrainExamplesAreValidBlocks() {
        for (String kind : new String[] {"network", "train", "train-net"}) {
            String block = "```" + kind + "\n" + between("```" + kind + "\n", "```\n") + "```\n";
            LessonParser.Result r = LessonParser.parse("guide.md", "---\nid: g\ntitle: G\n---\n" + block);
            assertThat(r.diagnostics()).as(kind).isEmpty();
            assertThat(r.lesson().orElseThrow().steps().get(0).blocks()).singleElement()
                    .isInstanceOf(kind.equals("network") ? NetworkBlock.class : kind.equals("train") ? TrainBlock.class
                            : TrainNetBlock.class);
        }
    }
}
