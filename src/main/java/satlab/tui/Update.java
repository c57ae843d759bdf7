package satlab.tui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import satlab.lesson.Block;
import satlab.lesson.Lesson;
import satlab.lesson.NeuronBlock;
import satlab.lesson.QuizBlock;
import satlab.lesson.Verdict;
import satlab.store.Attempt;
import satlab.store.AttemptRecord;
import satlab.store.Fingerprint;

/**
 * The tutor's state machine: {@code update(state, input)} gives the next state and
 * the effects (saves, reloads) the runner must carry out. Pure apart from reading the
 * clock for an answer's time stamp, so tests drive it key by key.
 */
public final class Update {

    /** The next state plus the work to do; effects run in order after the state is shown. */
    public record Transition(AppState state, List<Effect> effects) {
        static Transition of(AppState s) {
            return new Transition(s, List.of());
        }
    }

    private final Clock clock;

    public Update(Clock clock) {
        this.clock = clock;
    }

    public Transition update(AppState s, Input input) {
        if (input instanceof Input.Resize r) return Transition.of(s.withSize(r.columns(), r.rows()));
        if (input instanceof Input.Stop) return Transition.of(s.withQuit());
        if (input instanceof Input.Saved saved) {
            return Transition.of(s.withMessage(saved.error() == null ? saved.what() + " saved" : saved.error()));
        }
        if (input instanceof Input.Reloaded r) return Transition.of(reloaded(s, r));
        if (input instanceof Input.Progress p) return Transition.of(s.withProgress(p.snapshot()));
        if (input instanceof Input.Note n) return Transition.of(s.withMessage(n.message()));
        if (input instanceof Input.Redraw) return Transition.of(s);
        if (input instanceof LabEvent e) return Labs.on(s, e);
        return key(s, (Key) input);
    }

    private Transition key(AppState s0, Key key) {
        AppState s = s0.message().isEmpty() ? s0 : s0.withMessage("");
        if (key.type() == Key.Type.EOF) return Transition.of(s.withQuit());
        // Ctrl-Z stops the tutor as a shell job, whatever has the keyboard; the runner redraws on fg.
        if (key.type() == Key.Type.CTRL_Z) return new Transition(s, List.of(new Effect.Suspend()));
        if (s.overlay() instanceof Overlay.Confirm) {
            return Transition.of(Overlay.Confirm.quits(key) ? s.withQuit()
                    : s.withOverlay(Overlay.NONE).withMessage("still here"));
        }
        if (s.overlay() instanceof Overlay.Help help) {
            if (key.type() == Key.Type.CTRL_C) return quit(s);
            Step<Overlay.Help> step = help.update(key, s.viewport().helpMax(), s.viewport().helpPage());
            return Transition.of(s.withOverlay(step.closed() ? Overlay.NONE : step.model()));
        }
        if (key.type() == Key.Type.CTRL_C) return quit(s);
        if (key.type() == Key.Type.F1) return Transition.of(s.withOverlay(new Overlay.Help(0)));
        if (s.tooSmall()) return Transition.of(key.is('q') ? s.withQuit() : s);
        if (key.type() == Key.Type.CTRL_L) return Transition.of(s);
        boolean editing = editing(s);
        if (!editing) {
            if (key.is('q')) return quit(s);
            if (key.is('e') && !(s.top() instanceof Screen.ExplorerScreen)) {
                return Transition.of(s.push(new Screen.ExplorerScreen(Explorer.free(seedFor(s, "free")))));
            }
            if (key.is('?') && !quizFocused(s)) return Transition.of(s.withOverlay(new Overlay.Help(0)));
        }
        Screen top = s.top();
        if (top instanceof Screen.Menu m) return menu(s, m, key);
        if (top instanceof Screen.Pager p) return pager(s, p, key);
        if (top instanceof Screen.NetworkLabScreen || top instanceof Screen.TrainLabScreen) return Labs.key(s, key);
        Screen.ExplorerScreen ex = (Screen.ExplorerScreen) top;
        return child(s, ex.explorer().update(key), Screen.ExplorerScreen::new);
    }

    /** q and Ctrl-C: quit, after asking when an answer is half-typed (it would be lost). */
    private static Transition quit(AppState s) {
        return Transition.of(halfTyped(s) ? s.withOverlay(new Overlay.Confirm()) : s.withQuit());
    }

    /**
     * Puts a sub-model's step back into the stack: the screen on top becomes the step's
     * model, or goes when the step closed; the step's effects pass on unchanged.
     */
    static <M> Transition child(AppState s, Step<M> step, java.util.function.Function<M, Screen> screen) {
        return new Transition(step.closed() ? s.pop() : s.withTop(screen.apply(step.model())), step.effects());
    }

