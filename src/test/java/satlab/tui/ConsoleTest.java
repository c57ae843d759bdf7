package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import satlab.lab.Activity;
import satlab.lab.LabMessage;
import satlab.lab.Presence;
import satlab.lab.Reload;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;
import satlab.lesson.Lesson;

/** The lab console's sub-model key by key, and what the lab's messages do to a learner's state. */
class ConsoleTest {
    static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");

    static Presence learner(String name, String lesson, int step, int right, int wrong, boolean out, long idleSeconds,
            long onStepSeconds) {
        Activity a = lesson.isEmpty() ? new Activity("", "", -1, 0, right, 12, 0, 0, false)
                : new Activity(lesson, "Lesson " + lesson, step, 6, right, 12, 1, wrong, out);
        return new Presence(name, NOW.minusSeconds(3600), Optional.empty(), a, NOW.minusSeconds(idleSeconds),
                NOW.minusSeconds(onStepSeconds));
    }

    static final List<Presence> CLASS = List.of(
            learner("carol", "b", 2, 5, 0, false, 700, 700),
            learner("alice", "a", 1, 3, 2, true, 5, 60),
            learner("bob", "", 0, 0, 0, false, 30, 30));

    static Console read(Console c) {
        return c.on(new LabInput.Roster(CLASS, NOW, ZoneOffset.UTC, List.of())).model();
    }

    static Step<Console> keys(Console c, Object... keys) {
        Step<Console> step = Step.stay(c);
        for (Object k : keys) {
            Key key = k instanceof Key kk ? kk : k instanceof Character ch ? Key.of(ch) : Key.of((Key.Type) k);
            step = step.model().update(key);
        }
        return step;
    }

    @Test
    void rowsArriveSortedByNameAndSCyclesTheOrder() {
        Console c = read(Console.open(Duration.ofMinutes(10)));
        assertThat(c.rows()).extracting(Presence::learner).containsExactly("alice", "bob", "carol");
        assertThat(c.selected()).isEqualTo("alice");
        Console help = keys(c, 's').model();
        assertThat(help.sort()).isEqualTo(Console.Sort.HELP);
        // alice is out of attempts, carol has been on her step past ten minutes
        assertThat(help.rows()).extracting(Presence::learner).containsExactly("alice", "carol", "bob");
        assertThat(help.needingHelp()).isEqualTo(2);
        Console idle = keys(help, 's', 's', 's', 's').model();
        assertThat(idle.sort()).isEqualTo(Console.Sort.IDLE);
        assertThat(idle.rows()).extracting(Presence::learner).containsExactly("carol", "bob", "alice");
        assertThat(keys(idle, 's').model().sort()).isEqualTo(Console.Sort.NAME);
        // a new reading keeps the sort and the selection
        Console moved = keys(idle, Key.Type.UP).model();
        assertThat(read(moved).selected()).isEqualTo("bob");
        assertThat(read(moved).rows()).extracting(Presence::learner).containsExactly("carol", "bob", "alice");
    }

    @Test
    void aBroadcastIsTypedAndSentWithEnterAndLettersAreTextMeanwhile() {
        Console c = read(Console.open(Duration.ofMinutes(10)));
        Step<Console> typing = keys(c, 'b', 'q', 't', ' ', 's');
        assertThat(typing.model().mode()).isEqualTo(Console.Mode.BROADCAST);
        assertThat(typing.model().editing()).isTrue();
        assertThat(typing.model().field().text()).isEqualTo("qt s");
        Step<Console> sent = typing.model().update(Key.of(Key.Type.ENTER));
        assertThat(sent.effects()).containsExactly(new Effect.Console(new ConsoleAction.Broadcast("qt s")));
        assertThat(sent.model().mode()).isEqualTo(Console.Mode.TABLE);
        Step<Console> empty = keys(c, 'b', Key.Type.ENTER);
        assertThat(empty.effects()).isEmpty();
        assertThat(keys(c, 'b', 'x', Key.Type.ESC).effects()).isEmpty();
    }

    @Test
    void aReloadIsShownFirstAndServedOnlyOnY() {
        Console c = read(Console.open(Duration.ofMinutes(10)));
        Step<Console> asked = keys(c, 'R');
        assertThat(asked.effects()).containsExactly(new Effect.Console(new ConsoleAction.LoadLessons()));
        Reload reload = new Reload(Course.empty(), List.of("x.md:1:1: error: bad"), List.of(), List.of(), List.of());
        Console shown = asked.model().on(new LabInput.Loaded(reload)).model();
        assertThat(shown.mode()).isEqualTo(Console.Mode.CONFIRM_RELOAD);
        assertThat(shown.update(Key.of('y')).effects()).containsExactly(new Effect.Console(new ConsoleAction.Publish(reload)));
        Step<Console> no = shown.update(Key.of('n'));
        assertThat(no.effects()).isEmpty();
        assertThat(no.model().mode()).isEqualTo(Console.Mode.TABLE);
    }

