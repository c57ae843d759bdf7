package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.lesson.CourseLoader;
import satlab.store.Position;
import satlab.store.SafeStore;
import satlab.store.Store;

/**
 * The local tutor's start: the first frame is the menu drawn from the lessons' outline,
 * before the lessons are parsed or the database is open; keys typed meanwhile are
 * handled, in order, once they are.
 */
class TutorFastStartTest {

    @Test
    void theFirstFrameIsTheOutlinesMenuAndEarlyKeysWaitForTheCourse(@TempDir Path dir) throws Exception {
        CourseLoader.Unparsed files = CourseLoader.readBundled();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        // Typed before the course is ready: down, Enter (open lesson 2), right (its step 2), q.
        terminal.addInput(new KeyStroke('j', false, false));
        terminal.addInput(new KeyStroke(KeyType.Enter));
        terminal.addInput(new KeyStroke(KeyType.ArrowRight));
        terminal.addInput(new KeyStroke('q', false, false));
        terminal.addInput(new KeyStroke(KeyType.EOF));
        List<String> firstFrame = new ArrayList<>();
        List<Store> opened = new ArrayList<>();
        Tutor.Pending pending = new Tutor.Pending() {
            @Override
            public Lessons lessons() {
                firstFrame.addAll(lines(terminal)); // on screen before anything is parsed
                return Lessons.of(files.parse());
            }

            @Override
            public Store store() {
                Store s = SafeStore.open(dir.resolve("satlab.db"));
                opened.add(s);
                return s;
            }
        };
        Tutor tutor = new Tutor(files.outline(), pending, new Session("ada", OptionalLong.empty()),
                Theme.detect(k -> null, false, true), () -> Lessons.of(files.parse()), Clock.systemUTC());
        tutor.run(terminal);

        String first = String.join("\n", firstFrame);
        assertThat(first).contains("1. The sigmoid and its gradient", "8. Review", "? help")
                .doesNotContain("not started", "c starts at the first one");
        // The titles sit where they stay once progress fills the column at the right.
        assertThat(firstFrame.get(2)).isEqualTo(" > 1. The sigmoid and its gradient");
        assertThat(firstFrame.get(3)).isEqualTo("   2. What \"saturated\" means");
        try (Store store = opened.get(0)) {
            assertThat(store.lastLesson("ada")).contains("saturation");
            assertThat(store.progress("ada")).filteredOn(p -> p.lessonId().equals("saturation"))
                    .singleElement().satisfies(p -> assertThat(p.position().map(Position::step)).contains(1));
        }
    }

    private static List<String> lines(DefaultVirtualTerminal terminal) {
        return Harness.lines(terminal);
    }
}