    /** A text field has the keyboard: every printable key is text, not a shortcut. */
    static boolean editing(AppState s) {
        Screen top = s.top();
        if (top instanceof Screen.ExplorerScreen e) return e.explorer().editing();
        if (top instanceof Screen.Pager p) {
            QuizState q = focusedQuiz(s, p);
            return q != null && q.editing();
        }
        return false;
    }

    private static boolean halfTyped(AppState s) {
        for (Screen screen : s.stack()) {
            if (screen instanceof Screen.Pager p && p.quizzes().values().stream().anyMatch(QuizState::halfTyped)) {
                return true;
            }
        }
        return false;
    }

    private static boolean quizFocused(AppState s) {
        return s.top() instanceof Screen.Pager p && focusedQuiz(s, p) != null;
    }

    private static long seedFor(AppState s, String what) {
        return satlab.engine.Rng.seedOf(s.session().quizSeedSource(), what);
    }

    // ---- menu ----

    private Transition menu(AppState s, Screen.Menu m, Key key) {
        int n = s.course().size();
        if (!m.lint().isEmpty() && key.type() == Key.Type.ESC) {
            return Transition.of(s.withTop(new Screen.Menu(m.selected(), List.of())));
        }
        switch (key.type()) {
            case UP -> {
                return Transition.of(s.withTop(new Screen.Menu(Math.max(0, m.selected() - 1), m.lint())));
            }
            case DOWN -> {
                return Transition.of(s.withTop(new Screen.Menu(Math.min(Math.max(0, n - 1), m.selected() + 1),
                        m.lint())));
            }
            case HOME -> {
                return Transition.of(s.withTop(new Screen.Menu(0, m.lint())));
            }
            case END -> {
                return Transition.of(s.withTop(new Screen.Menu(Math.max(0, n - 1), m.lint())));
            }
            case ENTER, RIGHT -> {
                return open(s, m.selected());
            }
            default -> { }
        }
        if (key.type() != Key.Type.CHAR) return Transition.of(s);
        char c = key.ch();
        if (c == 'k') return menu(s, m, Key.of(Key.Type.UP));
        if (c == 'j') return menu(s, m, Key.of(Key.Type.DOWN));
        if (c == 'l') return open(s, m.selected());
        // A digit picks a lesson and Enter opens it, as the help says: a stray digit opens nothing.
        if (c >= '1' && c <= '9' && c - '1' < n) return Transition.of(s.withTop(new Screen.Menu(c - '1', m.lint())));
        if (c == 'c') return continueLearning(s);
        if (c == 'w') return Labs.openNetwork(s, "free lab", satlab.sim.NetworkConfig.defaults());
        if (c == 'R') return new Transition(s.withMessage("reloading lessons..."), List.of(new Effect.Reload()));
        return Transition.of(s);
    }

    private Transition continueLearning(AppState s) {
        List<Lesson> lessons = s.course().lessons();
        if (lessons.isEmpty()) return Transition.of(s.withMessage("no lessons to continue"));
        int idx = s.progress().lastLesson().map(id -> s.course().indexOf(id)).orElse(-1);
        if (idx >= 0 && s.progress().progress(lessons.get(idx).id()).map(p -> p.completed()).orElse(false)) {
            idx = firstUnfinished(s, idx);
        }
        if (idx < 0) idx = firstUnfinished(s, 0);
        return open(s, Math.max(0, idx));
    }

    private static int firstUnfinished(AppState s, int from) {
        List<Lesson> lessons = s.course().lessons();
        for (int k = 0; k < lessons.size(); k++) {
            int i = (from + k) % lessons.size();
            boolean done = s.progress().progress(lessons.get(i).id()).map(p -> p.completed()).orElse(false);
            if (!done) return i;
        }
        return from;
    }

    /** Opens a lesson where the learner left it, with their quiz numbers and earlier answers. */
    Transition open(AppState s, int index) {
        if (index < 0 || index >= s.course().size()) return Transition.of(s.withMessage("no lessons to open"));
        Lesson lesson = s.course().lessons().get(index);
        int step = s.progress().progress(lesson.id()).flatMap(p -> p.position()).map(p -> p.step()).orElse(0);
        step = Math.max(0, Math.min(step, lesson.steps().size() - 1));
        List<QuizBlock> quizzes = lesson.quizzes();
        Map<Integer, QuizState> states = new HashMap<>();
        for (int i = 0; i < quizzes.size(); i++) {
            QuizBlock quiz = quizzes.get(i);
            long seed = QuizBlock.seed(s.session().quizSeedSource(), lesson.id(), i);
            QuizState q = QuizState.fresh(i, quiz.instantiate(seed), seed);
            states.put(i, restoreAnswer(s, lesson, quiz, q));
        }
        AppState next = s.withTop(new Screen.Menu(index, List.of()))
                .push(new Screen.Pager(index, step, 0, -1, states));
        return new Transition(next, List.of(new Effect.SavePosition(lesson.id(), step, lesson.steps().size())));
    }

