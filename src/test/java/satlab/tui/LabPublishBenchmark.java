package satlab.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import satlab.lab.Lab;
import satlab.lesson.CourseLoader;
import satlab.store.SqliteStore;
import satlab.store.Store;

/**
 * What being in a live lab adds to a learner's keystroke: one key (a scroll in a lesson) and its
 * 80×24 frame, by a tutor on its own ("alone"), by one joined to a lab ("lab": the presence is
 * published after the frame), and by one joined and followed ("followed": the frame's text is
 * mirrored too); and building the presence alone. Side by side in one run:
 * {@code bench/jmh LabPublishBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LabPublishBenchmark {

    @Param({"alone", "lab", "followed"})
    public String session;

    private Store store;
    private Tutor tutor;
    private TerminalScreen screen;
    private AppState state;
    private int key;

    @Setup
    public void setUp() throws IOException {
        store = SqliteStore.inMemory("bench");
        Lessons course = Lessons.of(CourseLoader.bundled());
        tutor = new Tutor(course, store, new Session("alice", OptionalLong.empty()), new Theme(false, true),
                () -> course, Clock.systemUTC(), (java.util.concurrent.ExecutorService) null);
        Lab lab = new Lab(Clock.systemUTC(), course.course(), CourseLoader::bundled);
        if (!session.equals("alone")) tutor.joinLab(lab, Role.LEARNER, Duration.ofMinutes(10));
        if (session.equals("followed")) lab.follow("alice", true);
        screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
        screen.startScreen();
        state = tutor.start(80, 24);
        for (Key k : new Key[] {Key.of(Key.Type.ENTER), Key.of(Key.Type.RIGHT), Key.of(Key.Type.RIGHT)}) {
            state = tutor.step(state, k);
            tutor.posted();
        }
        state = tutor.draw(screen, state, RefreshType.COMPLETE);
    }

    @Benchmark
    public AppState keyAndFrame() throws IOException {
        state = tutor.step(state, Key.of(key++ % 2 == 0 ? 'j' : 'k'));
        state = tutor.draw(screen, state, RefreshType.DELTA);
        return state;
    }

    /** The presence alone, as the tutor builds it after each frame (the same for every session kind). */
    @Benchmark
    public satlab.lab.Activity presence() {
        return LabPresence.of(state);
    }

    @TearDown
    public void tearDown() {
        store.close();
    }
}
