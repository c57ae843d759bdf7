package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.store.Attempt;

/** Screen snapshots on Lanterna's virtual terminal, driven key by key through update and render. */
class TutorScreensTest {

    @TempDir Path data;
    Harness h;

    @AfterEach
    void close() {
        if (h != null) h.close();
    }

    private Harness start(Theme theme, int columns, int rows) {
        h = new Harness(data, theme, columns, rows);
        return h;
    }

    @Test
    void menuAt80x24ListsEveryLessonWithItsProgressAndTheKeys() {
        List<String> lines = start(Theme.DEFAULT, 80, 24).lines();
        assertThat(lines.get(0)).contains("satlab");
        assertThat(lines.get(2)).contains("1. The sigmoid and its gradient").contains("not started");
        assertThat(lines.get(3)).contains("2. Large weights make a large z").contains("not started");
        assertThat(lines.get(23)).contains("Enter open").contains("c continue").contains("q quit");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void explorerShowsZTenAndSaturatedForTheQandAsNeuron() {
        start(Theme.DEFAULT, 80, 24).type("e");
        h.press(Key.Type.CTRL_U).type("1000, 1000").press(Key.Type.TAB);
        h.press(Key.Type.CTRL_U).type("1, -0.99");
        String screen = h.text();
        assertThat(screen).contains("weights").contains("1000, 1000").contains("1, -0.99");
        assertThat(screen).containsPattern("z\\s+= 10\\n");
        assertThat(screen).contains("SATURATED");
        assertThat(screen).contains("0.99995").contains("4.54e-5");
    }

    @Test
    void smallWeightsAreActive() {
        start(Theme.DEFAULT, 80, 24).type("e").type("0.5, 0.5").press(Key.Type.TAB).type("1, 1");
        assertThat(h.text()).containsPattern("z\\s+= 1\\n").contains("ACTIVE").doesNotContain("SATURATED");
    }

    @Test
    void aBadWeightShowsACaretAndMessageUnderItsFieldWhileTheLastResultStays() {
        start(Theme.DEFAULT, 80, 24).type("e").type("1000, 1000").press(Key.Type.TAB).type("1, -0.99");
        h.press(Key.Type.BACK_TAB).type("1000, sqr(2)");
        List<String> lines = h.lines();
        int weightsRow = indexOf(lines, "weights");
        String caretRow = lines.get(weightsRow + 1);
        int fieldStart = lines.get(weightsRow).indexOf("1000, sqr(2)");
        assertThat(caretRow.indexOf('^')).isEqualTo(fieldStart + "1000, ".length());
        assertThat(String.join("\n", lines.subList(weightsRow + 1, weightsRow + 4))).contains("sqr");
        assertThat(h.text()).containsPattern("z\\s+= 10\\n").contains("SATURATED").contains("last neuron that made sense");
    }

    @Test
    void mismatchedListsSayHowToFixThem() {
        start(Theme.DEFAULT, 80, 24).type("e").type("1, 2, 3");
        assertThat(h.text()).contains("2 inputs for 3 weights");
    }

    @Test
    void lettersInsideAFieldAreTextNotShortcuts() {
        start(Theme.DEFAULT, 80, 24).type("e").type("sqrt(4) q e r");
        assertThat(h.state.quit()).isFalse();
        assertThat(h.text()).contains("sqrt(4) q e r");
        h.press(Key.Type.ESC);
        assertThat(h.state.top()).isInstanceOf(Screen.ExplorerScreen.class);
        h.press(Key.Type.ESC);
        assertThat(h.state.top()).isInstanceOf(Screen.Menu.class);
    }

    @Test
    void randomisingWithHugeSpreadSaturatesAndXavierRestoresSmallZ() {
        start(Theme.DEFAULT, 80, 24).type("e").press(Key.Type.ESC);
        h.type("0");
        for (int i = 0; i < 4; i++) h.type("+");
        h.type("r");
        Explorer big = ((Screen.ExplorerScreen) h.state.top()).explorer();
        assertThat(h.text()).contains("from N(0, 100");
        h.type("x");
        Explorer xavier = ((Screen.ExplorerScreen) h.state.top()).explorer();
        assertThat(h.text()).contains("Xavier");
        assertThat(Math.abs(xavier.result().report().z())).isLessThan(Math.abs(big.result().report().z()));
        h.type("0");
        assertThat(h.text()).contains("1000, 1000").containsPattern("z\\s+= 10\\n");
    }

    @Test
    void tooSmallTerminalSaysSoAndTheLessonComesBackWhenItGrows() {
        start(Theme.DEFAULT, 80, 24).press(Key.Type.ENTER).press(Key.Type.RIGHT);
        List<String> before = h.lines();
        h.resize(40, 12);
        String small = h.text();
        assertThat(small).contains("terminal too small: 40x12, need 60x18");
        assertThat(small.lines().filter(l -> !l.isBlank()).count()).isLessThanOrEqualTo(2);
        h.resize(80, 24);
        assertThat(h.lines()).isEqualTo(before);
    }

    @Test
    void yesNoQuizAnsweredRightIsSavedAtOnce() {
        openQuizStep();
        h.press(Key.Type.TAB).type("y");
        assertThat(h.store.attempts("ada", "sigmoid")).as("choosing is not answering").isEmpty();
        h.press(Key.Type.ENTER);
        assertThat(h.text()).contains("RIGHT").contains("you answered yes");
        assertThat(h.lines().get(23)).contains("answer saved");
        List<Attempt> saved = h.store.attempts("ada", "sigmoid");
        assertThat(saved).singleElement().satisfies(a -> {
            assertThat(a.correct()).isTrue();
            assertThat(a.record().answer()).isEqualTo("yes");
        });
    }

    @Test
    void choiceQuizAnsweredWrongShowsTheCorrectAnswerAndExplanation() {
        openQuizStep();
        h.press(Key.Type.TAB).press(Key.Type.TAB).type("1").press(Key.Type.ENTER);
        assertThat(h.text()).contains("WRONG").contains("Try again: attempt 2 of 2.").doesNotContain("The answer is");
        h.type("3").press(Key.Type.ENTER);
        String screen = h.text();
        assertThat(screen).contains("WRONG").contains("The answer is").contains("0.25");
        assertThat(h.store.attempts("ada", "sigmoid")).extracting(a -> a.record().attempt() + ":" + a.correct())
                .containsExactly("1:false", "2:false");
    }

    @Test
    void numberQuizTakesAnExpressionWhoseLettersAreTextNotShortcuts() {
        openQuizStep();
        h.press(Key.Type.TAB, 3).type("sqrt(1/16)").press(Key.Type.ENTER);
        assertThat(h.text()).contains("RIGHT");
    }

    @Test
    void aChoiceWithSeveralRightOptionsIsTickedThenConfirmed() {
        start(Theme.DEFAULT, 80, 24).type("2").press(Key.Type.ENTER).press(Key.Type.RIGHT, 2).press(Key.Type.TAB, 2);
        h.type("1").press(Key.Type.DOWN).press(Key.Type.DOWN).type(" ");
        assertThat(h.text()).contains("[x] 1. large weights").contains("[ ] 2. inputs near 0")
                .contains("[x] 3. many same-sign");
        assertThat(h.store.attempts("ada", "large-weights")).isEmpty();
        h.press(Key.Type.ENTER);
        assertThat(h.text()).contains("RIGHT").contains("you answered 1,3");
        assertThat(h.store.attempts("ada", "large-weights")).singleElement()
                .satisfies(a -> assertThat(a.record().answer()).isEqualTo("1,3"));
    }

    @Test
    void aChoiceWithSeveralRightOptionsIsWrongWhenOneIsMissing() {
        start(Theme.DEFAULT, 80, 24).type("2").press(Key.Type.ENTER).press(Key.Type.RIGHT, 2).press(Key.Type.TAB, 2);
        h.type("1").press(Key.Type.ENTER);
        assertThat(h.text()).contains("WRONG").contains("Try again");
        h.type("2").press(Key.Type.ENTER);
        assertThat(h.text()).contains("WRONG").contains("The answer is");
    }

    @Test
    void numberQuizRejectsNonsenseWithoutCountingIt() {
        openQuizStep();
        h.press(Key.Type.TAB, 3).type("zz").press(Key.Type.ENTER);
        assertThat(h.text()).contains("not a number");
        assertThat(h.store.attempts("ada", "sigmoid")).isEmpty();
    }

    @Test
    void quittingWithAHalfTypedAnswerAsksFirst() {
        openQuizStep();
        h.press(Key.Type.TAB, 3).type("0.2").press(Key.Type.TAB).type("q");
        assertThat(h.state.quit()).isFalse();
        assertThat(h.lines().get(23)).contains("Quit anyway?");
        h.type("n");
        assertThat(h.state.quit()).isFalse();
        h.type("q").type("y");
        assertThat(h.state.quit()).isTrue();
    }

    @Test
    void aStatusMessageLongerThanTheBarTakesTheRowsAboveItAndLosesNoWord() {
        String message = "answer kept for this session only: the disk holding /home/ada/.local/state/satlab is full;"
                + " free some space and your next answer is saved";
        start(Theme.DEFAULT, 60, 18).send(new Input.Note(message));
        List<String> lines = h.lines();
        String shown = String.join(" ", lines.subList(15, 18)).replaceAll("\\s+", " ").strip();
        assertThat(shown).isEqualTo(message);
        assertThat(h.tutor.lastCutWords).isEmpty();
    }

    @Test
    void ctrlZWithoutAShellBehindTheSessionSaysSoAndGoesOn() {
        start(Theme.DEFAULT, 80, 24).press(Key.Type.CTRL_Z);
        assertThat(h.lines().get(23)).contains("Ctrl-Z").contains("no shell");
        assertThat(h.state.quit()).isFalse();
        h.press(Key.Type.DOWN);
        assertThat(h.lines().get(23)).contains("Enter open");
    }

    @Test
    void ctrlCWithAHalfTypedAnswerAsksAndASecondCtrlCQuits() {
        openQuizStep();
        h.press(Key.Type.TAB, 3).type("0.2").press(Key.Type.CTRL_C);
        assertThat(h.state.quit()).isFalse();
        assertThat(h.lines().get(23)).contains("Quit anyway?");
        h.type("x");
        assertThat(h.state.quit()).isFalse();
        assertThat(h.text()).contains("0.2");
        h.press(Key.Type.CTRL_C).press(Key.Type.CTRL_C);
        assertThat(h.state.quit()).isTrue();
    }

    @Test
    void aReopenedLessonShowsTheTicksAndTheNumberLastAnswered() {
        Path db = data.resolve("ticks.db");
        h = new Harness(satlab.store.SafeStore.open(db), Theme.DEFAULT, 80, 24, "ada", ScreenSnapshotTest.LESSONS);
        h.press(Key.Type.ENTER).press(Key.Type.RIGHT, 4).press(Key.Type.TAB).type("1").type("3").press(Key.Type.ENTER);
        h.press(Key.Type.TAB).type("0.2").press(Key.Type.ENTER);
        h.close();
        h = new Harness(satlab.store.SafeStore.open(db), Theme.DEFAULT, 80, 24, "ada", ScreenSnapshotTest.LESSONS);
        h.press(Key.Type.ENTER);
        assertThat(h.text()).contains("[x] 1. large weights").contains("[ ] 2.").contains("[x] 3. a large bias")
                .contains("answer: 0.2");
    }

    @Test
    void questionMarkInANumberFieldShowsTheHintAndTheBarSaysSo() {
        h = new Harness(satlab.store.SafeStore.open(data.resolve("s.db")), Theme.DEFAULT, 80, 24, "ada",
                ScreenSnapshotTest.LESSONS);
        h.press(Key.Type.ENTER).press(Key.Type.RIGHT, 4).press(Key.Type.TAB, 2).type("0.2");
        assertThat(h.lines().get(23)).contains("? hint");
        h.type("?");
        assertThat(h.text()).contains("hint: ").contains("answer: 0.2\n").doesNotContain("0.2?");
    }

    @Test
    void theExplorersPlotKeepsItsRowsWhenAFieldGoesBadOrTheExplanationChanges() {
        start(Theme.DEFAULT, 80, 24).type("e");
        int good = indexOf(h.lines(), "(left scale)");
        h.type("1000, sqr(2)");
        assertThat(indexOf(h.lines(), "(left scale)")).isEqualTo(good);
        h.press(Key.Type.CTRL_U).type("0.1, 0.1");
        assertThat(h.text()).contains("ACTIVE");
        assertThat(indexOf(h.lines(), "(left scale)")).isEqualTo(good);
    }

    @Test
    void reopeningResumesAtTheSameStepWithTheSameQuizNumbers() {
        start(Theme.DEFAULT, 80, 24).type("2").press(Key.Type.ENTER).press(Key.Type.RIGHT, 2);
        String question = h.text();
        assertThat(question).contains("bias 0. Is");
        h.close();
        h = new Harness(data, Theme.DEFAULT, 80, 24);
        assertThat(h.text()).contains("step 3 of 3").contains("c continues \"Large weights make a large z\" at step 3 of 3");
        h.type("c");
        assertThat(h.lines().get(0)).contains("step 3/3");
        assertThat(h.text()).isEqualTo(question);
    }

    @Test
    void anotherLearnerGetsOtherNumbers() {
        start(Theme.DEFAULT, 80, 24).type("2").press(Key.Type.ENTER).press(Key.Type.RIGHT, 2);
        String mine = h.text();
        Harness other = new Harness(satlab.store.SafeStore.open(data.resolve("other.db")), Theme.DEFAULT, 80, 24,
                "grace");
        other.type("2").press(Key.Type.ENTER).press(Key.Type.RIGHT, 2);
        assertThat(other.text()).isNotEqualTo(mine);
        other.close();
    }

    @Test
    void goingPastTheLastStepShowsASummaryButALessonIsDoneOnlyWhenEveryQuizIsAnswered() {
        start(Theme.DEFAULT, 80, 24).type("2").press(Key.Type.ENTER).press(Key.Type.RIGHT, 3);
        assertThat(h.state.top()).isInstanceOf(Screen.Summary.class);
        assertThat(h.text()).contains("0 of 2 right").contains("2 still to");
        h.type("x");
        assertThat(h.state.top()).isInstanceOf(Screen.Menu.class);
        assertThat(h.lines().get(3)).doesNotContain("done").contains("0/2 right");
        // The line wraps at 80 columns: compare its words.
        assertThat(h.text().replaceAll("\\s+", " "))
                .contains("c continues \"Large weights make a large z\" at step 3 of 3, quiz 1 not answered");
        h.type("c").press(Key.Type.TAB);
        String right = ((Screen.Pager) h.state.top()).quizzes().get(0).instance().correctAnswer();
        h.type(right.substring(0, 1)).press(Key.Type.ENTER);
        h.press(Key.Type.TAB).type("13").press(Key.Type.ENTER).press(Key.Type.ESC).press(Key.Type.RIGHT);
        assertThat(h.text()).contains("end of").contains("2 of 2 right").doesNotContain("still to");
        h.type("x");
        assertThat(h.lines().get(3)).contains("done").contains("2/2 right");
    }

    @Test
    void helpOverlayListsTheKeysAndAnyKeyClosesIt() {
        start(Theme.DEFAULT, 80, 24).type("?");
        assertThat(h.text()).contains("keys").contains("previous step").contains("more: ↑↓ scroll");
        h.press(Key.Type.END);
        assertThat(h.text()).contains("Xavier").contains("restore").contains("more above");
        h.type("x");
        assertThat(h.state.help()).isFalse();
        h.press(Key.Type.F1);
        assertThat(h.state.help()).isTrue();
    }

    @Test
    void asciiScreensHoldOnlySevenBitCharacters() {
        start(new Theme(true, true), 80, 24);
        StringBuilder all = new StringBuilder(h.text());
        h.type("1");
        for (int i = 0; i < 4; i++) {
            all.append(h.text());
            h.press(Key.Type.TAB).press(Key.Type.TAB);
            all.append(h.text());
            h.press(Key.Type.ESC).press(Key.Type.ESC).press(Key.Type.RIGHT);
        }
        h.type("e");
        all.append(h.text());
        h.type("1000, bad").press(Key.Type.ESC).type("?");
        all.append(h.text());
        assertThat(all.toString()).contains("SATURATED").contains("keys");
        assertThat(all.chars().filter(c -> c > 127)).isEmpty();
    }

    @Test
    void noColorLeavesEveryCellInTheDefaultColours() {
        start(new Theme(false, false), 80, 24).type("e");
        assertThat(h.cells()).allSatisfy(c -> {
            assertThat(c.getForegroundColor()).isEqualTo(com.googlecode.lanterna.TextColor.ANSI.DEFAULT);
            assertThat(c.getBackgroundColor()).isEqualTo(com.googlecode.lanterna.TextColor.ANSI.DEFAULT);
        });
        assertThat(h.text()).contains("SATURATED");
    }

    @Test
    void reloadPicksUpAnEditedLessonAndListsProblemsWithFileLineAndColumn() throws Exception {
        Path lessons = data.resolve("lessons");
        java.nio.file.Files.createDirectories(lessons);
        for (String name : List.of("01-sigmoid.md", "02-weights.md")) {
            java.nio.file.Files.copy(Harness.LESSONS.resolve(name), lessons.resolve(name));
        }
        h = new Harness(satlab.store.SafeStore.open(data.resolve("satlab.db")), Theme.DEFAULT, 80, 24, "ada",
                lessons);
        Path first = lessons.resolve("01-sigmoid.md");
        java.nio.file.Files.writeString(first, java.nio.file.Files.readString(first)
                .replace("title: The sigmoid and its gradient", "title: The sigmoid, edited"));
        Path second = lessons.resolve("02-weights.md");
        java.nio.file.Files.writeString(second, java.nio.file.Files.readString(second).replace("kind: yesno",
                "kind: maybe"));
        h.type("R");
        String screen = h.text();
        assertThat(screen).contains("1. The sigmoid, edited").doesNotContain("Large weights make");
        assertThat(screen).contains("lesson problems").containsPattern("02-weights.md:\\d+:\\d+: error:");
        assertThat(h.lines().get(23)).contains("reloaded 1 lesson; 1 problem listed below");
        h.press(Key.Type.ESC);
        assertThat(h.text()).doesNotContain("lesson problems");
    }

    @Test
    void aLessonsNeuronBlockOpensInTheExplorerWithItsValues() {
        start(Theme.DEFAULT, 80, 24).type("1").press(Key.Type.ENTER).press(Key.Type.RIGHT, 2);
        assertThat(h.text()).contains("weights 1000, 1000").contains("SATURATED");
        h.press(Key.Type.TAB).press(Key.Type.ENTER);
        assertThat(h.state.top()).isInstanceOf(Screen.ExplorerScreen.class);
        assertThat(h.text()).contains("Neuron explorer").contains("1000, 1000").containsPattern("z\\s+= 10\\n");
        h.press(Key.Type.ESC).press(Key.Type.ESC);
        assertThat(h.lines().get(0)).contains("step 3/4");
    }

    @Test
    void aStepTallerThanTheScreenScrollsAndSaysThereIsMore() {
        start(Theme.DEFAULT, 60, 18).type("1").press(Key.Type.ENTER).press(Key.Type.RIGHT, 3).press(Key.Type.TAB, 2)
                .type("1").press(Key.Type.ENTER).type("3").press(Key.Type.ENTER);
        h.press(Key.Type.ESC);
        List<String> top = h.lines();
        assertThat(top.get(16)).contains("▼").contains("more lines");
        h.type("j");
        List<String> scrolled = h.lines();
        assertThat(scrolled.get(1)).endsWith("▲");
        assertThat(scrolled.get(1).replace("▲", "").stripTrailing()).isEqualTo(top.get(2).stripTrailing());
        h.press(Key.Type.END);
        List<String> bottom = h.lines();
        assertThat(bottom.get(16)).doesNotContain("▼");
        h.press(Key.Type.UP);
        assertThat(h.lines().get(16)).as("one line up from the bottom at once").contains("▼ 1 more line");
        assertThat(h.lines().get(2).replace("▲", "").stripTrailing()).isEqualTo(bottom.get(1).replace("▲", "")
                .stripTrailing());
    }

    @Test
    void stopFromAnotherThreadEndsTheSession() {
        start(Theme.DEFAULT, 80, 24).send(new Input.Stop("server shutting down"));
        assertThat(h.state.quit()).isTrue();
    }

    private void openQuizStep() {
        start(Theme.DEFAULT, 80, 24).type("1").press(Key.Type.ENTER).press(Key.Type.RIGHT, 3);
        assertThat(h.lines().get(0)).contains("step 4/4");
        assertThat(h.store.position("ada", "sigmoid")).map(p -> p.step()).isEqualTo(Optional.of(3));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i;
        throw new AssertionError(text + " not on screen:\n" + String.join("\n", lines));
    }
}