    private static QuizState restoreAnswer(AppState s, Lesson lesson, QuizBlock quiz, QuizState q) {
        String fingerprint = Fingerprint.of(quiz.sourceText());
        for (Attempt a : s.progress().attempts(lesson.id())) {
            if (a.quizIndex() == q.quizIndex() && a.record().fingerprint().equals(fingerprint) && !a.reset()) {
                Verdict v = q.instance().check(a.record().answer());
                if (v.result() != Verdict.Result.INVALID) return q.withField(TextField.of(a.record().answer()))
                        .withVerdict(v);
            }
        }
        return q;
    }

    private static AppState reloaded(AppState s, Input.Reloaded r) {
        Lessons l = r.lessons();
        if (l.course() == null || l.course().isEmpty() && !s.course().isEmpty()) {
            return s.withTop(new Screen.Menu(menuSelection(s), l.problems()))
                    .withMessage("reload found no playable lessons; the previous ones stay");
        }
        int sel = Math.min(menuSelection(s), Math.max(0, l.course().size() - 1));
        String msg = "reloaded " + l.course().size() + (l.course().size() == 1 ? " lesson" : " lessons")
                + (l.problems().isEmpty() ? ", no problems" : "; " + l.problems().size()
                        + (l.problems().size() == 1 ? " problem" : " problems") + " listed below");
        return s.withCourse(l.course(), List.of(new Screen.Menu(sel, l.problems()))).withMessage(msg);
    }

    private static int menuSelection(AppState s) {
        return s.stack().get(0) instanceof Screen.Menu m ? m.selected() : 0;
    }

    // ---- pager ----

    /** The blocks of a step a learner can focus with Tab: neuron explorers and quizzes. */
    static List<Block> interactive(Lesson lesson, int step) {
        List<Block> out = new ArrayList<>();
        for (Block b : lesson.steps().get(step).blocks()) {
            if (b instanceof NeuronBlock || b instanceof QuizBlock || Labs.isLab(b)) out.add(b);
        }
        return out;
    }

    static QuizState focusedQuiz(AppState s, Screen.Pager p) {
        if (p.focus() < 0) return null;
        Lesson lesson = s.course().lessons().get(p.lesson());
        List<Block> blocks = interactive(lesson, p.step());
        if (p.focus() >= blocks.size()) return null;
        if (blocks.get(p.focus()) instanceof QuizBlock quiz) return p.quizzes().get(lesson.quizIndex(quiz));
        return null;
    }

    private Transition pager(AppState s, Screen.Pager p, Key key) {
        Lesson lesson = s.course().lessons().get(p.lesson());
        QuizState quiz = focusedQuiz(s, p);
        if (quiz != null) {
            Transition t = quizKey(s, p, lesson, quiz, key);
            if (t != null) return t;
        }
        int page = Math.max(1, s.viewport().pagerPage() - 2);
        switch (key.type()) {
            case RIGHT, PAGE_DOWN -> {
                return step(s, p, lesson, +1);
            }
            case LEFT, PAGE_UP -> {
                return step(s, p, lesson, -1);
            }
            case DOWN -> {
                return Transition.of(scroll(s, p, +1));
            }
            case UP -> {
                return Transition.of(scroll(s, p, -1));
            }
            case HOME -> {
                return Transition.of(scroll(s, p, -p.scroll()));
            }
            case END -> {
                // "The bottom", whatever the page measures now: the view clamps it to the last row.
                return Transition.of(s.withTop(new Screen.Pager(p.lesson(), p.step(), Integer.MAX_VALUE / 2,
                        p.focus(), p.quizzes())));
            }
            case TAB -> {
                return Transition.of(focus(s, p, lesson, +1));
            }
            case BACK_TAB -> {
                return Transition.of(focus(s, p, lesson, -1));
            }
            case ESC -> {
                return Transition.of(p.focus() >= 0 ? s.withTop(withFocus(p, -1)) : s.pop());
            }
            case ENTER -> {
                return enter(s, p, lesson);
            }
            default -> { }
        }
        if (key.type() != Key.Type.CHAR) return Transition.of(s);
        return switch (key.ch()) {
            case 'l', 'n' -> step(s, p, lesson, +1);
            case 'h', 'p' -> step(s, p, lesson, -1);
            case 'j' -> Transition.of(scroll(s, p, +1));
            case 'k' -> Transition.of(scroll(s, p, -1));
            case ' ' -> Transition.of(scroll(s, p, page));
            case 'b' -> Transition.of(scroll(s, p, -page));
            default -> Transition.of(s);
        };
    }

