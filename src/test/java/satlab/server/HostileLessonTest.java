package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.cli.ServeCommand;
import satlab.engine.TerminalText;
import satlab.lesson.CourseLoader;
import satlab.store.SafeStore;
import satlab.store.Store;
import satlab.tui.Lessons;

/**
 * A lesson written to attack terminals (an id that retitles the window, a title with ESC, C1 and
 * bidi controls): whatever the tutor makes of it, nothing raw reaches the log, and no learner's
 * session takes another's down.
 */
class HostileLessonTest {
    static final String ID = "evil\u001b]0;owned\u0007\u001b[31m";
    static final String TITLE = "Title \u001b[2J with \u009b31m C1 and \u202e bidi";

    @TempDir Path dir;
    LabFixture lab;
    Store store;

    @AfterEach
    void close() throws Exception {
        if (lab != null) lab.close();
        if (store != null) store.close();
    }

    Lessons hostileCourse() throws Exception {
        Path lessons = Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(lessons.resolve("01-evil.md"), "---\nid: " + ID + "\ntitle: " + TITLE + "\norder: 1\n---\n"
                + "Prose with \u001b[5m blink and \u2028 a line separator.\n");
        Files.writeString(lessons.resolve("02-fine.md"), "---\nid: fine\ntitle: A fine lesson\norder: 2\n---\nHello.\n");
        return Lessons.of(CourseLoader.load(lessons));
    }

    @Test
    void theLogAndTheOtherLearnersAreSafeFromAHostileLesson() throws Exception {
        Lessons course = hostileCourse();
        store = SafeStore.open(dir.resolve("satlab.db"));
        lab = new LabFixture(dir.resolve("data"), new ServerConfig.Auth.Open(), ServerConfig.Limits.defaults(),
                ServeCommand.appFor(course, store, () -> course));
        LabFixture.Shell alice = lab.shell(lab.connect("alice"), 80, 24);
        LabFixture.Shell bob = lab.shell(lab.connect("bob"), 80, 24);
        for (LabFixture.Shell s : java.util.List.of(alice, bob)) {
            try {
                s.type("\r"); // open whatever the first menu line is
                s.type("j\rq");
            } catch (java.io.IOException sessionAlreadyEnded) {
                // a tutor that failed on the lesson has closed its channel: that is allowed here
            }
        }
        Thread.sleep(1500);
        // Whether the tutor draws such a lesson (escaped) or fails on it, the failure stays inside one
        // session, says what happened without control characters, and the server goes on serving.
        for (int i = 0; i < 3; i++) {
            LabFixture.Shell next = lab.shell(lab.connect("learner" + i), 80, 24);
            String screen = awaitEither(next.screen(), "A fine lesson", "internal error");
            if (screen.contains("internal error")) {
                assertThat(screen).contains("please tell your instructor");
                assertThat(next.awaitClosed(LabFixture.WAIT)).isTrue();
            }
        }
        assertThat(lab.awaitActiveSessionsAtMost(3)).isLessThanOrEqualTo(3);
        assertThat(lab.log().codePoints().filter(cp -> TerminalText.unsafe(cp) && cp != '\n')).isEmpty();
    }

    static String awaitEither(ScreenCapture screen, String one, String other) throws InterruptedException {
        long deadline = System.nanoTime() + LabFixture.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String text = screen.text();
            if (text.contains(one) || text.contains(other)) return text;
            Thread.sleep(20);
        }
        throw new AssertionError("neither '" + one + "' nor '" + other + "' on the screen:\n" + screen.text());
    }

    @Test
    void serveWarnsAboutTheLessonWithItsControlCharactersEscaped() throws Exception {
        Lessons course = new Lessons(null, java.util.List.of("lessons/01-evil.md:2:5: id " + ID + " is bad"));
        java.io.StringWriter err = new java.io.StringWriter();
        try (Store memory = satlab.store.SqliteStore.inMemory("the disk \u001b[31mburned")) {
            ServeCommand.warnings(course, memory, new java.io.PrintWriter(err));
        }
        String printed = err.toString();
        assertThat(printed).contains("WARNING: progress will not be saved: ").contains("\\u001b[31mburned")
                .contains("WARNING: the lessons have problems").contains("evil\\u001b]0;owned\\u0007\\u001b[31m");
        assertThat(printed.codePoints().filter(cp -> TerminalText.unsafe(cp) && cp != '\n')).isEmpty();
    }
}
