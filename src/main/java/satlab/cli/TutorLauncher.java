package satlab.cli;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
        Theme theme = Theme.detect(env::get, o.ascii, o.noColor);
        Path db = databaseFile(o);
        String learner = System.getProperty("user.name", "learner");
        Session session = new Session(learner, o.seed == null ? OptionalLong.empty() : OptionalLong.of(o.seed));
        // Reading the lessons (which checks every quiz) and opening the database take most of
        // the start-up time; they run side by side while the terminal is set up.
        // Each on its own thread: on two cores the common pool runs one task at a time.
        CompletableFuture<Lessons> lessons = CompletableFuture.supplyAsync(() -> load(o.lessons), TutorLauncher::startThread);
        CompletableFuture<Store> store = CompletableFuture.supplyAsync(() -> SafeStore.open(db),
                TutorLauncher::startThread);
        Optional<PreparedTty> prepared = PreparedTty.from(env);
        Terminal terminal;
        try {
            terminal = prepared.isPresent() ? prepared.get().terminal(in, out, StandardCharsets.UTF_8)
                    : new DefaultTerminalFactory(out, in, StandardCharsets.UTF_8)
                            .setForceTextTerminal(true)
                            .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                            .createTerminal();
        } catch (IOException e) {
            prepared.ifPresent(PreparedTty::restore);
            store.thenAccept(Store::close);
            err.println("satlab: cannot use this terminal: " + e.getMessage());
            return 2;
        }
        try (Store opened = store.join()) {
            Tutor tutor = new Tutor(lessons.join(), opened, session, theme, () -> load(o.lessons), Clock.systemUTC());
            return runOnTerminal(tutor, terminal, prepared.map(PreparedTty::saved).orElse(null));
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

    private static void startThread(Runnable task) {
        Thread t = new Thread(task, "satlab-start");
        t.setDaemon(true);
        t.start();
    }

    private static void close(Terminal terminal) {
        try {
            terminal.close();
        } catch (IOException ignored) {
            // The tty may already be gone (hang-up); nothing left to restore.
        }
    }

    static Lessons load(Path dir) {
        return Lessons.of(dir == null ? CourseLoader.bundled() : CourseLoader.load(dir));
    }
}