    private Transition enter(AppState s, Screen.Pager p, Lesson lesson) {
        List<Block> blocks = interactive(lesson, p.step());
        if (p.focus() < 0) {
            return blocks.isEmpty() ? step(s, p, lesson, +1) : Transition.of(focus(s, p, lesson, +1));
        }
        if (blocks.get(p.focus()) instanceof NeuronBlock n) {
            Explorer e = Explorer.open(lesson.title(), n.weights(), n.inputs(), n.bias(),
                    n.activation().displayName(), satlab.engine.Format.number(n.threshold()),
                    seedFor(s, lesson.id() + "/explorer"));
            return Transition.of(s.push(new Screen.ExplorerScreen(e)));
        }
        if (Labs.isLab(blocks.get(p.focus()))) return Labs.open(s, lesson.title(), blocks.get(p.focus()));
        return Transition.of(s);
    }

    private static Screen.Pager withFocus(Screen.Pager p, int f) {
        return new Screen.Pager(p.lesson(), p.step(), p.scroll(), f, p.quizzes());
    }

    private static Screen.Pager withQuiz(Screen.Pager p, QuizState q) {
        Map<Integer, QuizState> m = new HashMap<>(p.quizzes());
        m.put(q.quizIndex(), q);
        return new Screen.Pager(p.lesson(), p.step(), p.scroll(), p.focus(), m);
    }

    private AppState focus(AppState s, Screen.Pager p, Lesson lesson, int dir) {
        int n = interactive(lesson, p.step()).size();
        if (n == 0) return s.withMessage("this step has no quiz or explorer");
        int f = p.focus() < 0 ? (dir > 0 ? 0 : n - 1) : p.focus() + dir;
        if (f < 0 || f >= n) return s.withTop(withFocus(p, -1));
        Screen.Pager next = withFocus(p, f);
        // A number quiz takes the keyboard as soon as it is selected: letters are text there.
        QuizState q = focusedQuiz(s.withTop(next), next);
        if (q != null && !q.answered() && q.kind() == QuizBlock.Kind.NUMBER) next = withQuiz(next, q.withEditing(true));
        // Bring the block into view, with the row above it, using where the last frame laid it.
        List<Integer> tops = s.viewport().focusTops();
        int scroll = Math.min(next.scroll(), s.viewport().pagerMax());
        if (f < tops.size()) {
            int top = tops.get(f);
            int height = s.viewport().pagerPage();
            if (top < scroll || top >= scroll + height - 4) scroll = Math.max(0, top - 1);
        }
        return s.withTop(clampScroll(s, new Screen.Pager(p.lesson(), p.step(), scroll, f, next.quizzes())));
    }

    /** Scrolls from where the last frame showed the page (End leaves the scroll past the bottom). */
    private static AppState scroll(AppState s, Screen.Pager p, int by) {
        int shown = Math.min(p.scroll(), s.viewport().pagerMax());
        return s.withTop(clampScroll(s, new Screen.Pager(p.lesson(), p.step(), shown + by, p.focus(),
                p.quizzes())));
    }

    /** Keeps the scroll within what the last frame measured; the view clamps again with the current layout. */
    private static Screen.Pager clampScroll(AppState s, Screen.Pager p) {
        int scroll = Math.max(0, Math.min(s.viewport().pagerMax(), p.scroll()));
        return new Screen.Pager(p.lesson(), p.step(), scroll, p.focus(), p.quizzes());
    }

    private Transition step(AppState s, Screen.Pager p, Lesson lesson, int dir) {
        int next = p.step() + dir;
        int count = lesson.steps().size();
        if (next < 0) return Transition.of(s.withMessage("this is the first step"));
        if (next >= count) {
            return new Transition(s.pop().withMessage("finished \"" + lesson.title() + "\""),
                    List.of(new Effect.MarkCompleted(lesson.id())));
        }
        Screen.Pager moved = new Screen.Pager(p.lesson(), next, 0, -1, p.quizzes());
        return new Transition(s.withTop(moved), List.of(new Effect.SavePosition(lesson.id(), next, count)));
    }

