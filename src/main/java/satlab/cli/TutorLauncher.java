package satlab.cli;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import satlab.lesson.CourseLoader;
import satlab.store.SafeStore;
import satlab.store.Store;
import satlab.store.StoreLocation;
import satlab.tui.Lessons;
import satlab.tui.Session;
import satlab.tui.Theme;
import satlab.tui.Tutor;

/**
 * Runs the full-screen tutor on the local terminal: decides ASCII and colour from
 * the options and environment, refuses dumb terminals and pipes, and makes sure the
 * terminal is restored whatever happens (quit, exception, SIGTERM, SIGHUP).
 */
final class TutorLauncher {

    private final PrintWriter err;
    private final Map<String, String> env;
    private final InputStream in;
    private final OutputStream out;
    private final boolean console;

    TutorLauncher(PrintWriter err, Map<String, String> env, InputStream in, OutputStream out, boolean console) {
        this.err = err;
        this.env = env;
        this.in = in;
        this.out = out;
        this.console = console;
    }

    /**
     * Why the full-screen tutor cannot draw here, or empty when it can: it needs a
     * terminal on both ends and a TERM that can address the cursor.
     */
    Optional<String> whyNotFullScreen() {
        String term = env.getOrDefault("TERM", "");
        if (!console) return Optional.of("input or output is not a terminal");
        if (term.isEmpty() || term.equals("dumb")) {
            return Optional.of("TERM=" + (term.isEmpty() ? " (unset)" : term) + " cannot draw full screen");
        }
        return Optional.empty();
    }

    Path databaseFile(TutorOptions o) {
        return StoreLocation.databaseFile(Optional.ofNullable(o.data), env.get("XDG_STATE_HOME"),
                System.getProperty("user.home"));
    }

    int run(TutorOptions o) {
        warmUp();
        Optional<PreparedTty> prepared = PreparedTty.from(env);
        Terminal terminal;
        OutputStream screen = new FrameOutput(out);
        try {
            terminal = prepared.isPresent() ? prepared.get().terminal(in, screen, StandardCharsets.UTF_8)
                    : new DefaultTerminalFactory(screen, in, StandardCharsets.UTF_8)
                            .setForceTextTerminal(true)
                            .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                            .createTerminal();
        } catch (IOException e) {
            prepared.ifPresent(PreparedTty::restore);
            err.println("satlab: cannot use this terminal: " + e.getMessage());
            return 2;
        }
        // No lambdas on this path: the CDS training run starts at the method below, so a lambda
        // here would be spun at run time (a few ms) instead of coming from the archive.
        return run(o, terminal, prepared.isPresent() ? prepared.get().saved() : null);
    }

    /**
     * The tutor on an open terminal, which it closes. The first frame is the menu drawn from
     * the lessons' outline (reading the files, not parsing them); parsing the lessons (which
     * checks every quiz) and opening the database come after it, off the session's thread
     * (see Tutor.Pending): on two cores they would slow the frame. The CDS training run
     * calls this on a scripted terminal, so the archive holds this very path.
     *
     * @param shellMode the tty settings to suspend (Ctrl-Z) with; null: stty sane
     */
    int run(TutorOptions o, Terminal terminal, String shellMode) {
        Theme theme = Theme.detect(env::get, o.ascii, o.noColor);
        String learner = System.getProperty("user.name", "learner");
        Session session = new Session(learner, o.seed == null ? OptionalLong.empty() : OptionalLong.of(o.seed));
        CourseLoader.Unparsed files = read(o.lessons);
        Deferred pending = new Deferred(files, databaseFile(o));
        Tutor tutor = new Tutor(files.outlineCourse(), pending, session, theme, () -> load(o.lessons), Clock.systemUTC());
        try {
            return runOnTerminal(tutor, terminal, shellMode);
        } finally {
            // Closed now, or as soon as it opens should the learner have left before that.
            pending.opened.thenAccept(Store::close);
        }
    }

    /**
     * Starts, on a thread of its own, class initialisation the first frame needs and that does
     * not wait on the terminal: Lanterna's colours (34 String.format calls, so the Formatter
     * and the locale's number symbols), its cells (a BreakIterator), and the JDK's Unicode
     * normalisation data (for the screen's Cells). Some 15 ms in the interpreter, which a
     * second core does while this thread sets the terminal up and reads the lessons.
     */
    static void warmUp() {
        Thread warm = new Thread(new WarmUp(), "satlab-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /** A class, not a lambda: see {@link #run(TutorOptions)}. */
    private static final class WarmUp implements Runnable {
        @Override
        public void run() {
            TextCharacter.fromString("x", TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
            Normalizer.isNormalized("\u2014", Normalizer.Form.NFC);
        }
    }

    /** What the tutor does after its first frame: parse the lessons read at start, open the database. */
    static final class Deferred implements Tutor.Pending {
        private final CourseLoader.Unparsed files;
        private final Path db;
        /** The store once opened, for its owner to close. */
        final CompletableFuture<Store> opened = new CompletableFuture<>();

        Deferred(CourseLoader.Unparsed files, Path db) {
            this.files = files;
            this.db = db;
        }

        @Override
        public Lessons lessons() {
            return Lessons.of(files.parse());
        }

        @Override
        public Store store() {
            Store store = SafeStore.open(db);
            opened.complete(store);
            return store;
        }
    }

    /** @param shellMode the tty settings to suspend (Ctrl-Z) with; null: stty sane */
    private int runOnTerminal(Tutor tutor, Terminal terminal, String shellMode) {
        CountDownLatch finished = new CountDownLatch(1);
        // SIGTERM and SIGHUP (a closed SSH connection) run shutdown hooks: end the session
        // and let run() leave the alternate screen before Lanterna's own hook restores the tty.
        Thread hook = new Thread(() -> {
            tutor.stop("signal");
            try {
                finished.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "satlab-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code = 0;
        try {
            tutor.run(terminal, ShellJob.install(tutor, shellMode));
        } catch (IOException | RuntimeException e) {
            code = 1;
            finished.countDown();
            close(terminal);
            err.println("satlab: the tutor stopped because of an internal error: " + e
                    + ". Your answers up to this point are saved.");
            return code;
        } finally {
            finished.countDown();
        }
        close(terminal);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Already exiting: the hook is running and sees `finished`.
        }
        return code;
    }

    private static void close(Terminal terminal) {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // The tty may already be gone (hang-up); nothing left to restore.
        }
    }

    static Lessons load(Path dir) {
        return Lessons.of(read(dir).parse());
    }

    /** The bundled course, or the lessons in {@code dir}, read but not parsed. */
    static CourseLoader.Unparsed read(Path dir) {
        return dir == null ? CourseLoader.readBundled() : CourseLoader.read(java.util.List.of(dir));
    }
}
