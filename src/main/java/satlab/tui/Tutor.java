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
import java.util.concurrent.Semaphore;
import satlab.lesson.Course;
import satlab.lesson.LessonOutline;
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

    /**
     * What a fast start leaves until after its first frame: parsing the lessons and
     * opening the store (a few tens of milliseconds each, and on two cores they would
     * slow the first frame down). Called once, on a thread of the tutor's.
     */
    public interface Pending {
        Lessons lessons();

        Store store();
    }

    private final Lessons initial;
    /** Set once before the first key is handled; written by the start thread when {@link #pending} is used. */
    private volatile Store store;
    private final Pending pending;
    private final Session session;
    private final Theme theme;
    private final LessonSource lessons;
    private final Clock clock;
    /** Replaced once by {@link #joinLab}, before {@link #run}. */
    private Update update;
    /** This session's place in a lab server's live lab; null for a tutor on its own. */
    private LabLink lab;
    /** A console refresh is scheduled (the console asks a few times a second while it is on screen). */
    private boolean tickPending;
    static final long CONSOLE_REFRESH_MILLIS = 400;
    private final BlockingQueue<Input> queue = new LinkedBlockingQueue<>();
    /**
     * Keys read but not yet handled: the reader waits when this many are queued, so a client
     * typing faster than the tutor draws is held back by its terminal (over SSH, the window)
     * instead of filling the heap.
     */
    private final Semaphore keyRoom = new Semaphore(MAX_QUEUED_KEYS);
    static final int MAX_QUEUED_KEYS = 1024;
    private final LabRunner labs;
    private final TrainingGate training;
    private final Cells cells;
    /** Set by a Suspend effect, acted on by the loop (it needs the screen); only the session thread uses it. */
    private boolean suspendAsked;
    private JobControl jobs;
    /** What the last frame cut inside a word (for the screen snapshots; nothing should be). */
    List<String> lastCutWords = List.of();

    /**
     * @param initial the course to show, with any problems found loading it (shown in the menu's panel)
     * @param store   where answers and positions go; a SafeStore keeps working when the disk does not
     * @param session the learner's name (and --seed, if given): progress and quiz numbers are theirs
     * @param theme   ASCII or Unicode, colour or not
     * @param lessons reads the lessons again for R; may return the same course when reloading makes no sense
     */
    public Tutor(Lessons initial, Store store, Session session, Theme theme, LessonSource lessons, Clock clock) {
        this(initial, store, null, session, theme, lessons, clock, null, ownGate());
    }

    /** As above, with the gate the training lab's chunks pass, shared by every session of a lab server. */
    public Tutor(Lessons initial, Store store, Session session, Theme theme, LessonSource lessons, Clock clock,
            TrainingGate training) {
        this(initial, store, null, session, theme, lessons, clock, null, training);
    }

    /** As above, with the executor the network lab runs heavy experiments on (null: a thread of its own). */
    Tutor(Lessons initial, Store store, Session session, Theme theme, LessonSource lessons, Clock clock,
            java.util.concurrent.ExecutorService labExecutor) {
        this(initial, store, null, session, theme, lessons, clock, labExecutor, ownGate());
    }

    /**
     * The fast start: the first frame is the menu drawn from {@code outline}; then
     * {@code pending} parses the lessons and opens the store on a thread of its own, and
     * the progress column fills in. Keys typed before that are kept and handled then.
     */
    public Tutor(List<LessonOutline> outline, Pending pending, Session session, Theme theme, LessonSource lessons,
            Clock clock) {
        this(Course.outlineOnly(outline), pending, session, theme, lessons, clock);
    }

    /** As above, with the course's title and description too ({@link satlab.lesson.CourseLoader.Unparsed#outlineCourse}). */
    public Tutor(Course outline, Pending pending, Session session, Theme theme, LessonSource lessons, Clock clock) {
        this(new Lessons(outline, List.of()), null, pending, session, theme, lessons, clock, null, ownGate());
    }

    /** A session on its own (not one of a lab server's) trains with the machine's cores. */
    private static TrainingGate ownGate() {
        return TrainingGate.forCores(Runtime.getRuntime().availableProcessors());
    }

    private Tutor(Lessons initial, Store store, Pending pending, Session session, Theme theme, LessonSource lessons,
            Clock clock, java.util.concurrent.ExecutorService labExecutor, TrainingGate training) {
        this.training = training;
        this.labs = new LabRunner(queue::offer, labExecutor);
        this.initial = initial;
        this.store = store;
        this.pending = pending;
        this.session = session;
        this.theme = theme;
        this.lessons = lessons;
        this.clock = clock;
        this.update = new Update(clock);
        this.cells = new Cells(theme.color());
    }

    /**
     * Makes this a session of a live lab, before {@link #run}: it publishes where the learner is,
     * takes the lab's messages (broadcasts, reloads, resets, being followed) through its event
     * queue, and plays as {@code role} says (a learner cannot reload; an instructor starts in the
     * lab console, and on-step times past {@code stuckAfter} mark a learner there).
     */
    public void joinLab(satlab.lab.Lab lab, Role role, java.time.Duration stuckAfter) {
        satlab.lab.Seat seat = lab.join(session.learner(), role == Role.INSTRUCTOR,
                message -> queue.offer(new LabInput.Message(message)));
        this.lab = new LabLink(lab, seat, role, stuckAfter, session.quizSeedSource());
        this.update = new Update(clock, stuckAfter);
        // A reload between this tutor's making and its joining: take the lab's course now.
        if (lab.course() != initial.course()) queue.offer(new LabInput.Message(new satlab.lab.LabMessage.CourseChanged(lab.course())));
    }

    /** Asks a running {@link #run} to return as soon as it can; safe from any thread, any number of times. */
    public void stop(String reason) {
        queue.offer(new Input.Stop(reason));
    }

    /** A line for the learner's status bar from outside the session (the server cut a paste); any thread. */
    public void note(String message) {
        queue.offer(new Input.Note(message));
    }

    /** Asks a running {@link #run} to stop as a shell job (an outside SIGTSTP); safe from any thread. */
    public void suspend() {
        queue.offer(Key.of(Key.Type.CTRL_Z));
    }

    /** Asks a running {@link #run} to draw every cell again (after SIGCONT); safe from any thread. */
    public void redraw() {
        queue.offer(new Input.Redraw());
    }

    /** Runs the tutor until the learner quits or {@link #stop} is called. See the class comment. */
    public void run(Terminal terminal) throws IOException {
        run(terminal, null);
    }

    /** As {@link #run(Terminal)}, stopping as a shell job on Ctrl-Z through {@code jobs} (null: no shell). */
    public void run(Terminal terminal, JobControl jobs) throws IOException {
        this.jobs = jobs;
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
            state = draw(screen, state, refresh);
            if (lab != null && lab.role == Role.INSTRUCTOR) queue.offer(new LabInput.Tick()); // the console's first reading, at once
            if (pending != null) finishStart();
            boolean ready = pending == null;
            Deque<Input> held = new ArrayDeque<>();
            while (true) {
                Input input = take();
                if (!ready && input instanceof Key k && k.type() != Key.Type.CTRL_C) {
                    held.add(input); // typed before the lessons are ready: handled, in order, when they are
                    continue;
                }
                refresh = RefreshType.DELTA;
                if (input instanceof Input.Redraw) refresh = RefreshType.COMPLETE;
                if (input instanceof Input.Resize) {
                    TerminalSize now = screen.doResizeIfNecessary();
                    if (now == null) now = screen.getTerminalSize();
                    input = new Input.Resize(now.getColumns(), now.getRows());
                    refresh = RefreshType.COMPLETE;
                }
                if (input instanceof Key k && k.type() == Key.Type.CTRL_L) refresh = RefreshType.COMPLETE;
                state = step(state, input);
                if (input instanceof Input.Started) {
                    ready = true;
                    while (!held.isEmpty() && !state.quit()) state = step(state, held.poll());
                }
                // Keys already waiting (a paste, keys typed while the last frame went out) are
                // applied before the next frame: one frame for all of them, not one each.
                for (Input more; ready && !state.quit() && !suspendAsked && (more = queuedKey()) != null; ) {
                    state = step(state, more);
                }
                // No frame after quitting: on a signal the terminal may already be restored.
                if (state.quit()) return;
                if (suspendAsked) {
                    suspendAsked = false;
                    suspend(screen);
                    TerminalSize now = screen.doResizeIfNecessary();
                    if (now != null) state = step(state, new Input.Resize(now.getColumns(), now.getRows()));
                    refresh = RefreshType.COMPLETE;
                }
                state = draw(screen, state, refresh);
                refreshConsoleLater(state);
            }
        } finally {
            if (lab != null) lab.leave();
            keyRoom.release(MAX_QUEUED_KEYS); // a reader waiting for room goes back to its read, which ends with the input
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

    /** While the lab console is on screen, it reads the lab again a few times a second. */
    private void refreshConsoleLater(AppState state) {
        if (lab != null && !tickPending && state.top() instanceof Screen.ConsoleScreen) {
            tickPending = true;
            labs.later(new LabInput.Tick(), CONSOLE_REFRESH_MILLIS);
        }
    }

    /** Leaves the full screen, stops as a job, and takes the screen back when continued. */
    private void suspend(TerminalScreen screen) throws IOException {
        screen.stopScreen(false);
        try {
            jobs.suspend();
        } finally {
            screen.startScreen();
        }
    }

    /** The first state: the menu, with the problems found loading the lessons, if any. */
    AppState start(int columns, int rows) {
        Course course = initial.course() == null ? Course.empty() : initial.course();
        Role role = lab == null ? Role.LOCAL : lab.role;
        AppState s = AppState.start(columns, rows, theme, session, role, course, store == null ? Snapshot.empty(course)
                : Progress.read(store, session, course));
        // A learner of a lab server is not shown the server's lesson problems (the instructor's console is).
        if (!initial.problems().isEmpty() && role != Role.LEARNER) {
            s = s.withTop(new Screen.Menu(0, initial.problems()));
        }
        if (role == Role.INSTRUCTOR) s = s.push(new Screen.ConsoleScreen(Console.open(lab.stuckAfter)));
        return s;
    }

    /**
     * Applies one input and every effect it causes (whose results come back as inputs). When the
     * store changed since the learner's records were last read (another process reset them, say),
     * they are read again first, so what the learner sees and answers is never stale.
     */
    AppState step(AppState state, Input first) {
        Deque<Input> pending = new ArrayDeque<>();
        if (lab != null && first instanceof Key) lab.keyTyped();
        if (first instanceof LabInput.Tick) tickPending = false;
        if (!(first instanceof Input.Stop) && storeChanged(state)) {
            pending.add(new Input.Progress(Progress.read(store, session, state.course())));
        }
        pending.add(first);
        while (!pending.isEmpty()) {
            Update.Transition t = update.update(state, pending.poll());
            state = t.state();
            for (Effect e : t.effects()) pending.addAll(perform(e, state.course()));
        }
        return state;
    }

    private boolean storeChanged(AppState state) {
        try {
            return store.changes() != state.progress().changes();
        } catch (StoreException e) {
            return false;
        }
    }

    private List<Input> perform(Effect effect, Course current) {
        String learner = session.learner();
        try {
            if (effect instanceof Effect.SavePosition sp) {
                store.savePosition(learner, sp.lessonId(), sp.step(), sp.stepCount());
                return List.of(new Input.Progress(Progress.read(store, session, current)));
            }
            if (effect instanceof Effect.RecordAttempt ra) {
                store.recordAttempt(ra.attempt());
                String what = store.isSaving() ? "answer" : null;
                Input saved = what != null ? new Input.Saved(what, null)
                        : new Input.Saved("answer", "answer kept for this session only: " + store.status().message());
                return List.of(saved, new Input.Progress(Progress.read(store, session, current)));
            }
            if (effect instanceof Effect.RunNetwork rn) return labs.start(rn.config());
            if (effect instanceof Effect.TrainNet tn) {
                labs.submit(progress -> TrainNetWork.run(tn, progress, training));
                return List.of();
            }
            if (effect instanceof Effect.Suspend) {
                if (jobs == null) return List.of(new Input.Note("Ctrl-Z: there is no shell to suspend to here; q quits"));
                suspendAsked = true;
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
            if (effect instanceof Effect.Refresh) return List.of(new Input.Progress(Progress.read(store, session, current)));
            if (effect instanceof Effect.Console c) return lab == null ? List.of() : lab.perform(c.action(), store);
            if (effect instanceof Effect.MarkCompleted mc) {
                store.markCompleted(learner, mc.lessonId());
                return List.of(new Input.Progress(Progress.read(store, session, current)));
            }
            Lessons loaded = lessons.load();
            Course next = loaded.course() == null || loaded.course().isEmpty() ? current : loaded.course();
            return List.of(new Input.Reloaded(loaded), new Input.Progress(Progress.read(store, session, next)));
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
            Input next = queue.take();
            if (next instanceof Key) keyRoom.release();
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Input.Stop("interrupted");
        }
    }

    /** Parses the lessons, opens the store and reads the learner's progress, then posts them. */
    private void finishStart() {
        Thread t = new Thread(() -> {
            try {
                Lessons parsed = pending.lessons();
                Store opened = pending.store();
                Course course = parsed.course() == null ? Course.empty() : parsed.course();
                Snapshot progress = Progress.read(opened, session, course);
                store = opened;
                queue.offer(new Input.Started(parsed, progress));
            } catch (RuntimeException e) {
                queue.offer(new Input.Stop("could not start: " + e));
            }
        }, "satlab-start-" + session.learner());
        t.setDaemon(true);
        t.start();
    }

    /** The next input if it is a key already queued (Ctrl-L excepted: it asks for a frame of its own). */
    private Input queuedKey() {
        Input next = queue.peek();
        if (!(next instanceof Key k) || k.type() == Key.Type.CTRL_L) return null;
        queue.poll(); // this thread is the only taker: the head is still the key just seen
        keyRoom.release();
        return next;
    }

    private void startReader(Terminal terminal) {
        Thread reader = new Thread(() -> {
            KeyFilter filter = new KeyFilter();
            try {
                while (true) {
                    KeyStroke k = terminal.readInput();
                    if (k == null) continue;
                    Key key = filter.accept(k);
                    if (key == null) continue;
                    keyRoom.acquire();
                    queue.offer(key);
                    if (key.type() == Key.Type.EOF) return;
                }
            } catch (IOException | RuntimeException e) {
                queue.offer(new Input.Stop("input ended: " + e.getMessage()));
            } catch (InterruptedException e) {
                queue.offer(new Input.Stop("input ended: interrupted"));
            }
        }, "satlab-input-" + session.learner());
        reader.setDaemon(true);
        reader.start();
    }

    /** Draws the state; returns it with what the frame measured (scroll limits), for the next key. */
    AppState draw(TerminalScreen screen, AppState state, RefreshType refresh) throws IOException {
        Painter painter = new Painter(screen, state.theme(), cells);
        View.Frame frame = View.render(state, painter);
        lastCutWords = painter.cutWords();
        screen.setCursorPosition(frame.cursor());
        screen.refresh(refresh);
        if (lab != null) lab.published(state, screen);
        return state.withViewport(frame.viewport());
    }
}
