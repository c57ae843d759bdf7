package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import satlab.lab.Activity;
import satlab.lab.Lab;
import satlab.lab.Seat;
import satlab.lesson.CourseLoader;
import satlab.store.SafeStore;
import satlab.store.Store;

/**
 * Golden snapshots of the lab console's screens, as {@link ScreenSnapshotTest} has them for the
 * tutor: an instructor's tutor on a live lab with a class whose times a hand clock sets, at 80×24
 * and 60×18, Unicode and ASCII (update with {@code -Dsnapshots.update=true}).
 */
class ConsoleSnapshotTest {
    static final Path LESSONS = ScreenSnapshotTest.LESSONS;
    static final Path PROBLEMS = Path.of("src/test/resources/satlab/tui/snapshots/lessons-with-problems");
    /** A lesson whose quizzes' questions are filled in: drawn numbers, an expression, literal braces, Markdown. */
    static final Path DRAWN = Path.of("src/test/resources/satlab/tui/snapshots/lessons-drawn");

    @TempDir Path data;

    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        final ZoneId zone;

        Hand(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The instructor's session, driven as {@link Harness} drives a learner's. */
    static final class Room {
        final Hand clock;
        final Lab lab;
        final Tutor tutor;
        final DefaultVirtualTerminal terminal;
        final TerminalScreen screen;
        final List<Seat> seats = new ArrayList<>();
        AppState state;

        Room(Store store, Theme theme, int columns, int rows, int learners, Path lessonDir, ZoneId zone)
                throws IOException {
            clock = new Hand(zone);
            CourseLoader.LoadResult loaded = CourseLoader.load(lessonDir);
            assertThat(loaded.diagnostics()).as("problems in " + lessonDir).isEmpty();
            Lessons lessons = Lessons.of(loaded);
            lab = new Lab(clock, lessons.course(), () -> CourseLoader.load(PROBLEMS));
            String title = lessons.course().lessons().get(0).title();
            String[] names = {"alice", "bob", "carol", "dmitri", "eve", "fatima", "gus", "hiroshi"};
            for (int i = 0; i < learners; i++) {
                String name = i < names.length ? names[i] : "learner" + (i + 1);
                Seat seat = lab.join(name, false, m -> { });
                seats.add(seat);
                clock.now = clock.now.plusSeconds(47);
                int step = i % 6;
                Activity a = switch (i % 4) {
                    case 0 -> new Activity("tour", title, step, 7, 2, 6, 1, 2, true);
                    case 1 -> new Activity("tour", title, step, 7, 1, 6, 2, 1, false);
                    case 2 -> new Activity("", "", -1, 0, 0, 6, 0, 0, false);
                    default -> new Activity("tour", title, step, 7, 4, 6, 0, 0, false);
                };
                seat.publish(a, clock.now);
            }
            if (learners > 2) seats.get(2).leave(clock.now.plusSeconds(60));
            clock.now = clock.now.plus(Duration.ofMinutes(12));
            tutor = new Tutor(lessons, store, new Session("teach", OptionalLong.empty()), theme, () -> lessons, clock,
                    (java.util.concurrent.ExecutorService) null);
            tutor.joinLab(lab, Role.INSTRUCTOR, Duration.ofMinutes(10));
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            state = tutor.start(columns, rows);
            send(new LabInput.Tick());
        }

        Room send(Input input) {
            state = tutor.step(state, input);
            for (Input posted : tutor.posted()) state = tutor.step(state, posted);
            try {
                state = tutor.draw(screen, state, RefreshType.COMPLETE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return this;
        }

        Room type(String keys) {
            for (char c : keys.toCharArray()) send(Key.of(c));
            return this;
        }

        Room press(Key.Type type, int times) {
            for (int i = 0; i < times; i++) send(Key.of(type));
            return this;
        }
    }

    /** @param zone the server's time zone, in which the console shows its times */
    record Scene(String name, int learners, Consumer<Room> keys, Path lessons, ZoneId zone) {
        Scene(String name, int learners, Consumer<Room> keys) {
            this(name, learners, keys, LESSONS);
        }

        Scene(String name, int learners, Consumer<Room> keys, Path lessons) {
            this(name, learners, keys, lessons, ZoneOffset.UTC);
        }
    }

    static final List<Scene> SCENES = List.of(
            new Scene("console-table", 4, r -> { }),
            // A server in India: its times (UTC+5:30) and, once in the header, its zone.
            new Scene("console-table-server-zone", 4, r -> { }, LESSONS, ZoneId.of("Asia/Kolkata")),
            new Scene("console-empty", 0, r -> { }),
            new Scene("console-sorted-by-help", 4, r -> r.type("s")),
            new Scene("console-scrolled", 40, r -> r.press(Key.Type.DOWN, 25)),
            new Scene("console-broadcast", 4, r -> r.type("bPlease look at the board: step 3 now")),
            new Scene("console-reset", 4, r -> r.type("x")),
            new Scene("console-reload", 4, r -> r.type("R")),
            new Scene("console-items", 4, r -> r.type("i")),
            // Questions filled in as learners see them: two learners drew other weights (an example is
            // shown, marked), nobody answered the other quiz; never the lesson's {EXPR} text.
            new Scene("console-items-filled-in", 4, r -> r.type("i"), DRAWN),
            // The console's own keys, not the learner tutor's.
            new Scene("console-help", 4, r -> r.type("?")),
            new Scene("console-follow", 4, r -> {
                r.type("f");
                r.seats.get(0).mirror(List.of(" Every kind of block, for the screen snapshots      step 1/7",
                        " Some prose for alice.", "", " ←/→ step  ↑↓ scroll  Tab select  q quit"));
                r.send(new LabInput.Tick());
            }));

    @TestFactory
    Stream<DynamicTest> everyConsoleScreenMatchesItsSnapshot() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Scene scene : SCENES) {
            for (ScreenSnapshotTest.Size size : ScreenSnapshotTest.SIZES) {
                for (boolean ascii : new boolean[] {false, true}) {
                    String name = scene.name() + "-" + size + "-" + (ascii ? "ascii" : "unicode");
                    tests.add(DynamicTest.dynamicTest(name, () -> check(name, scene, size, ascii)));
                }
            }
        }
        return tests.stream();
    }

    private void check(String name, Scene scene, ScreenSnapshotTest.Size size, boolean ascii) throws IOException {
        Path dir = Files.createTempDirectory(data, name);
        try (Store store = SafeStore.open(dir.resolve("satlab.db"))) {
            if (scene.name().equals("console-items")) answer(store, ascii);
            if (scene.name().equals("console-items-filled-in")) answerDrawn(store, ascii);
            Room room = new Room(store, new Theme(ascii, true), size.columns(), size.rows(), scene.learners(),
                    scene.lessons(), scene.zone());
            scene.keys().accept(room);
            String shown = frame(name, room);
            assertThat(room.tutor.lastCutWords).as("text cut inside a word in " + name).isEmpty();
            Path file = ScreenSnapshotTest.DIR.resolve(name + ".txt");
            if (ScreenSnapshotTest.UPDATE || !Files.exists(file)) Files.writeString(file, shown, StandardCharsets.UTF_8);
            assertThat(shown).as(name + " (update with -Dsnapshots.update=true)")
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    /** Two learners answer the tour's first quiz: one wrong then right, one right at once. */
    private static void answer(Store store, boolean ascii) {
        Harness ada = new Harness(store, new Theme(ascii, true), 80, 24, "ada", LESSONS);
        ada.press(Key.Type.ENTER).press(Key.Type.RIGHT, 3).press(Key.Type.TAB).type("n").press(Key.Type.ENTER)
                .press(Key.Type.TAB).type("1").press(Key.Type.ENTER);
        ada.type("y").press(Key.Type.ENTER);
        Harness bea = new Harness(store, new Theme(ascii, true), 80, 24, "bea", LESSONS);
        bea.press(Key.Type.ENTER).press(Key.Type.RIGHT, 3).press(Key.Type.TAB).type("y").press(Key.Type.ENTER);
    }

    /** Two learners, drawing other weights, answer the drawn quiz; nobody answers the other. */
    private static void answerDrawn(Store store, boolean ascii) {
        for (String learner : List.of("ada", "bea")) {
            new Harness(store, new Theme(ascii, true), 80, 24, learner, DRAWN).press(Key.Type.ENTER)
                    .press(Key.Type.RIGHT).press(Key.Type.TAB).type("y").press(Key.Type.ENTER);
        }
    }

    static String frame(String name, Room r) {
        List<String> lines = Harness.lines(r.terminal);
        int columns = r.terminal.getTerminalSize().getColumns();
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(name).append(" (rewrite: mvn -o test -Dtest=ConsoleSnapshotTest -Dsnapshots.update=true)\n");
        sb.append('+').append("-".repeat(columns)).append("+\n");
        for (String l : lines) {
            sb.append('|').append(l).append(" ".repeat(Math.max(0, columns - l.codePointCount(0, l.length()))))
                    .append("|\n");
        }
        sb.append('+').append("-".repeat(columns)).append("+\n");
        var cursor = r.screen.getCursorPosition();
        sb.append(cursor == null ? "cursor hidden\n"
                : "cursor at column " + cursor.getColumn() + ", row " + cursor.getRow() + "\n");
        return sb.toString();
    }
}
