package satlab.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import sun.misc.Signal;

/**
 * A terminal the {@code satlab} launcher has already put in the tutor's mode (no
 * line editing, no echo, Ctrl-C and Ctrl-Z as keys; {@link ShellJob#TUTOR_MODE}). Lanterna's UnixTerminal would set that
 * mode with five {@code stty} processes, and starting processes from a fresh JVM
 * costs about a hundred milliseconds of start-up; the launcher's shell does it with
 * one fork and passes the settings to restore in {@value #VARIABLE}.
 *
 * <p>Whoever sees the variable owns the restore: the tutor's terminal restores on
 * close (and in Lanterna's shutdown hook), and any other path calls {@link #restore()}
 * before it prints a word, so a command or an error message never meets a terminal
 * without echo.
 */
final class PreparedTty {

    /** Set by the launcher to the output of {@code stty -g} from before it changed the mode. */
    static final String VARIABLE = "SATLAB_STTY_RESTORE";

    /** What {@code stty -g} prints: colon-separated hexadecimal fields (GNU and BSD alike). */
    private static final Pattern SAVED = Pattern.compile("[0-9A-Fa-f]+(:[0-9A-Fa-f]+)+");

    private final String saved;

    private PreparedTty(String saved) {
        this.saved = saved;
    }

    /** The prepared terminal the launcher announced, or empty when it did not (e.g. {@code java -jar}). */
    static Optional<PreparedTty> from(Map<String, String> env) {
        String saved = env.get(VARIABLE);
        if (saved == null || !SAVED.matcher(saved.strip()).matches()) return Optional.empty();
        return Optional.of(new PreparedTty(saved.strip()));
    }

    /** The settings to give the terminal back with, as {@code stty -g} printed them. */
    String saved() {
        return saved;
    }

    /** Gives the terminal back as the launcher found it; for every path that does not run the full screen. */
    void restore() {
        try {
            new ProcessBuilder(SttyTerminal.STTY, saved).redirectInput(SttyTerminal.TTY)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // No stty or no tty: nothing is left to restore.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The Lanterna terminal over the prepared tty; it restores the saved settings when closed. */
    Terminal terminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        return new SttyTerminal(in, out, charset, saved);
    }

    /**
     * Lanterna's UnixTerminal without the start-up stty calls. Lanterna's constructor
     * switches the mode through these overrides before this class's fields exist,
     * which is fine: at start-up there is nothing to do, and restoring the saved
     * settings also turns Ctrl-C, echo and line editing back on.
     */
    static final class SttyTerminal extends UnixLikeTTYTerminal {
        /** Lanterna's own setting for where stty lives, so both restore the same way. */
        static final String STTY = System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand",
                "/bin/stty");
        static final File TTY = new File("/dev/tty");

        private final String saved;
        /**
         * The size the terminal gave the first time Lanterna asked, kept for its second question
         * a moment later (a new screen asks, then starting it asks again): each question is a
         * round trip through the terminal and its answer's decoding, before the first frame.
         * Used once; a resize (SIGWINCH) in between drops it. No initialiser: the resize handler
         * is installed while Lanterna's constructor runs, before this class's fields are set.
         */
        private volatile TerminalSize startSize;
        private boolean askedOnce;

        /** {@code saved} null: nothing to restore (the CDS training run, which has no tty of its own). */
        SttyTerminal(InputStream in, OutputStream out, Charset charset, String saved) throws IOException {
            super(TTY, in, out, charset, CtrlCBehaviour.TRAP);
            this.saved = saved;
        }

        /**
         * The same SIGWINCH handler Lanterna installs, without its reflection: Lanterna
         * goes through a dynamic proxy, and generating that class costs about 15 ms of
         * start-up.
         */
        @Override
        protected void registerTerminalResizeListener(Runnable onResize) {
            try {
                Signal.handle(new Signal("WINCH"), signal -> {
                    startSize = null;
                    onResize.run();
                });
            } catch (IllegalArgumentException unsupported) {
                // No SIGWINCH on this system: the screen keeps the size it started with.
            }
        }

        @Override
        protected synchronized TerminalSize findTerminalSize() throws IOException {
            TerminalSize kept = startSize;
            startSize = null;
            if (kept != null) return kept;
            TerminalSize size = super.findTerminalSize();
            if (!askedOnce) {
                askedOnce = true;
                startSize = size;
            }
            return size;
        }

        @Override
        protected void saveTerminalSettings() {
            // The launcher saved them before changing anything.
        }

        @Override
        protected void restoreTerminalSettings() throws IOException {
            if (saved != null) runSTTYCommand(saved);
        }

        @Override
        protected void keyEchoEnabled(boolean enabled) {
            // Off already; the saved settings turn it back on.
        }

        @Override
        protected void canonicalMode(boolean enabled) {
            // Off already; the saved settings turn it back on.
        }

        @Override
        protected void keyStrokeSignalsEnabled(boolean enabled) {
            // Off already; the saved settings turn it back on.
        }
    }
}
