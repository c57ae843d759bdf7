package satlab.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import satlab.tui.JobControl;
import satlab.tui.Tutor;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The local tutor as a shell job, suspended the way vim does it. Ctrl-Z reaches the
 * tutor as a key (the tty's {@code susp} is off, as {@code intr} is); the tutor leaves
 * the full screen and calls {@link #suspend()}, which gives the tty back in the shell's
 * mode, stops the process with SIGTSTP's default action, and after {@code fg} sets
 * the tutor's mode again. A SIGTSTP from elsewhere ({@code kill -TSTP}, or Ctrl-Z where
 * {@code susp} is still on) takes the same path through the tutor's queue; a SIGCONT
 * after any stop redraws every cell, since the shell may have written over the screen.
 */
final class ShellJob implements JobControl {

    /**
     * The full screen's tty mode, as the launcher's one {@code stty} sets it: no line
     * editing, no echo, and Ctrl-C and Ctrl-Z delivered as keys.
     */
    static final List<String> TUTOR_MODE = List.of("-icanon", "min", "1", "-echo", "intr", "undef", "susp", "undef");

    private static final Signal TSTP = new Signal("TSTP");
    private static final Signal CONT = new Signal("CONT");

    /** The settings {@code stty -g} printed before the tutor started, or null to use {@code stty sane}. */
    private final String shellMode;
    private SignalHandler onStop;

    private ShellJob(String shellMode) {
        this.shellMode = shellMode;
    }

    /**
     * Job control for the tutor on the local tty, with its signal handlers installed; null
     * where the system has no job-control signals.
     */
    static ShellJob install(Tutor tutor, String shellMode) {
        ShellJob job = new ShellJob(shellMode);
        try {
            job.onStop = signal -> tutor.suspend();
            Signal.handle(TSTP, job.onStop);
            Signal.handle(CONT, signal -> tutor.redraw());
            return job;
        } catch (IllegalArgumentException unsupported) {
            return null;
        }
    }

    @Override
    public void suspend() throws IOException {
        stty(shellMode == null ? List.of("sane") : List.of(shellMode));
        // SIGTSTP's default action stops the process; Java raises only signals it handles, so a
        // kill(1) sends it, to the whole process group as vim does (a wrapper script stops too).
        // The kill process is in the group and stops with it; it returns after fg continues the job.
        Signal.handle(TSTP, SignalHandler.SIG_DFL);
        try {
            run(List.of("kill", "-TSTP", "0"));
        } finally {
            Signal.handle(TSTP, onStop);
            stty(TUTOR_MODE);
        }
    }

    private static void stty(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(PreparedTty.SttyTerminal.STTY);
        command.addAll(args);
        run(command);
    }

    private static void run(List<String> command) {
        try {
            new ProcessBuilder(command).redirectInput(PreparedTty.SttyTerminal.TTY)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // No stty, kill or tty: nothing to change, and the tutor goes on.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
