package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.cli.ServeCommand;
import satlab.lab.Lab;
import satlab.lesson.CourseLoader;
import satlab.store.SafeStore;
import satlab.store.Store;

/**
 * The instructor's lab console over real SSH sessions (MINA's client): an instructor and three
 * learners on one in-process server, as `satlab serve --instructors teach` runs them.
 */
class LabConsoleOverSshTest {
    static final String SIGMOID = "The sigmoid and its gradient";
    static final String WEIGHTS = "Large weights make a large z";

    @TempDir Path dir;
    Path lessons;
    Store store;
    LabFixture lab;
    LabFixture.Shell teach;
    LabFixture.Shell alice;
    LabFixture.Shell bob;
    LabFixture.Shell carol;
    org.apache.sshd.client.session.ClientSession carolSession;
    int sigmoidSteps;

    @BeforeEach
    void start() throws Exception {
        lessons = Files.createDirectories(dir.resolve("lessons"));
        Path from = Path.of(System.getProperty("satlab.basedir", "."), "src/test/resources/satlab/tui/lessons");
        for (String f : List.of("01-sigmoid.md", "02-weights.md")) Files.copy(from.resolve(f), lessons.resolve(f));
        CourseLoader.LoadResult first = CourseLoader.load(lessons);
        sigmoidSteps = first.course().lesson("sigmoid").orElseThrow().steps().size();
        store = SafeStore.open(dir.resolve("satlab.db"));
        Lab live = new Lab(Clock.systemUTC(), first.course(), () -> CourseLoader.load(lessons));
        Instructors instructors = Instructors.of(List.of("teach"), null, new ServerLog(new PrintWriter(new StringWriter())));
        lab = new LabFixture(dir.resolve("data"), new ServerConfig.Auth.Open(), ServerConfig.Limits.defaults(),
                ServeCommand.appFor(live, store, instructors, Duration.ofMinutes(10)));
        teach = lab.shell(lab.connect("teach"), 80, 24);
        alice = lab.shell(lab.connect("alice"), 80, 24);
        bob = lab.shell(lab.connect("bob"), 80, 24);
        carolSession = lab.connect("carol");
        carol = lab.shell(carolSession, 80, 24);
        for (LabFixture.Shell s : List.of(alice, bob, carol)) s.screen().await(SIGMOID);
        teach.screen().await("lab console: 3 of 3 connected");
    }

    @AfterEach
    void close() throws Exception {
        if (lab != null) lab.close();
        if (store != null) store.close();
    }

    /** Waits for a line of the console that has all of {@code parts}; returns how long it took. */
    static Duration awaitRow(LabFixture.Shell shell, Duration timeout, String... parts) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = shell.screen().screen();
            for (String line : screen.split("\n")) {
                if (List.of(parts).stream().allMatch(line::contains)) return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no line with " + List.of(parts) + " within " + timeout + ":\n" + screen);
    }

    @Test
    void theConsoleShowsEachLearnersLessonAndStepWithinASecondOfItChanging() throws Exception {
        alice.type("\r");
        alice.screen().await("step 1/" + sigmoidSteps);
        assertThat(awaitRow(teach, Duration.ofSeconds(1), "alice", SIGMOID + " 1/" + sigmoidSteps)).isLessThan(Duration.ofSeconds(1));
        alice.type("l");
        alice.screen().await("step 2/" + sigmoidSteps);
        awaitRow(teach, Duration.ofSeconds(1), "alice", SIGMOID + " 2/" + sigmoidSteps);
        bob.type("j\r");
        bob.screen().await("step 1/");
        awaitRow(teach, Duration.ofSeconds(1), "bob", WEIGHTS + " 1/");
        awaitRow(teach, Duration.ofSeconds(1), "carol", "(menu)");
        // a learner who leaves is shown as gone, with the time
        carolSession.close(true);
        awaitRow(teach, LabFixture.WAIT, "carol", "left ");
        teach.screen().await("lab console: 2 of 3 connected");
    }

