package satlab.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen.RefreshType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.TerminalResizeListener;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import satlab.lesson.Course;
import satlab.store.Store;
import satlab.store.StoreException;

/**
 * The full-screen tutor on one terminal: the entry point for the local command and
 * for each session of the lab server.
 *
 * <p>Usage: build one {@code Tutor} per learner session with the course, the store
 * and the learner injected, then call {@link #run(Terminal)} on the session's thread.
 * {@code run} takes over the given Lanterna terminal (alternate screen, hidden
 * cursor), shows the course menu and returns when the learner quits (q, Ctrl-C, end
 * of input) or when {@link #stop(String)} is called from any other thread. It always
 * leaves the alternate screen and shows the cursor again before returning, even
 * when it throws. It never closes the terminal (its owner does: the local runner
 * restores the tty, the server closes the channel) and never calls System.exit.
 *
 * <p>Threads: {@code run} starts one daemon thread that blocks in
 * {@link Terminal#readInput()} and hands keys to an event queue; the session thread
 * blocks on that queue. An idle session therefore uses no CPU. The reader thread
 * ends when the terminal's input ends (EOF or an I/O error), which a server gets by
 * closing the channel after {@code run} returns.
 */
public final class Tutor {

    /** Reads the lessons again for the menu's R key (authors previewing edits). */
    @FunctionalInterface
    public interface LessonSource {
        Lessons load();
    }

    private final Lessons initial;
    private final Store store;
    private final Session session;
    private final Theme theme;
    private final LessonSource lessons;
    private final Update update;
    private final BlockingQueue<Input> queue = new LinkedBlockingQueue<>();
    private final LabRunner labs;
    private final TrainingGate training;
    private final Cells cells;

    /**
     * @param initial the course to show, with any problems found loading it (shown in the menu's panel)
     * @param store   where answers and positions go; a SafeStore keeps working when the disk does not
     * @param session the learner's name (and --seed, if given): progress and quiz numbers are theirs
     * @param theme   ASCII or Unicode, colour or not
     * @param lessons reads the lessons again for R; may return the same course when reloading makes no sense
     */
    public Tutor(Lessons initial, Store store, Session session, Theme theme, LessonSource lessons, Clock clock) {
        this(initial, store, session, theme, lessons, clock, null,
                TrainingGate.forCores(Runtime.getRuntime().availableProcessors()));
    }

    /** As above, with the gate the training lab's chunks pass, shared by every session of a lab server. */
    public Tutor(Lessons initial, Store store, Session session, Theme theme, LessonSource lessons, Clock clock,
            TrainingGate training) {
        this(initial, store, session, theme, lessons, clock, null, training);
    }

    /** As above, with the executor the network lab runs heavy experiments on (null: a thread of its own). */
    Tutor(Lessons initial, Store store, Session session, Theme theme, LessonSource lessons, Clock clock,
            java.util.concurrent.ExecutorService labExecutor) {
        this(initial, store, session, theme, lessons, clock, labExecutor,
                TrainingGate.forCores(Runtime.getRuntime().availableProcessors()));
    }

    private Tutor(Lessons initial, Store store, Session session, Theme theme, LessonSource lessons, Clock clock,
            java.util.concurrent.ExecutorService labExecutor, TrainingGate training) {
        this.training = training;
        this.labs = new LabRunner(queue::offer, labExecutor);
        this.initial = initial;
        this.store = store;
        this.session = session;
        this.theme = theme;
        this.lessons = lessons;
        this.update = new Update(clock);
        this.cells = new Cells(theme.color());
    }

    /** Asks a running {@link #run} to return as soon as it can; safe from any thread, any number of times. */
    public void stop(String reason) {
        queue.offer(new Input.Stop(reason));
    }