    @Test
    void aResetIsOfTheSelectedLearnersCurrentLessonAfterAY() {
        Console c = read(Console.open(Duration.ofMinutes(10)));
        Step<Console> asked = keys(c, 'x');
        assertThat(asked.model().mode()).isEqualTo(Console.Mode.CONFIRM_RESET);
        assertThat(asked.model().update(Key.of('y')).effects())
                .containsExactly(new Effect.Console(new ConsoleAction.Reset("alice", "a")));
        assertThat(asked.model().update(Key.of('n')).effects()).isEmpty();
        // bob is on the menu: nothing to reset
        Step<Console> bob = keys(c, 'j', 'x');
        assertThat(bob.model().mode()).isEqualTo(Console.Mode.TABLE);
        assertThat(bob.model().note()).contains("bob is not in a lesson");
    }

    @Test
    void followingAsksForTheScreenAndEveryKeyButLeavingDoesNothing() {
        Console c = read(Console.open(Duration.ofMinutes(10)));
        Step<Console> f = keys(c, 'f');
        assertThat(f.model().mode()).isEqualTo(Console.Mode.FOLLOW);
        assertThat(f.effects()).containsExactly(new Effect.Console(new ConsoleAction.Follow("alice", true)),
                new Effect.Console(new ConsoleAction.ReadRoster("alice")));
        Console mirrored = f.model().on(new LabInput.Roster(CLASS, NOW, ZoneOffset.UTC, List.of("her screen")))
                .model();
        assertThat(mirrored.mirror()).containsExactly("her screen");
        for (Object k : new Object[] {'y', 'q', Key.Type.ENTER, Key.Type.RIGHT, 'x', 'R', 'b'}) {
            Step<Console> step = keys(mirrored, k);
            assertThat(step.effects()).as("key " + k).isEmpty();
            assertThat(step.model().mode()).isEqualTo(Console.Mode.FOLLOW);
        }
        assertThat(mirrored.editing()).as("q does not quit the instructor's session while following").isTrue();
        Step<Console> out = mirrored.update(Key.of(Key.Type.ESC));
        assertThat(out.effects()).containsExactly(new Effect.Console(new ConsoleAction.Follow("alice", false)));
        assertThat(out.model().mode()).isEqualTo(Console.Mode.TABLE);
        assertThat(out.model().mirror()).isEmpty();
    }

    /** The console as read from a server whose clock is in {@code zone}, at {@code at}. */
    private static Console readIn(String zone, Instant at) {
        return Console.open(Duration.ofMinutes(10)).on(new LabInput.Roster(List.of(), at,
                java.time.ZoneId.of(zone), List.of())).model();
    }

    @Test
    void theTimesZoneIsNamedAsPeopleAbbreviateItWhenTheLabIsRead() {
        assertThat(ConsoleView.zoneName(readIn("Europe/Paris", NOW))).isEqualTo("CET");
        assertThat(ConsoleView.zoneName(readIn("Europe/Paris", Instant.parse("2026-07-01T09:00:00Z"))))
                .isEqualTo("CEST");
        // The offset itself and its region name are both UTC, never the formatter's "Z".
        assertThat(ConsoleView.zoneName(readIn("Z", NOW))).isEqualTo("UTC");
        assertThat(ConsoleView.zoneName(readIn("Etc/UTC", NOW))).isEqualTo("UTC");
    }

    @Test
    void iReadsTheItemAnalysisAndTClosesTheConsoleForTheTutor() {
        Console c = read(Console.open(Duration.ofMinutes(10)));
        Step<Console> items = keys(c, 'i');
        assertThat(items.model().mode()).isEqualTo(Console.Mode.ITEMS);
        assertThat(items.effects()).containsExactly(new Effect.Console(new ConsoleAction.ReadItems()));
        assertThat(keys(c, 't').closed()).isTrue();
    }

    // ---- the lab's messages in a learner's session ----

    /** alice's tutor as role: a learner of a lab server, its instructor, or a local author. */
    static AppState stateOf(Role role, Course course) {
        Theme theme = new Theme(false, true);
        return AppState.start(80, 24, theme, new Session("alice", OptionalLong.empty()), role, course,
                Snapshot.empty(course));
    }

    @Test
    void aLearnerUnderServePressingRReloadsNothingAndALocalAuthorReloads() {
        Course course = CourseLoader.bundled().course();
        Update u = new Update(Clock.systemUTC());
        Update.Transition t = u.update(stateOf(Role.LEARNER, course), Key.of('R'));
        assertThat(t.effects()).isEmpty();
        assertThat(t.state().message()).contains("ask them to reload");
        assertThat(t.state().course()).isSameAs(course);
        assertThat(u.update(stateOf(Role.LOCAL, course), Key.of('R')).effects())
                .containsExactly(new Effect.Reload());
    }

