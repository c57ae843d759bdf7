package satlab.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.Map;
import java.util.stream.Stream;
import satlab.store.SafeStore;
import satlab.store.Store;
import satlab.tui.Lessons;
import satlab.tui.Session;
import satlab.tui.Theme;
import satlab.tui.Tutor;

/**
 * The launcher's training run for its class-data-sharing archive: plays a short
 * session of the real tutor (menu, a lesson, the explorer with typing, help) on a
 * virtual terminal against a throw-away database, so the archive written at exit
 * holds the classes a learner's start-up needs. Writes nothing to the user's files.
 */
public final class CdsTraining {

    private CdsTraining() {}

    private static String tmpName() {
        return System.getProperty("java.io.tmpdir");
    }

    /** @param args {@code [LESSONS_DIR]} */
    public static void main(String[] args) throws IOException {
        // The tutor starts through TutorStart's hand parser; commands build the whole tree.
        TutorStart.parse(new String[] {"--data", tmpName(), "--seed", "1"});
        System.console(); // asked before the first frame when started without the launcher
        Main.commandLine().parseArgs();
        Path tmp = Files.createTempDirectory("satlab-cds");
        try {
            // The bundled course, or a lessons directory the launcher names (a source checkout).
            Path dir = args.length > 0 && Files.isDirectory(Path.of(args[0])) ? Path.of(args[0]) : null;
            Lessons lessons = TutorLauncher.load(dir);
            try (Store store = SafeStore.open(tmp.resolve("satlab.db"))) {
                Tutor tutor = new Tutor(lessons, store, new Session("cds-training", OptionalLong.of(1)),
                        Theme.DEFAULT, () -> lessons, Clock.systemUTC());
                DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
                // Every key, the quit and the end of input are queued before run() starts, so the
                // input thread never blocks inside the virtual terminal while the tutor draws.
                keys(terminal, "\n\t\t ");
                terminal.addInput(new KeyStroke(KeyType.ArrowRight));
                terminal.addInput(new KeyStroke(KeyType.ArrowRight));
                keys(terminal, "e1000, 1/sqrt(2)\t1, -0.99\t");
                terminal.addInput(new KeyStroke(KeyType.Backspace));
                terminal.addInput(new KeyStroke(KeyType.Escape));
                keys(terminal, "rxh0?");
                terminal.addInput(new KeyStroke(KeyType.Escape));
                terminal.addInput(new KeyStroke(KeyType.Escape));
                terminal.addInput(new KeyStroke(KeyType.Escape));
                keys(terminal, "q");
                terminal.addInput(new KeyStroke(KeyType.EOF));
                tutor.run(terminal);
                // The learner's terminal is the launcher's prepared tty: open the menu on that
                // class too, over streams that answer the screen's size queries and press q. Lanterna
                // asks twice while starting; a spare answer keeps this run from waiting out its
                // 5-second timeout should it ask once more, and is otherwise an ignored key.
                byte[] keys = "\033[24;80R\033[24;80R\033[24;80Rq".getBytes(StandardCharsets.US_ASCII);
                // That start is the fast one, through the launcher's own path: the menu from the
                // bundled course's outline, the parse and the store after it, and the warm-up
                // thread run(TutorOptions) starts before it opens the tty.
                TutorLauncher.warmUp();
                TutorOptions fast = new TutorOptions();
                fast.data = tmp.resolve("fast");
                fast.seed = 1L;
                Terminal tty = new PreparedTty.SttyTerminal(new ByteArrayInputStream(keys),
                        new ByteArrayOutputStream(), StandardCharsets.UTF_8, null);
                new TutorLauncher(new PrintWriter(Writer.nullWriter()), Map.of("TERM", "xterm-256color",
                        "LANG", "C.UTF-8"), InputStream.nullInputStream(), OutputStream.nullOutputStream(), true)
                        .run(fast, tty, null);
            }
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void keys(DefaultVirtualTerminal terminal, String text) {
        for (char c : text.toCharArray()) {
            terminal.addInput(switch (c) {
                case '\n' -> new KeyStroke(KeyType.Enter);
                case '\t' -> new KeyStroke(KeyType.Tab);
                default -> new KeyStroke(c, false, false);
            });
        }
    }
}
