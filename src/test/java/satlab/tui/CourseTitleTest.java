package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.lesson.CourseLoader;
import satlab.store.SafeStore;
import satlab.store.Store;

/**
 * The menu is titled by the course's index file from the first frame on, drawn from the
 * cheap outline read, and the parsed course keeps that title and layout: nothing moves.
 */
class CourseTitleTest {

    @Test
    void theFirstFrameHasTheCoursesTitleAndDescriptionWhereTheParsedMenuHasThem(@TempDir Path dir) throws Exception {
        Path lessons = Files.createDirectory(dir.resolve("lessons"));
        Files.writeString(lessons.resolve("course.md"), "---\ntitle: Week 3\ndescription: Saturation, live.\n---\n");
        Files.writeString(lessons.resolve("a.md"), "---\nid: a\ntitle: Lesson A\n---\ntext\n");
        CourseLoader.Unparsed files = CourseLoader.read(List.of(lessons));
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(60, 18));
        terminal.addInput(new KeyStroke('q', false, false));
        terminal.addInput(new KeyStroke(KeyType.EOF));
        List<String> firstFrame = new ArrayList<>();
        Tutor.Pending pending = new Tutor.Pending() {
            @Override
            public Lessons lessons() {
                firstFrame.addAll(Harness.lines(terminal));
                return Lessons.of(files.parse());
            }

            @Override
            public Store store() {
                return SafeStore.open(dir.resolve("satlab.db"));
            }
        };
        Tutor tutor = new Tutor(files.outlineCourse(), pending, new Session("ada", OptionalLong.empty()),
                Theme.detect(k -> null, false, true), () -> Lessons.of(files.parse()), Clock.systemUTC());
        tutor.run(terminal);
        assertThat(firstFrame.subList(0, 5)).containsExactly(" satlab - Week 3                                        ada",
                "", " Saturation, live.", "", " > 1. Lesson A");
    }
}