    // ---- quizzes ----

    /** Keys for the focused quiz; null when the key is not the quiz's, so the pager handles it. */
    private Transition quizKey(AppState s, Screen.Pager p, Lesson lesson, QuizState q, Key key) {
        if (q.editing()) return numberEditing(s, p, lesson, q, key);
        if (key.is('?')) {
            if (q.instance().hint().isBlank()) return Transition.of(s.withMessage("this quiz has no hint"));
            return Transition.of(s.withTop(withQuiz(p, q.toggleHint())));
        }
        if (q.answered()) return null;
        switch (q.kind()) {
            case YESNO -> {
                if (key.is('y') || key.is('Y')) return answer(s, p, lesson, q, "yes");
                if (key.is('n') || key.is('N')) return answer(s, p, lesson, q, "no");
                return null;
            }
            case CHOICE -> {
                int n = q.instance().options().size();
                if (key.type() == Key.Type.UP || key.is('k')) {
                    return Transition.of(s.withTop(withQuiz(p, q.withChoice(Math.floorMod(q.choice() - 1, n)))));
                }
                if (key.type() == Key.Type.DOWN || key.is('j')) {
                    return Transition.of(s.withTop(withQuiz(p, q.withChoice(Math.floorMod(q.choice() + 1, n)))));
                }
                boolean digit = key.type() == Key.Type.CHAR && key.ch() >= '1' && key.ch() <= '9' && key.ch() - '1' < n;
                if (q.multiple()) {
                    if (digit) return Transition.of(s.withTop(withQuiz(p, q.toggle(key.ch() - '1'))));
                    if (key.is(' ') || key.is('x')) return Transition.of(s.withTop(withQuiz(p, q.toggle(q.choice()))));
                    if (key.type() == Key.Type.ENTER) {
                        if (q.picked().isEmpty()) {
                            return Transition.of(s.withTop(withQuiz(p, q.withFeedback(
                                    "tick every right option (number keys or Space), then Enter"))));
                        }
                        return answer(s, p, lesson, q, q.pickedAnswer());
                    }
                    return null;
                }
                if (key.type() == Key.Type.ENTER) return answer(s, p, lesson, q, Integer.toString(q.choice() + 1));
                if (digit) return answer(s, p, lesson, q.withChoice(key.ch() - '1'), Character.toString(key.ch()));
                return null;
            }
            case NUMBER -> {
                if (key.type() == Key.Type.ENTER) {
                    return Transition.of(s.withTop(withQuiz(p, q.withEditing(true))));
                }
                return null;
            }
        }
        return null;
    }

    private Transition numberEditing(AppState s, Screen.Pager p, Lesson lesson, QuizState q, Key key) {
        // No number or expression contains '?': in a number field it asks for the hint, as the status bar says.
        if (key.is('?')) {
            if (q.instance().hint().isBlank()) return Transition.of(s.withMessage("this quiz has no hint"));
            return Transition.of(s.withTop(withQuiz(p, q.toggleHint())));
        }
        switch (key.type()) {
            case ESC -> {
                return Transition.of(s.withTop(withQuiz(p, q.withEditing(false))));
            }
            case ENTER -> {
                if (q.field().text().isBlank()) {
                    return Transition.of(s.withTop(withQuiz(p, q.withFeedback("type a number first"))));
                }
                return answer(s, p, lesson, q, q.field().text().strip());
            }
            case TAB, BACK_TAB -> {
                AppState left = s.withTop(withQuiz(p, q.withEditing(false)));
                return Transition.of(focus(left, (Screen.Pager) left.top(), lesson,
                        key.type() == Key.Type.TAB ? +1 : -1));
            }
            default -> { }
        }
        TextField edited = q.field().edit(key);
        return Transition.of(edited == null ? s : s.withTop(withQuiz(p, q.withField(edited))));
    }

    private Transition answer(AppState s, Screen.Pager p, Lesson lesson, QuizState q, String given) {
        Verdict v = q.instance().check(given);
        if (v.result() == Verdict.Result.INVALID) {
            return Transition.of(s.withTop(withQuiz(p, q.withFeedback(v.feedback()))));
        }
        QuizBlock block = lesson.quizzes().get(q.quizIndex());
        AttemptRecord record = new AttemptRecord(s.session().learner(), lesson.id(), q.quizIndex(),
                Fingerprint.of(block.sourceText()), q.seed(), given, v.right(), clock.instant());
        AppState next = s.withTop(withQuiz(p, q.withVerdict(v))).withMessage("saving your answer...");
        return new Transition(next, List.of(new Effect.RecordAttempt(record)));
    }
}
