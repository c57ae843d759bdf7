package satlab.bench;

import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import satlab.server.SessionContext;
import satlab.server.StopReason;

/**
 * The alternative a lab would otherwise use: one JVM per learner running the same app on its own
 * local terminal (what `./satlab` under OpenSSH amounts to). bench/server starts several of these
 * in tmux and reads their RSS. Usage: LocalAppMain APP PID_FILE.
 */
public final class LocalAppMain {
    private LocalAppMain() {}

    public static void main(String[] args) throws Exception {
        Path pidFile = Path.of(args[1]);
        Terminal terminal = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8).createTerminal();
        SessionContext context = new SessionContext() {
            @Override
            public String learner() {
                return System.getProperty("user.name");
            }

            @Override
            public String remoteAddress() {
                return "local";
            }

            @Override
            public Optional<String> clientEnvironment(String name) {
                return Optional.ofNullable(System.getenv(name));
            }

            @Override
            public Optional<StopReason> stopReason() {
                return Optional.empty();
            }
        };
        Thread app = new Thread(() -> {
            try {
                BenchApps.named(args[0], pidFile.getParent()).run(terminal, context);
            } catch (Exception e) {
                System.err.println("app failed: " + e);
            }
        });
        app.start();
        Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        app.join();
        terminal.close();
    }
}