    @Test
    void aBroadcastReachesEveryLearnerUntilTheyDismissIt() throws Exception {
        teach.type("b");
        teach.screen().await("message to everyone:");
        teach.type("Quiz at ten past, everyone\r");
        teach.screen().await("message sent to 3 learners");
        for (LabFixture.Shell s : List.of(alice, bob, carol)) {
            assertThat(s.screen().await("Quiz at ten past, everyone")).contains("message from teach");
        }
        alice.type("j"); // not a dismissal: the message stays
        Thread.sleep(300);
        assertThat(alice.screen().screen()).contains("Quiz at ten past, everyone");
        alice.type("\r");
        long deadline = System.nanoTime() + LabFixture.WAIT.toNanos();
        while (alice.screen().screen().contains("Quiz at ten past") && System.nanoTime() < deadline) Thread.sleep(20);
        assertThat(alice.screen().screen()).doesNotContain("Quiz at ten past").contains(SIGMOID);
    }

    @Test
    void aReloadWithABrokenFileKeepsItsLastGoodLessonAndLearnersTheirPlace() throws Exception {
        alice.type("\rl");
        alice.screen().await("step 2/" + sigmoidSteps);
        Path sigmoid = lessons.resolve("01-sigmoid.md");
        Files.writeString(sigmoid, Files.readString(sigmoid).replace("title: " + SIGMOID, "title: Broken version")
                + "\n```quiz\nask: what?\n```\n");
        Path weights = lessons.resolve("02-weights.md");
        Files.writeString(weights, Files.readString(weights).replace("title: " + WEIGHTS, "title: Weights, edited"));

        teach.type("R");
        String report = teach.screen().await("reload the lessons for everyone?");
        assertThat(teach.screen().await("kept at their last good")).contains("error");
        assertThat(report).contains("2 lessons would be served");
        teach.type("y");
        bob.screen().await("Weights, edited");
        assertThat(bob.screen().screen()).contains(SIGMOID).doesNotContain("Broken version");
        assertThat(bob.screen().await("your instructor updated the lessons")).doesNotContain(dir.toString());
        String aliceNow = alice.screen().await("your instructor updated the lessons");
        assertThat(aliceNow).contains(SIGMOID).contains("step 2/" + sigmoidSteps).doesNotContain("lessons/");
        // a learner who logs in after the reload gets the reloaded lessons
        LabFixture.Shell dave = lab.shell(lab.connect("dave"), 80, 24);
        assertThat(dave.screen().await("Weights, edited")).contains(SIGMOID);
    }

    @Test
    void aResetFromTheConsoleReachesTheLiveSessionAtOnce() throws Exception {
        alice.type("\rll");
        alice.screen().await("step 3/" + sigmoidSteps);
        awaitRow(teach, LabFixture.WAIT, "alice", SIGMOID + " 3/");
        teach.type("x");
        teach.screen().await("reset alice's");
        teach.type("y");
        // alice types nothing: the reset reaches her screen by itself
        String after = alice.screen().await("afresh for you");
        assertThat(after).contains("step 1/" + sigmoidSteps);
        assertThat(store.position("alice", "sigmoid")).hasValueSatisfying(p -> assertThat(p.step()).isZero());
        awaitRow(teach, LabFixture.WAIT, "alice", SIGMOID + " 1/");
    }

    @Test
    void aLearnerPressingRUnderServeChangesNothing() throws Exception {
        Path weights = lessons.resolve("02-weights.md");
        Files.writeString(weights, Files.readString(weights).replace("title: " + WEIGHTS, "title: Weights, edited"));
        bob.type("R");
        assertThat(bob.screen().await("ask them to reload")).contains(WEIGHTS).doesNotContain("Weights, edited");
        Thread.sleep(500);
        for (LabFixture.Shell s : List.of(alice, bob, carol)) assertThat(s.screen().screen()).doesNotContain("Weights, edited");
        assertThat(teach.screen().screen()).doesNotContain("reload the lessons for everyone?");
    }

    @Test
    void theInstructorFollowsALearnersScreenReadOnly() throws Exception {
        alice.type("\r");
        alice.screen().await("step 1/" + sigmoidSteps);
        awaitRow(teach, LabFixture.WAIT, "alice", SIGMOID + " 1/");
        teach.type("f");
        teach.screen().await("following alice, read-only");
        assertThat(teach.screen().await(SIGMOID + "  ")).contains("step 1/" + sigmoidSteps);
        alice.type("l");
        teach.screen().await("step 2/" + sigmoidSteps);
        teach.type("llq");
        Thread.sleep(500);
        assertThat(alice.screen().screen()).contains("step 2/" + sigmoidSteps);
        assertThat(teach.screen().screen()).contains("following alice");
        teach.type("f");
        teach.screen().await("lab console: 3 of 3 connected");
    }
}
