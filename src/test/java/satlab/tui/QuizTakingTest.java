package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.learn.CourseStanding;
import satlab.lesson.CourseLoader;
import satlab.store.AttemptRecord;
import satlab.store.SqliteStore;

/**
 * Taking quizzes in the full-screen tutor: {@link Update#update} is tested for the effects it returns
 * (record this attempt, save this position), not only for the screen; editing lessons between sessions;
 * a reset by another process reaching an open session.
 */
class QuizTakingTest {

    @TempDir Path dir;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private Path write(String name, String... lines) throws IOException {
        Path d = Files.createDirectories(dir.resolve("lessons"));
        Files.writeString(d.resolve(name), String.join("\n", lines) + "\n");
        return d;
    }

    private static final String[] QUIZ_A = {"```quiz", "kind: yesno", "ask: Is z = 10 saturated?",
        "answer: saturated(10)", "```"};
    private static final String[] QUIZ_B = {"```quiz", "kind: number", "ask: What is σ'(0)?", "answer: 0.25",
        "answer-uses: arithmetic", "```"};

    private Path lesson(String... body) throws IOException {
        String[] head = {"---", "id: one", "title: One", "---", "Intro."};
        String[] all = new String[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return write("one.md", all);
    }

    private static String[] join(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    private static AppState state(Path lessons) {
        var course = CourseLoader.load(lessons).course();
        AppState s = AppState.start(80, 24, Theme.DEFAULT, new Session("ada", OptionalLong.empty()), course,
                new Snapshot(CourseStanding.empty(course), true, "", 0));
        return s;
    }

    private static Update.Transition press(Update u, AppState s, Key... keys) {
        Update.Transition t = Update.Transition.of(s);
        for (Key k : keys) t = u.update(t.state(), k);
        return t;
    }

    @Test
    void updateReturnsTheAttemptToSaveOnlyForEnterOnAFocusedQuizAndNKeyNeverAnswers() throws IOException {
        Path lessons = lesson(join(new String[] {"## Check"}, QUIZ_A));
        Update u = new Update(CLOCK);
        AppState s = state(lessons);

        Update.Transition picked = u.update(s, Key.of('1'));
        assertThat(picked.effects()).as("a digit picks a lesson; Enter opens it").isEmpty();
        Update.Transition open = u.update(picked.state(), Key.of(Key.Type.ENTER));
        assertThat(open.effects()).containsExactly(new Effect.SavePosition("one", 0, 2));
        Update.Transition next = u.update(open.state(), Key.of('n'));
        assertThat(next.effects()).containsExactly(new Effect.SavePosition("one", 1, 2));

        Update.Transition focused = u.update(next.state(), Key.of(Key.Type.TAB));
        assertThat(focused.effects()).isEmpty();
        Update.Transition chose = u.update(focused.state(), Key.of('n'));
        assertThat(chose.effects()).as("n chooses 'no' on a focused yes/no quiz; it records nothing").isEmpty();
        assertThat(chose.state().top()).isInstanceOf(Screen.Pager.class);
        assertThat(((Screen.Pager) chose.state().top()).step()).isEqualTo(1);

        Update.Transition answered = u.update(chose.state(), Key.of(Key.Type.ENTER));
        assertThat(answered.effects()).singleElement().isInstanceOfSatisfying(Effect.RecordAttempt.class, e -> {
            AttemptRecord r = e.attempt();
            assertThat(r.answer()).isEqualTo("no");
            assertThat(r.correct()).isFalse();
            assertThat(r.attempt()).isEqualTo(1);
            assertThat(r.quizId()).startsWith("q-");
            assertThat(r.question()).isEqualTo("Is z = 10 saturated?");
            assertThat(r.expected()).isEqualTo("yes");
            assertThat(r.answeredAt()).isEqualTo(CLOCK.instant());
        });
        Update.Transition retry = press(u, answered.state(), Key.of('y'), Key.of(Key.Type.ENTER));
        assertThat(retry.effects()).singleElement().isInstanceOfSatisfying(Effect.RecordAttempt.class,
                e -> assertThat(e.attempt().attempt() + ":" + e.attempt().correct()).isEqualTo("2:true"));

        // Finished: letters and digits stay with the quiz; nothing navigates or records by surprise.
        Update.Transition after = press(u, retry.state(), Key.of('3'), Key.of('n'), Key.of('q'), Key.of(Key.Type.ENTER));
        assertThat(after.effects()).isEmpty();
        assertThat(after.state().quit()).isFalse();
        assertThat(after.state().top()).isInstanceOf(Screen.Pager.class);
        assertThat(((Screen.Pager) after.state().top()).step()).isEqualTo(1);
    }

    @Test
    void aNumberQuizRestrictedToArithmeticRefusesTheFunctionAndRecordsNothing() throws IOException {
        Path lessons = lesson(join(new String[] {"## Check"}, QUIZ_B));
        Update u = new Update(CLOCK);
        Update.Transition t = press(u, state(lessons), Key.of('1'), Key.of(Key.Type.ENTER), Key.of(Key.Type.RIGHT), Key.of(Key.Type.TAB));
        for (char c : "dsigmoid(0)".toCharArray()) t = u.update(t.state(), Key.of(c));
        t = u.update(t.state(), Key.of(Key.Type.ENTER));
        assertThat(t.effects()).isEmpty();
        QuizState q = Update.focusedQuiz(t.state(), (Screen.Pager) t.state().top());
        assertThat(q.take().message()).contains("worked out").contains("not dsigmoid");
        assertThat(q.take().attempt()).isEqualTo(1);
    }

    @Test
    void editingTheLessonBetweenSessionsKeepsAnswersWithTheirQuizzes() throws IOException {
        Path lessons = lesson(join(new String[] {"## First"}, QUIZ_A, new String[] {"## Second"}, QUIZ_B));
        Path db = dir.resolve("satlab.db");
        try (SqliteStore store = SqliteStore.open(db);
                Harness h = new Harness(store, Theme.DEFAULT, 80, 24, "ada", lessons)) {
            h.type("1").press(Key.Type.ENTER).press(Key.Type.RIGHT).press(Key.Type.TAB).type("y").press(Key.Type.ENTER);
            h.press(Key.Type.ESC).press(Key.Type.RIGHT).press(Key.Type.TAB).type("0.3").press(Key.Type.ENTER)
                    .type("0.2").press(Key.Type.ENTER);
            assertThat(store.attempts("ada", "one")).hasSize(3);
        }
        // The author inserts a quiz before the answered ones, swaps the two steps and changes quiz B's question.
        String[] newQuiz = {"```quiz", "kind: choice", "ask: Where is σ' largest?", "- [x] z = 0", "- [ ] z = 9", "```"};
        String[] changedB = {"```quiz", "kind: number", "ask: What is σ'(0), the peak?", "answer: 0.25", "```"};
        lesson(join(new String[] {"## New"}, newQuiz, new String[] {"## Second"}, changedB, new String[] {"## First"},
                QUIZ_A));
        try (SqliteStore store = SqliteStore.open(db);
                Harness h = new Harness(store, Theme.DEFAULT, 80, 24, "ada", lessons)) {
            CourseStanding c = Update.standing(h.state);
            assertThat(c.lesson(0).quizzes()).extracting(q -> q.status().name())
                    .containsExactly("UNANSWERED", "UNANSWERED", "RIGHT");
            assertThat(c.lesson(0).score()).isEqualTo("1 of 3 right");
            assertThat(h.lines().get(2)).contains("1/3 right");
            h.type("1").press(Key.Type.ENTER).press(Key.Type.LEFT, 4).press(Key.Type.RIGHT, 3);
            assertThat(h.text()).contains("quiz 3").contains("you answered yes").contains("Is z = 10 saturated?");
            assertThat(store.history(Optional.empty())).hasSize(3);
        }
    }

    @Test
    void aResetByAnotherProcessReachesTheOpenSessionAtItsNextKey() throws IOException {
        Path lessons = lesson(join(new String[] {"## Check"}, QUIZ_A));
        Path db = dir.resolve("satlab.db");
        try (SqliteStore store = SqliteStore.open(db);
                Harness h = new Harness(store, Theme.DEFAULT, 80, 24, "bob", lessons)) {
            h.type("1").press(Key.Type.ENTER).press(Key.Type.RIGHT).press(Key.Type.TAB).type("y").press(Key.Type.ENTER);
            assertThat(h.text()).contains("you answered yes");
            try (SqliteStore other = SqliteStore.open(db)) {
                other.reset("bob", Optional.of("one"));
            }
            h.type("y");
            assertThat(h.text()).doesNotContain("you answered yes");
            h.press(Key.Type.ENTER);
            assertThat(h.text()).contains("you answered yes");
            assertThat(store.attempts("bob", "one")).singleElement()
                    .satisfies(a -> assertThat(a.record().attempt()).isEqualTo(1));
        }
    }

    @Test
    void reviewAsksAMissedQuizAgainWithFreshNumbersAndKeepsTheScore() throws IOException {
        Path lessons = lesson(join(new String[] {"## Check"}, new String[] {"```quiz", "kind: number",
            "let: z0 = round(uniform(1, 4), 2)", "ask: What is σ'({z0})?", "answer: dsigmoid(z0)", "attempts: 1",
            "```"}));
        try (SqliteStore store = SqliteStore.open(dir.resolve("satlab.db"));
                Harness h = new Harness(store, Theme.DEFAULT, 80, 24, "ada", lessons)) {
            h.type("1").press(Key.Type.ENTER).press(Key.Type.RIGHT).press(Key.Type.TAB).type("9").press(Key.Type.ENTER);
            String lessonQuestion = store.attempts("ada", "one").get(0).record().question();
            h.press(Key.Type.ESC).press(Key.Type.ESC);
            assertThat(h.text()).contains("r reviews 1 missed quiz");
            h.type("r");
            assertThat(h.state.top()).isInstanceOf(Screen.Review.class);
            QuizState q = ((Screen.Review) h.state.top()).quizzes().get(0);
            h.type(q.instance().expected()).press(Key.Type.ENTER);
            AttemptRecord review = store.attempts("ada", "one").get(1).record();
            assertThat(review.review()).isTrue();
            assertThat(review.correct()).isTrue();
            assertThat(review.question()).isNotEqualTo(lessonQuestion);
            h.press(Key.Type.ESC);
            assertThat(h.lines().get(2)).contains("0/1 right");
            assertThat(h.text()).doesNotContain("r reviews");
        }
    }
}
