package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import satlab.store.SafeStore;

/**
 * A newcomer walks the whole bundled course: every lesson, every step, scrolled to its
 * end, every block selected in turn, then the explorer, a lab and the help. No frame
 * may cut text inside a word, whatever the lessons say, at the design size, the
 * smallest size and an odd one, in Unicode and ASCII.
 */
class CourseWalkTest {

    @TempDir Path data;

    @ParameterizedTest(name = "{0}x{1} ascii={2}")
    @CsvSource({"80, 24, false", "80, 24, true", "60, 18, false", "60, 18, true", "73, 19, false", "132, 40, true"})
    void noFrameOfTheCourseCutsAWord(int columns, int rows, boolean ascii) {
        Path lessons = Path.of(System.getProperty("satlab.basedir", "."), "lessons");
        List<String> cuts = new ArrayList<>();
        try (Harness h = new Harness(SafeStore.open(data.resolve("walk.db")), new Theme(ascii, true), columns, rows,
                "ada", lessons)) {
            int count = h.state.course().size();
            assertThat(count).isPositive();
            for (int lesson = 0; lesson < count; lesson++) {
                h.type(Integer.toString(lesson + 1)).press(Key.Type.ENTER);
                collect(h, cuts, "lesson " + (lesson + 1));
                for (int step = 0; step < 20 && h.state.top() instanceof Screen.Pager; step++) {
                    String where = "lesson " + (lesson + 1) + " step " + (step + 1);
                    collect(h.press(Key.Type.END), cuts, where + " end");
                    int blocks = Update.interactive(h.state.course().lessons().get(lesson),
                            ((Screen.Pager) h.state.top()).step()).size();
                    for (int b = 0; b < blocks; b++) collect(h.press(Key.Type.TAB), cuts, where + " block " + b);
                    // Leave any field and unselect, then on to the next step.
                    for (int k = 0; k < 2 && h.state.top() instanceof Screen.Pager p && p.focus() >= 0; k++) {
                        h.press(Key.Type.ESC);
                    }
                    if (!(h.state.top() instanceof Screen.Pager)) break;
                    h.press(Key.Type.PAGE_DOWN);
                    collect(h, cuts, where + " next");
                }
                while (h.state.stack().size() > 1) h.press(Key.Type.ESC);
            }
            collect(h.type("e"), cuts, "explorer");
            collect(h.type("1000, sqr(2)"), cuts, "explorer with an error");
            h.press(Key.Type.ESC).press(Key.Type.ESC);
            collect(h.type("w"), cuts, "network lab");
            collect(h.type("a"), cuts, "network lab, tanh");
            h.press(Key.Type.ESC);
            collect(h.type("?"), cuts, "help");
            collect(h.press(Key.Type.END), cuts, "help end");
        }
        assertThat(cuts).as("text cut inside a word").isEmpty();
        assertThat(frames).as("frames looked at").isGreaterThan(40 * 1);
        assertThat(steps).as("steps walked").isGreaterThanOrEqualTo(h0Steps(lessons));
    }

    private int frames;
    private int steps;

    private static int h0Steps(Path lessons) {
        return satlab.lesson.CourseLoader.load(lessons).course().lessons().stream().mapToInt(l -> l.steps().size()).sum();
    }

    private void collect(Harness h, List<String> cuts, String where) {
        frames++;
        if (where.endsWith(" end")) steps++;
        for (String c : h.tutor.lastCutWords) cuts.add(where + ": " + c);
    }
}
