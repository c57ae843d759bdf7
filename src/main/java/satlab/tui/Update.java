package satlab.tui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import satlab.learn.CourseStanding;
import satlab.learn.LessonStanding;
import satlab.learn.QuizProgress;
import satlab.learn.Summary;
import satlab.learn.Take;
import satlab.lesson.Block;
import satlab.lesson.Course;
import satlab.lesson.Lesson;
import satlab.lesson.NeuronBlock;
import satlab.lesson.QuizBlock;

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
    /** For the lab console an instructor comes back to: how long on one step marks a learner. */
    private final java.time.Duration stuckAfter;

    public Update(Clock clock) {
        this(clock, Console.DEFAULT_STUCK_AFTER);
    }

    /** Whose tutor it is (what a learner may not do) is the state's {@link AppState#role}. */
    public Update(Clock clock, java.time.Duration stuckAfter) {
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    public Transition update(AppState s, Input input) {
        if (input instanceof Input.Resize r) return Transition.of(s.withSize(r.columns(), r.rows()));
        if (input instanceof Input.Stop) return Transition.of(s.withQuit());
        if (input instanceof Input.Saved saved) {
            return Transition.of(s.withMessage(saved.error() == null ? saved.what() + " saved" : shown(s, saved.error())));
        }
        if (input instanceof Input.Reloaded r) return Transition.of(reloaded(s, r));
        if (input instanceof Input.Progress p) return Transition.of(progressed(s, p.snapshot()));
        if (input instanceof Input.Started st) return Transition.of(started(s, st));
        if (input instanceof Input.Note n) return Transition.of(s.withMessage(shown(s, n.message())));
        if (input instanceof LabInput l) return LabUpdate.on(s, l, s.role());
        if (input instanceof Input.Redraw) return Transition.of(s);
        if (input instanceof LabEvent e) return Labs.on(s, e);
        return key(s, (Key) input);
    }

    private Transition key(AppState s0, Key key) {
        AppState s = s0.message().isEmpty() ? s0 : s0.withMessage("");
        if (key.type() == Key.Type.EOF) return Transition.of(s.withQuit());
        // Ctrl-Z stops the tutor as a shell job, whatever has the keyboard; the runner redraws on fg.
        if (key.type() == Key.Type.CTRL_Z) return new Transition(s, List.of(new Effect.Suspend()));
        if (s.overlay() instanceof Overlay.Broadcast) {
            if (key.type() == Key.Type.CTRL_C) return quit(s);
            return Transition.of(Overlay.Broadcast.dismisses(key) ? s.withOverlay(Overlay.NONE)
                    : s.withMessage("Enter or Esc closes your instructor's message"));
        }
        if (s.overlay() instanceof Overlay.Confirm) {
            return Transition.of(Overlay.Confirm.quits(key) ? leave(s.withOverlay(Overlay.NONE))
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
            if (key.is('e') && !(s.top() instanceof Screen.ExplorerScreen) && !(s.top() instanceof Screen.ConsoleScreen)) {
                return Transition.of(s.push(new Screen.ExplorerScreen(Explorer.free(seedFor(s, "free")))));
            }
            if (key.is('?')) return Transition.of(s.withOverlay(new Overlay.Help(0)));
        }
        Screen top = s.top();
        if (top instanceof Screen.ConsoleScreen c) return child(s, c.console().update(key), Screen.ConsoleScreen::new);
        if (top instanceof Screen.Summary) return Transition.of(s.pop());
        if (top instanceof Screen.Menu m) return menu(s, m, key);
        if (top instanceof Screen.Pager p) return pager(s, p, key);
        if (top instanceof Screen.Review r) return review(s, r, key);
        if (top instanceof Screen.NetworkLabScreen || top instanceof Screen.TrainLabScreen
                || top instanceof Screen.TrainNetLabScreen) {
            return Labs.key(s, key);
        }
        Screen.ExplorerScreen ex = (Screen.ExplorerScreen) top;
        return child(s, ex.explorer().update(key), Screen.ExplorerScreen::new);
    }

    /** q and Ctrl-C: quit, after asking when an answer is half-typed (it would be lost). */
    private Transition quit(AppState s) {
        return Transition.of(halfTyped(s) ? s.withOverlay(new Overlay.Confirm()) : leave(s));
    }

    /** Quitting ends the session, except an instructor's tutor, which goes back to the lab console. */
    private AppState leave(AppState s) {
        if (s.role() != Role.INSTRUCTOR || s.stack().stream().anyMatch(sc -> sc instanceof Screen.ConsoleScreen)) {
            return s.withQuit();
        }
        AppState menu = s;
        while (menu.stack().size() > 1) menu = menu.pop();
        return menu.push(new Screen.ConsoleScreen(Console.open(stuckAfter)));
    }

    /** What a learner of a lab server reads: the server's own file paths are not theirs to see. */
    private static String shown(AppState s, String message) {
        return s.role() == Role.LEARNER ? LabUpdate.withoutPaths(message) : message;
    }

    /**
     * Puts a sub-model's step back into the stack: the screen on top becomes the step's
     * model, or goes when the step closed; the step's effects pass on unchanged.
     */
    static <M> Transition child(AppState s, Step<M> step, java.util.function.Function<M, Screen> screen) {
        return new Transition(step.closed() ? s.pop() : s.withTop(screen.apply(step.model())), step.effects());
    }

    /**
     * A text field or a focused quiz has the keyboard: every printable key is the field's
     * or the quiz's, not a shortcut (so no letter or digit navigates by surprise).
     */
    static boolean editing(AppState s) {
        Screen top = s.top();
        if (top instanceof Screen.ExplorerScreen e) return e.explorer().editing();
        if (top instanceof Screen.ConsoleScreen c) return c.console().editing();
        if (top instanceof Screen.TrainLabScreen t) return t.lab().editing();
        if (top instanceof Screen.Pager p) return focusedQuiz(s, p) != null;
        return top instanceof Screen.Review;
    }

    private static boolean halfTyped(AppState s) {
        for (Screen screen : s.stack()) {
            if (screen instanceof Screen.Pager p && p.quizzes().values().stream().anyMatch(QuizState::halfTyped)) {
                return true;
            }
        }
        return false;
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
        if (c == 'r') return startReview(s);
        if (c == 's') {
            return Transition.of(s.push(new Screen.Summary("your course so far", Summary.course(standing(s)))));
        }
        if (c == 'w') return Labs.openNetwork(s, "free lab", satlab.sim.NetworkConfig.defaults());
        if (c == 't') return Labs.openTraining(s, "free lab", List.of(satlab.sim.TrainNetConfig.defaults()), null);
        if (c == 'R') {
            if (s.role() == Role.LEARNER) return Transition.of(s.withMessage("the lessons are your instructor's: ask them to reload"));
            if (s.role() == Role.INSTRUCTOR) return Transition.of(s.withMessage("reload for everyone from the lab console: q, then R"));
            return new Transition(s.withMessage("reloading lessons..."), List.of(new Effect.Reload()));
        }
        return Transition.of(s);
    }

    /** The learning model's standing for the course on screen (empty until it is read for it). */
    static CourseStanding standing(AppState s) {
        CourseStanding c = s.progress().standing();
        return c.course() == s.course() ? c : CourseStanding.empty(s.course());
    }

    /** {@code c}: where the model says (the menu's line names the same place). */
    private Transition continueLearning(AppState s) {
        if (s.course().isEmpty()) return Transition.of(s.withMessage("no lessons to continue"));
        CourseStanding.Continue c = standing(s).next().orElseThrow();
        return open(s, c.lesson(), c.step());
    }

    /** Opens a lesson where the learner left it. */
    Transition open(AppState s, int index) {
        if (index < 0 || index >= s.course().size()) return Transition.of(s.withMessage("no lessons to open"));
        return open(s, index, standing(s).lesson(index).savedStep());
    }

    /** Opens a lesson at a step, every quiz as the learner's standing has it (their numbers, their answers). */
    private Transition open(AppState s, int index, int step) {
        if (index < 0 || index >= s.course().size()) return Transition.of(s.withMessage("no lessons to open"));
        Lesson lesson = s.course().lessons().get(index);
        LessonStanding standing = standing(s).lesson(index);
        step = Math.max(0, Math.min(step, lesson.steps().size() - 1));
        Map<Integer, QuizState> states = new HashMap<>();
        for (QuizProgress q : standing.quizzes()) states.put(q.quiz().index(), QuizState.of(q.quiz().index(), Take.of(q)));
        AppState next = s.withTop(new Screen.Menu(index, List.of()))
                .push(new Screen.Pager(index, step, 0, -1, states));
        return new Transition(next, List.of(new Effect.SavePosition(lesson.id(), step, lesson.steps().size())));
    }

    /**
     * The store's records were read again (after a save, or because another process changed
     * them): open lessons take the new standing for every quiz whose standing moved, so a
     * reset shows its quizzes unanswered and takes new answers at once.
     */
    private static AppState progressed(AppState s0, Snapshot snapshot) {
        AppState s = s0.withProgress(snapshot);
        CourseStanding c = standing(s);
        if (c.course() != s.course()) return s;
        List<Screen> stack = new ArrayList<>(s.stack());
        boolean changed = false;
        for (int i = 0; i < stack.size(); i++) {
            if (!(stack.get(i) instanceof Screen.Pager p) || p.lesson() >= c.lessons().size()) continue;
            Map<Integer, QuizState> quizzes = new HashMap<>(p.quizzes());
            for (QuizProgress q : c.lesson(p.lesson()).quizzes()) {
                QuizState old = quizzes.get(q.quiz().index());
                Take fresh = Take.of(q);
                if (old == null || old.take().attempt() != fresh.attempt() || old.take().status() != fresh.status()
                        || !old.take().quiz().id().equals(fresh.quiz().id())) {
                    quizzes.put(q.quiz().index(), QuizState.of(q.quiz().index(), fresh));
                    changed = true;
                }
            }
            stack.set(i, new Screen.Pager(p.lesson(), p.step(), p.scroll(), p.focus(), quizzes));
        }
        if (!changed) return s;
        AppState out = s;
        while (out.stack().size() > 1) out = out.pop();
        out = out.withTop(stack.get(0));
        for (int i = 1; i < stack.size(); i++) out = out.push(stack.get(i));
        return out;
    }

    // ---- review of missed quizzes ----

    private Transition startReview(AppState s) {
        List<QuizProgress> missed = standing(s).toReview();
        if (missed.isEmpty()) return Transition.of(s.withMessage("no missed quizzes to review"));
        List<QuizState> quizzes = new ArrayList<>();
        for (QuizProgress q : missed) {
            quizzes.add(QuizState.of(q.quiz().index(), Take.review(q, s.session().quizSeedSource())));
        }
        return Transition.of(s.push(new Screen.Review(quizzes, 0)));
    }

    private Transition review(AppState s, Screen.Review r, Key key) {
        QuizState q = r.quizzes().get(r.current());
        QuizState.Result result = q.key(key, s.session().learner(), clock.instant());
        List<QuizState> qs = new ArrayList<>(r.quizzes());
        qs.set(r.current(), result.quiz());
        AppState next = s.withTop(new Screen.Review(qs, r.current()));
        if (result.save().isPresent()) {
            return new Transition(next.withMessage("saving your answer..."),
                    List.of(new Effect.RecordAttempt(result.save().get())));
        }
        if (result.consumed()) return Transition.of(next);
        int n = qs.size();
        return switch (key.type()) {
            case RIGHT, PAGE_DOWN, TAB -> Transition.of(r.current() + 1 < n ? next.withTop(new Screen.Review(qs,
                    r.current() + 1)) : next.withMessage("that was the last missed quiz; Esc goes back to the menu"));
            case LEFT, PAGE_UP, BACK_TAB -> Transition.of(r.current() > 0 ? next.withTop(new Screen.Review(qs,
                    r.current() - 1)) : next.withMessage("this is the first missed quiz"));
            case ESC -> Transition.of(next.pop());
            default -> Transition.of(next);
        };
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

    /** The menu drawn from an outline becomes the parsed course's, with the lessons' problems if any. */
    private static AppState started(AppState s, Input.Started st) {
        Lessons l = st.lessons();
        Course course = l.course() == null ? Course.empty() : l.course();
        int sel = Math.min(menuSelection(s), Math.max(0, course.size() - 1));
        return s.withCourse(course, List.of(new Screen.Menu(sel, l.problems()))).withProgress(st.progress());
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
            QuizState.Result r = quiz.key(key, s.session().learner(), clock.instant());
            s = s.withTop(withQuiz(p, r.quiz()));
            p = (Screen.Pager) s.top();
            if (r.save().isPresent()) {
                return new Transition(s.withMessage("saving your answer..."),
                        List.of(new Effect.RecordAttempt(r.save().get())));
            }
            if (r.consumed()) return Transition.of(s);
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
        if (q != null && q.take().open() && q.kind() == QuizBlock.Kind.NUMBER) next = withQuiz(next, q.withEditing(true));
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
            CourseStanding c = standing(s);
            List<String> lines = new ArrayList<>(Summary.lesson(c.lesson(p.lesson())));
            boolean last = p.lesson() == s.course().size() - 1;
            if (last || c.allDone()) {
                lines.add("");
                lines.addAll(Summary.course(c));
            }
            AppState menu = s.pop().push(new Screen.Summary("end of " + CourseStanding.quoted(lesson.title()), lines));
            return new Transition(menu, List.of(new Effect.MarkCompleted(lesson.id())));
        }
        Screen.Pager moved = new Screen.Pager(p.lesson(), next, 0, -1, p.quizzes());
        return new Transition(s.withTop(moved), List.of(new Effect.SavePosition(lesson.id(), next, count)));
    }
}