    /** Runs the tutor until the learner quits or {@link #stop} is called. See the class comment. */
    public void run(Terminal terminal) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        TerminalResizeListener onResize = (t, size) -> queue.offer(new Input.Resize(size.getColumns(),
                size.getRows()));
        screen.startScreen();
        try {
            terminal.addResizeListener(onResize);
            startReader(terminal);
            TerminalSize size = screen.getTerminalSize();
            AppState state = start(size.getColumns(), size.getRows());
            RefreshType refresh = RefreshType.COMPLETE;
            draw(screen, state, refresh);
            while (true) {
                Input input = take();
                refresh = RefreshType.DELTA;
                if (input instanceof Input.Resize) {
                    TerminalSize now = screen.doResizeIfNecessary();
                    if (now == null) now = screen.getTerminalSize();
                    input = new Input.Resize(now.getColumns(), now.getRows());
                    refresh = RefreshType.COMPLETE;
                }
                if (input instanceof Key k && k.type() == Key.Type.CTRL_L) refresh = RefreshType.COMPLETE;
                state = step(state, input);
                // No frame after quitting: on a signal the terminal may already be restored.
                if (state.quit()) return;
                draw(screen, state, refresh);
            }
        } finally {
            labs.close();
            terminal.removeResizeListener(onResize);
            try {
                screen.stopScreen();
            } catch (IllegalStateException alreadyLeft) {
                // A shutdown hook (SIGTERM, SIGHUP) left the alternate screen first; the cursor
                // may still be hidden from the last frame.
                terminal.setCursorVisible(true);
                terminal.flush();
            }
        }
    }

    /** The first state: the menu, with the problems found loading the lessons, if any. */
    AppState start(int columns, int rows) {
        Course course = initial.course() == null ? Course.empty() : initial.course();
        AppState s = AppState.start(columns, rows, theme, session, course, Progress.read(store, session.learner(),
                course));
        return initial.problems().isEmpty() ? s : s.withTop(new Screen.Menu(0, initial.problems()));
    }

    /** Applies one input and every effect it causes (whose results come back as inputs). */
    AppState step(AppState state, Input first) {
        Deque<Input> pending = new ArrayDeque<>();
        pending.add(first);
        while (!pending.isEmpty()) {
            Update.Transition t = update.update(state, pending.poll());
            state = t.state();
            for (Effect e : t.effects()) pending.addAll(perform(e, state.course()));
        }
        return state;
    }

    private List<Input> perform(Effect effect, Course current) {
        String learner = session.learner();
        try {
            if (effect instanceof Effect.SavePosition sp) {
                store.savePosition(learner, sp.lessonId(), sp.step(), sp.stepCount());
                return List.of(new Input.Progress(Progress.read(store, learner, current)));
            }
            if (effect instanceof Effect.RecordAttempt ra) {
                store.recordAttempt(ra.attempt());
                String what = store.isSaving() ? "answer" : null;
                Input saved = what != null ? new Input.Saved(what, null)
                        : new Input.Saved("answer", "answer kept for this session only: " + store.status().message());
                return List.of(saved, new Input.Progress(Progress.read(store, learner, current)));
            }
            if (effect instanceof Effect.RunNetwork rn) return labs.start(rn.config());
            if (effect instanceof Effect.TrainNet tn) {
                labs.submit(progress -> TrainNetWork.run(tn, progress, training));
                return List.of();
            }
            if (effect instanceof Effect.Later later) {
                labs.later(later.input(), later.millis());
                return List.of();
            }
            if (effect instanceof Effect.CancelNetwork) {
                labs.cancel();
                return List.of();
            }
            if (effect instanceof Effect.MarkCompleted mc) {
                store.markCompleted(learner, mc.lessonId());
                return List.of(new Input.Progress(Progress.read(store, learner, current)));
            }
            Lessons loaded = lessons.load();
            Course next = loaded.course() == null || loaded.course().isEmpty() ? current : loaded.course();
            return List.of(new Input.Reloaded(loaded), new Input.Progress(Progress.read(store, learner,
                    next)));
        } catch (StoreException e) {
            return List.of(new Input.Saved("progress", "not saved: " + e.getMessage()));
        }
    }

    /** Inputs other threads posted since the last call (the network lab's events), for tests without a loop. */
    List<Input> posted() {
        List<Input> out = new java.util.ArrayList<>();
        queue.drainTo(out);
        return out;
    }

    private Input take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Input.Stop("interrupted");
        }
    }

    private void startReader(Terminal terminal) {
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    KeyStroke k = terminal.readInput();
                    if (k == null) continue;
                    Key key = Key.from(k);
                    queue.offer(key);
                    if (key.type() == Key.Type.EOF) return;
                }
            } catch (IOException | RuntimeException e) {
                queue.offer(new Input.Stop("input ended: " + e.getMessage()));
            }
        }, "satlab-input-" + session.learner());
        reader.setDaemon(true);
        reader.start();
    }

    void draw(TerminalScreen screen, AppState state, RefreshType refresh) throws IOException {
        TerminalPosition cursor = View.render(state, new Painter(screen, state.theme(), cells));
        screen.setCursorPosition(cursor);
        screen.refresh(refresh);
    }
}
