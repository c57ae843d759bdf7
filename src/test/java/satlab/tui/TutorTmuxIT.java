package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing in a real pseudo-terminal: the jar runs in tmux at 80x24, keys go
 * in with send-keys, the screen comes back with capture-pane, and after quitting
 * (or SIGTERM) the tty settings, the main screen and the cursor must be as before.
 * Each test has its own tmux server (-L) so it never touches anyone else's sessions.
 */
class TutorTmuxIT {

    @TempDir Path dir;
    String session;

    @BeforeEach
    void needsTmux() throws Exception {
        assumeTrue(run("tmux", "-V").exit == 0, "tmux is not installed");
        session = "satlab-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    @AfterEach
    void kill() throws Exception {
        if (session != null) run("tmux", "-L", session, "kill-server");
    }

    @Test
    void learnerTypesIntoTheExplorerQuitsAndGetsTheirTerminalBack() throws Exception {
        start();
        await(s -> s.contains("1. The sigmoid and its gradient"), "the course menu");
        keys("Enter");
        await(s -> s.contains("step 1/4"), "the first lesson");
        keys("e");
        await(s -> s.contains("Neuron explorer"), "the explorer");
        // The free explorer opens on the Q&A's neuron (z = 10); first type a small one so
        // the screen must change, then type the Q&A's values back in.
        keys("C-u");
        literal("3");
        keys("Tab", "C-u");
        literal("1");
        await(s -> Pattern.compile("z\\s+= 3\\s").matcher(s).find() && s.contains("ACTIVE"), "z = 3 and ACTIVE");
        keys("BTab", "C-u");
        literal("1000, 1000");
        keys("Tab", "C-u");
        literal("1, -0.99");
        String screen = await(s -> s.contains("1000, 1000") && s.contains("1, -0.99")
                && Pattern.compile("z\\s+= 10\\s").matcher(s).find(), "z = 10");
        assertThat(screen).contains("SATURATED");
        keys("Escape");
        Thread.sleep(400);
        keys("Escape");
        await(s -> s.contains("step 1/4"), "back in the lesson");
        keys("q");
        assertRestored();
    }

    @Test
    void sigtermRestoresTheTerminal() throws Exception {
        signalRestores("TERM");
    }

    @Test
    void sighupAsWhenTheSshConnectionDropsRestoresTheTerminal() throws Exception {
        signalRestores("HUP");
    }

    @Test
    void theLauncherPreparesTheTerminalAndTheTutorGivesItBack() throws Exception {
        start(launcher());
        await(s -> s.contains("1. The sigmoid and its gradient"), "the course menu");
        keys("Enter");
        await(s -> s.contains("step 1/4"), "the first lesson");
        keys("q");
        assertRestored();
    }

    @Test
    void sighupThroughTheLauncherRestoresTheTerminal() throws Exception {
        signalRestores("HUP", launcher());
    }

    @Test
    void aBadOptionThroughTheLauncherLeavesTheTerminalAsItWas() throws Exception {
        start(launcher() + " --seed x");
        String screen = await(s -> s.contains("SHELL IS BACK"), "the shell's output");
        assertThat(screen).contains("Invalid value for option '--seed'");
        assertThat(Files.readString(dir.resolve("exit")).strip()).isEqualTo("2");
        assertThat(Files.readString(dir.resolve("after"))).isEqualTo(Files.readString(dir.resolve("before")));
    }

    @Test
    void ctrlZSuspendsToTheShellAndFgBringsTheTutorBackAsItWas() throws Exception {
        assumeTrue(run("bash", "--version").exit == 0, "bash is not installed");
        Path lessons = Path.of(System.getProperty("satlab.basedir", "."), "src/test/resources/satlab/tui/lessons");
        // An interactive shell with job control, as a learner has; the launcher sets the tty's mode.
        Result r = run("tmux", "-L", session, "new-session", "-d", "-s", session, "-x", "80", "-y", "24",
                "env", "TERM=xterm-256color", "LANG=C.UTF-8", "PS1=$ ", "bash", "--norc", "--noprofile", "-i");
        assertThat(r.exit).as(r.out).isZero();
        await(s -> s.contains("$"), "the shell's prompt");
        literal("stty -g > " + dir.resolve("before") + "; " + launcher() + " --data " + dir + " --lessons " + lessons);
        keys("Enter");
        await(s -> s.contains("1. The sigmoid and its gradient"), "the course menu");
        keys("Enter");
        await(s -> s.contains("step 1/4"), "the first lesson");
        keys("C-z");
        String shell = await(s -> s.contains("Stopped"), "the shell saying the job stopped");
        assertThat(shell).doesNotContain("step 1/4");
        assertThat(run("tmux", "-L", session, "display-message", "-p", "-t", session, "#{alternate_on} #{cursor_flag}")
                .out.strip()).as("main screen and cursor back while stopped").isEqualTo("0 1");
        literal("stty -g > " + dir.resolve("stopped") + "; fg");
        keys("Enter");
        await(s -> s.contains("step 1/4"), "the lesson redrawn after fg");
        assertThat(Files.readString(dir.resolve("stopped"))).as("the shell's tty mode while stopped")
                .isEqualTo(Files.readString(dir.resolve("before")));
        // The tutor's mode is back: a key acts at once, without echo or Enter.
        keys("Escape");
        String menu = await(s -> s.contains("1. The sigmoid and its gradient"), "Esc back to the menu");
        assertThat(menu).doesNotContain("^[");
        keys("q");
        // Type only at the shell's fresh prompt: until the JVM has gone, its input thread would read the keys.
        await(s -> {
            List<String> lines = s.lines().filter(l -> !l.isBlank()).toList();
            return !lines.isEmpty() && lines.get(lines.size() - 1).strip().equals("$");
        }, "the shell's prompt after quitting");
        literal("stty -g > " + dir.resolve("after"));
        keys("Enter");
        Path after = dir.resolve("after");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((!Files.exists(after) || Files.size(after) == 0) && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(Files.readString(after)).isEqualTo(Files.readString(dir.resolve("before")));
    }

    private void signalRestores(String signal) throws Exception {
        signalRestores(signal, javaJar());
    }

    private void signalRestores(String signal, String command) throws Exception {
        start(command);
        await(s -> s.contains("1. The sigmoid and its gradient"), "the course menu");
        keys("e");
        await(s -> s.contains("Neuron explorer"), "the explorer");
        String pid = Files.readString(dir.resolve("pid")).strip();
        ProcessHandle shell = ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
        ProcessHandle java = shell.children().filter(p -> p.info().command().orElse("").contains("java"))
                .findFirst().orElseThrow();
        run("kill", "-" + signal, Long.toString(java.pid()));
        assertRestored();
    }

    /** The jar run by hand: Lanterna sets the terminal's mode itself. */
    private String javaJar() {
        return "java -jar " + System.getProperty("satlab.jar", "target/satlab.jar");
    }

    /** The launcher a learner runs: it sets the terminal's mode and the JVM restores it. */
    private String launcher() {
        return Path.of(System.getProperty("satlab.basedir", ".")).toAbsolutePath().resolve("satlab").toString();
    }

    private void start() throws Exception {
        start(javaJar());
    }

    private void start(String command) throws Exception {
        Path lessons = Path.of(System.getProperty("satlab.basedir", "."), "src/test/resources/satlab/tui/lessons");
        String script = "echo $$ > " + dir.resolve("pid") + "; stty -g > " + dir.resolve("before")
                + "; " + command + " --data " + dir + " --lessons " + lessons
                + "; echo $? > " + dir.resolve("exit") + ".tmp; stty -g > " + dir.resolve("after")
                + "; mv " + dir.resolve("exit") + ".tmp " + dir.resolve("exit") + "; echo SHELL IS BACK; sleep 60";
        Result r = run("tmux", "-L", session, "new-session", "-d", "-s", session, "-x", "80", "-y", "24",
                "env", "TERM=xterm-256color", "LANG=C.UTF-8", "sh", "-c", script);
        assertThat(r.exit).as(r.out).isZero();
    }

    private void assertRestored() throws Exception {
        Path exit = dir.resolve("exit");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!Files.exists(exit) && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(exit).as("satlab exited").exists();
        String code = Files.readString(exit).strip();
        assertThat(code).as("exit status").isIn("0", "129", "143");
        assertThat(Files.readString(dir.resolve("after"))).isEqualTo(Files.readString(dir.resolve("before")));
        String screen = await(s -> s.contains("SHELL IS BACK"), "the shell's output");
        assertThat(screen).doesNotContain("Neuron explorer").doesNotContain("step 1/4");
        assertThat(run("tmux", "-L", session, "display-message", "-p", "-t", session, "#{alternate_on} #{cursor_flag}").out.strip())
                .as("alternate screen off, cursor shown").isEqualTo("0 1");
    }

    private void keys(String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", session, "send-keys", "-t", session));
        cmd.addAll(List.of(keys));
        run(cmd.toArray(String[]::new));
    }

    private void literal(String text) throws Exception {
        run("tmux", "-L", session, "send-keys", "-t", session, "-l", text);
    }

    private String await(Predicate<String> ok, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = run("tmux", "-L", session, "capture-pane", "-p", "-t", session).out;
            if (ok.test(screen)) return screen;
            Thread.sleep(100);
        }
        throw new AssertionError("waited 20 s for " + what + "; the screen shows:\n" + screen);
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
