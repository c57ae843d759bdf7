package satlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;

class LabTest {
    @TempDir Path dir;

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }
    }

    final Hand clock = new Hand();

    Lab lab() {
        return new Lab(clock, Course.empty(), () -> CourseLoader.load(dir));
    }

    static Activity in(String lesson, int step, int wrong, boolean out) {
        return new Activity(lesson, "Lesson " + lesson, step, 5, 2, 10, 1, wrong, out);
    }

    @Test
    void aPublishedPresenceIsWhatTheConsoleReadsWithTimeOnTheStepKeptAcrossKeys() {
        Lab lab = lab();
        Seat alice = lab.join("alice", false, m -> { });
        Instant joined = clock.now;
        clock.pass(Duration.ofSeconds(30));
        alice.publish(in("sigmoid", 2, 0, false), clock.now);
        Instant arrived = clock.now;
        clock.pass(Duration.ofSeconds(40));
        alice.publish(in("sigmoid", 2, 1, false), clock.now); // a wrong answer on the same step
        clock.pass(Duration.ofSeconds(5));

        Presence p = lab.presences().get(0);
        assertThat(p.learner()).isEqualTo("alice");
        assertThat(p.connectedAt()).isEqualTo(joined);
        assertThat(p.activity().wrong()).isEqualTo(1);
        assertThat(p.onStepSince()).isEqualTo(arrived);
        assertThat(p.idle(clock.now)).isEqualTo(Duration.ofSeconds(5));
        assertThat(p.onStep(clock.now)).isEqualTo(Duration.ofSeconds(45));

        alice.publish(in("sigmoid", 3, 0, false), clock.now);
        assertThat(lab.presences().get(0).onStepSince()).isEqualTo(clock.now);
    }

    @Test
    void needsHelpWhenOutOfAttemptsOrTooLongOnOneStepAndOnlyWhileConnectedInALesson() {
        Lab lab = lab();
        Seat a = lab.join("a", false, m -> { });
        Seat b = lab.join("b", false, m -> { });
        Seat c = lab.join("c", false, m -> { });
        a.publish(in("x", 1, 2, true), clock.now);
        b.publish(in("x", 1, 0, false), clock.now);
        c.publish(Activity.NONE, clock.now);
        Duration after = Duration.ofMinutes(10);
        clock.pass(Duration.ofMinutes(9));
        assertThat(lab.presences()).extracting(p -> p.needsHelp(clock.now, after).isPresent())
                .containsExactly(true, false, false);
        assertThat(lab.presences().get(0).needsHelp(clock.now, after)).hasValue("out of attempts on quiz 1");
        clock.pass(Duration.ofMinutes(2));
        assertThat(lab.presences()).extracting(p -> p.needsHelp(clock.now, after).isPresent())
                .containsExactly(true, true, false);
        b.leave(clock.now);
        assertThat(lab.presences().get(1).needsHelp(clock.now, after)).isEmpty();
        assertThat(lab.presences().get(1).leftAt()).hasValue(clock.now);
    }

    @Test
    void aLearnersRowIsTheirNewestLiveSessionAndStaysWhenTheyLeave() {
        Lab lab = lab();
        Seat first = lab.join("alice", false, m -> { });
        first.publish(in("one", 0, 0, false), clock.now);
        Seat second = lab.join("alice", false, m -> { });
        second.publish(in("two", 0, 0, false), clock.now);
        assertThat(lab.presences()).hasSize(1);
        assertThat(lab.presences().get(0).activity().lessonId()).isEqualTo("two");
        second.leave(clock.now);
        assertThat(lab.presences().get(0).connected()).isTrue();
        assertThat(lab.presences().get(0).activity().lessonId()).isEqualTo("one");
        first.leave(clock.now);
        assertThat(lab.presences().get(0).connected()).isFalse();
        // a published change after leaving changes nothing
        first.publish(in("three", 0, 0, false), clock.now);
        assertThat(lab.presences().get(0).activity().lessonId()).isEqualTo("one");
    }

    @Test
    void aBroadcastReachesEveryLiveLearnerAndNoInstructorAndNobodyGone() {
        Lab lab = lab();
        List<String> got = new CopyOnWriteArrayList<>();
        lab.join("teach", true, m -> got.add("teach " + m));
        lab.join("alice", false, m -> got.add("alice " + ((LabMessage.Broadcast) m).text()));
        lab.join("bob", false, m -> got.add("bob " + ((LabMessage.Broadcast) m).text()));
        Seat gone = lab.join("carol", false, m -> got.add("carol"));
        gone.leave(clock.now);
        List<String> journal = new ArrayList<>();
        lab.journal((event, detail) -> journal.add(event + " " + detail));
        assertThat(lab.broadcast("teach", "hello")).isEqualTo(2);
        assertThat(got).containsExactlyInAnyOrder("alice hello", "bob hello");
        assertThat(journal).containsExactly("broadcast by=teach learners=2 text=hello");
    }

    @Test
    void aReplacedCourseReachesEverySessionInstructorsToo() {
        Lab lab = lab();
        List<LabMessage> got = new ArrayList<>();
        lab.join("teach", true, got::add);
        lab.join("alice", false, got::add);
        Course next = CourseLoader.bundled().course();
        lab.replaceCourse(next);
        assertThat(got).hasSize(2).allMatch(m -> m instanceof LabMessage.CourseChanged cc && cc.course() == next);
        assertThat(lab.course()).isSameAs(next);
    }

    @Test
    void followingTellsTheSessionAndItsScreenIsKeptOnlyWhileFollowed() {
        Lab lab = lab();
        List<LabMessage> got = new ArrayList<>();
        Seat alice = lab.join("alice", false, got::add);
        assertThat(alice.followed()).isFalse();
        assertThat(lab.follow("alice", true)).isTrue();
        assertThat(alice.followed()).isTrue();
        alice.mirror(List.of("title", "body"));
        assertThat(lab.screenOf("alice")).containsExactly("title", "body");
        assertThat(lab.follow("alice", false)).isTrue();
        assertThat(alice.followed()).isFalse();
        assertThat(lab.screenOf("alice")).isEmpty();
        assertThat(got).containsExactly(new LabMessage.Followed(true), new LabMessage.Followed(false));
        assertThat(lab.follow("nobody", true)).isFalse();
    }

    @Test
    void aLessonWhoseFileNowFailsKeepsItsLastGoodVersionAndARemovedOneGoes() throws Exception {
        Files.writeString(dir.resolve("01-a.md"), "---\nid: a\ntitle: Lesson A\norder: 1\n---\nHello.\n");
        Files.writeString(dir.resolve("02-b.md"), "---\nid: b\ntitle: Lesson B\norder: 2\n---\nHello.\n");
        Files.writeString(dir.resolve("03-c.md"), "---\nid: c\ntitle: Lesson C\norder: 3\n---\nHello.\n");
        Lab lab = new Lab(clock, CourseLoader.load(dir).course(), () -> CourseLoader.load(dir));
        assertThat(lab.course().size()).isEqualTo(3);

        Files.writeString(dir.resolve("01-a.md"), "---\nid: a\ntitle: Lesson A\norder: 1\n---\n```quiz\nask: what?\n```\n");
        Files.delete(dir.resolve("03-c.md"));
        Files.writeString(dir.resolve("04-d.md"), "---\nid: d\ntitle: Lesson D\norder: 4\n---\nNew.\n");
        Reload r = lab.load();
        assertThat(r.course().lessons()).extracting(l -> l.id()).containsExactly("a", "b", "d");
        assertThat(r.course().lesson("a").orElseThrow()).isSameAs(lab.course().lesson("a").orElseThrow());
        assertThat(r.kept()).containsExactly("Lesson A");
        assertThat(r.dropped()).containsExactly("c");
        assertThat(r.added()).containsExactly("d");
        assertThat(r.report().get(0)).isEqualTo("3 lessons would be served; 1 error, 0 warnings");
        assertThat(r.report()).anyMatch(l -> l.contains("01-a.md") && l.contains(": error:"));
        assertThat(lab.course().size()).isEqualTo(3); // nothing changes before the instructor confirms
    }

    @Test
    void aReloadTakesTheCourseTitleFromItsIndexAndKeepsTheOldOneWhenTheIndexFails() throws Exception {
        Files.writeString(dir.resolve("01-a.md"), "---\nid: a\ntitle: Lesson A\norder: 1\n---\nHello.\n");
        Files.writeString(dir.resolve("course.md"), "---\ntitle: Neurons 101\n---\n");
        Lab lab = new Lab(clock, CourseLoader.load(dir).course(), () -> CourseLoader.load(dir));
        assertThat(lab.course().title()).isEqualTo("Neurons 101");

        Files.writeString(dir.resolve("course.md"), "---\ntitle: Neurons 102\n---\n");
        assertThat(lab.load().course().title()).isEqualTo("Neurons 102");

        Files.writeString(dir.resolve("course.md"), "---\ntitel: typo\n---\n");
        Reload broken = lab.load();
        assertThat(broken.report()).anyMatch(l -> l.contains("course.md") && l.contains(": error:"));
        assertThat(broken.course().title()).isEqualTo("Neurons 101");
    }

    @Test
    void publishingFromManyThreadsWhileTheConsoleReadsLosesNoLearner() throws Exception {
        Lab lab = lab();
        int n = 50;
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = "l" + i;
            Thread t = new Thread(() -> {
                Seat s = lab.join(name, false, m -> { });
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int k = 0; k < 200; k++) s.publish(in("x", k % 5, 0, false), Instant.EPOCH.plusSeconds(k));
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (int k = 0; k < 100; k++) assertThat(lab.presences().size()).isLessThanOrEqualTo(n);
        for (Thread t : threads) t.join();
        assertThat(lab.presences()).hasSize(n).allMatch(p -> p.activity().step() == 199 % 5);
    }

    @Test
    void theLabUsesOnlyTheLearningModelsPackagesNoTerminalNoSshNoSql() throws Exception {
        Path lab = Path.of(System.getProperty("satlab.basedir", "."), "src/main/java/satlab/lab");
        try (var files = Files.list(lab)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.startsWith("import ")) continue;
                    assertThat(line).as(f.getFileName() + ": " + line).matches(
                            "import (static )?(java\\.|satlab\\.(lab|learn|lesson|engine)\\.|satlab\\.store\\.[A-Z]).*");
                }
            }
        }
    }
}