    @Test
    void aReloadKeepsTheLearnersLessonByIdWithTheStepClamped() {
        Course before = CourseLoader.bundled().course();
        Update u = new Update(Clock.systemUTC());
        AppState s = stateOf(Role.LEARNER, before);
        int second = 1;
        s = u.update(s, Key.of((char) ('1' + second))).state();
        s = u.update(s, Key.of(Key.Type.ENTER)).state();
        for (int i = 0; i < 3; i++) s = u.update(s, Key.of(Key.Type.RIGHT)).state();
        assertThat(((Screen.Pager) s.top()).step()).isEqualTo(3);
        Lesson kept = before.lessons().get(second);
        // the new course: the lesson before it gone, this one cut to two steps
        Lesson shorter = new Lesson(kept.id(), kept.title(), kept.order(), kept.threshold(), kept.source(),
                kept.steps().subList(0, 2), kept.version() + "-edited");
        Course after = new Course(List.of(shorter, before.lessons().get(2)));
        Update.Transition t = u.update(s, new LabInput.Message(new LabMessage.CourseChanged(after)));
        Screen.Pager p = (Screen.Pager) t.state().top();
        assertThat(t.state().course()).isSameAs(after);
        assertThat(p.lesson()).isEqualTo(0);
        assertThat(p.step()).isEqualTo(1);
        assertThat(t.effects()).containsExactly(new Effect.Refresh());
        assertThat(t.state().message()).isEqualTo("your instructor updated the lessons");
        // a course without it: back to the menu, told why
        Update.Transition gone = u.update(s, new LabInput.Message(new LabMessage.CourseChanged(
                new Course(List.of(before.lessons().get(0))))));
        assertThat(gone.state().top()).isInstanceOf(Screen.Menu.class);
        assertThat(gone.state().message()).contains("took away the lesson");
    }

    @Test
    void aBroadcastCoversTheScreenUntilEnterOrEscAndOtherKeysWait() {
        Course course = CourseLoader.bundled().course();
        Update u = new Update(Clock.systemUTC());
        AppState s = u.update(stateOf(Role.LEARNER, course), new LabInput.Message(new LabMessage.Broadcast("teach", "look up",
                NOW))).state();
        assertThat(s.overlay()).isEqualTo(new Overlay.Broadcast("teach", List.of("look up")));
        s = u.update(s, new LabInput.Message(new LabMessage.Broadcast("teach", "and now", NOW))).state();
        assertThat(((Overlay.Broadcast) s.overlay()).messages()).containsExactly("look up", "and now");
        AppState typed = u.update(s, Key.of('j')).state();
        assertThat(typed.overlay()).isInstanceOf(Overlay.Broadcast.class);
        assertThat(((Screen.Menu) typed.top()).selected()).isZero();
        assertThat(u.update(typed, Key.of(Key.Type.ENTER)).state().overlay()).isEqualTo(Overlay.NONE);
        assertThat(u.update(typed, Key.of(Key.Type.ESC)).state().overlay()).isEqualTo(Overlay.NONE);
    }

    @Test
    void aLearnerNeverSeesTheServersDirectoriesInAMessage() {
        Update u = new Update(Clock.systemUTC());
        AppState s = stateOf(Role.LEARNER, Course.empty());
        String error = "not saved: cannot write /srv/lab/private/data/satlab.db: disk full";
        assertThat(u.update(s, new Input.Saved("answer", error)).state().message())
                .isEqualTo("not saved: cannot write satlab.db: disk full");
        assertThat(u.update(stateOf(Role.LOCAL, Course.empty()), new Input.Saved("answer", error)).state().message())
                .isEqualTo(error);
    }

    @Test
    void anInstructorQuittingTheTutorIsBackInTheConsoleAndQuitsFromThere() {
        Course course = CourseLoader.bundled().course();
        Update u = new Update(Clock.systemUTC(), Duration.ofMinutes(10));
        AppState s = stateOf(Role.INSTRUCTOR, course).push(new Screen.ConsoleScreen(Console.open(Duration.ofMinutes(10))));
        AppState tutor = u.update(s, Key.of('t')).state();
        assertThat(tutor.top()).isInstanceOf(Screen.Menu.class);
        AppState opened = u.update(tutor, Key.of(Key.Type.ENTER)).state();
        AppState back = u.update(opened, Key.of('q')).state();
        assertThat(back.quit()).isFalse();
        assertThat(back.top()).isInstanceOf(Screen.ConsoleScreen.class);
        assertThat(u.update(back, Key.of('q')).state().quit()).isTrue();
    }
}
