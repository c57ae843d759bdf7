package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code satlab completion zsh} in a real zsh: the script loads without a word on stderr and
 * registers satlab's completion, and Tab in an interactive zsh (in tmux) completes a command
 * and an option. Skipped where zsh (or, for the Tab, tmux) is not installed; CI installs both.
 */
class ZshCompletionTest {

    @TempDir Path dir;
    private String socket;

    @AfterEach
    void kill() throws Exception {
        if (socket != null) run("tmux", "-L", socket, "kill-server");
    }

    private Path script() throws IOException {
        CommandRun.Result r = CommandRun.run("completion", "zsh");
        assertThat(r.exit()).isZero();
        Path file = dir.resolve("satlab.zsh");
        Files.writeString(file, r.out());
        return file;
    }

    @Test
    void theScriptLoadsInZshAndRegistersTheCompletion() throws Exception {
        assumeTrue(run("zsh", "--version").exit == 0, "zsh is not installed");
        Path script = script();
        // -f: no user's rc files; HOME in the test's directory, where compinit may write its dump.
        Result r = run("env", "HOME=" + dir, "zsh", "-f", "-c",
                "source " + script + " && whence -w _complete_satlab && print -r -- ${_comps[satlab]}");
        assertThat(r.exit).as(r.out).isZero();
        assertThat(r.out).isEqualTo("_complete_satlab: function\n_bash_complete -F _complete_satlab -o default\n");
    }

    @Test
    void tabCompletesACommandAndAnOptionInAnInteractiveZsh() throws Exception {
        assumeTrue(run("zsh", "--version").exit == 0, "zsh is not installed");
        assumeTrue(run("tmux", "-V").exit == 0, "tmux is not installed");
        Path script = script();
        socket = "satlab-zsh-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        assertThat(run("tmux", "-L", socket, "new-session", "-d", "-s", "z", "-x", "100", "-y", "10",
                "env HOME=" + dir + " PS1='%% ' TERM=xterm zsh -f").exit).isZero();
        keys("source " + script + "; print loaded", "Enter");
        await(s -> s.contains("\nloaded"), "the script to load");
        keys("satlab chec", "Tab");
        await(s -> s.contains("satlab check"), "Tab to complete 'chec' to 'check'");
        keys("--he", "Tab");
        await(s -> s.contains("satlab check --help"), "Tab to complete '--he' to '--help'");
        keys("C-u", "satlab serve --remove-u", "Tab");
        await(s -> s.contains("satlab serve --remove-user"), "Tab to complete serve's --remove-user");
    }

    private void keys(String... keys) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("tmux", "-L", socket, "send-keys", "-t", "z", "--"));
        cmd.addAll(java.util.List.of(keys));
        assertThat(run(cmd.toArray(String[]::new)).exit).isZero();
    }

    private String await(Predicate<String> ok, String what) throws Exception {
        String screen = "";
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); System.nanoTime() < end; ) {
            screen = run("tmux", "-L", socket, "capture-pane", "-p", "-t", "z").out;
            if (ok.test(screen)) return screen;
            Thread.sleep(100);
        }
        throw new AssertionError("waited 20 s for " + what + "; the pane shows:\n" + screen);
    }

    private record Result(int exit, String out) {}

    private static Result run(String... cmd) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(127, e.getMessage());
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return new Result(p.exitValue(), out);
    }
}
