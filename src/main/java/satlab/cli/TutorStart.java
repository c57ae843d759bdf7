package satlab.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

/**
 * The tutor's fast start. `satlab` with only tutor options is what a learner types
 * most, and picocli spends a few hundred milliseconds on reflection before it has
 * parsed anything; the first frame should not wait for that. This reads just the
 * tutor's options by hand; anything else (a command, --help, a bad value, or a
 * terminal that needs the line-by-line fallback) goes to the full command tree in
 * {@link Main}, which parses the same options with picocli and reports errors.
 */
final class TutorStart {
    private TutorStart() {}

    /** The exit code, or null when {@link Main}'s full command tree must handle these arguments. */
    static Integer tryRun(String[] args) {
        TutorOptions options = parse(args);
        if (options == null || options.plain) return null;
        PrintWriter err = new PrintWriter(System.err, true, Charset.defaultCharset());
        Map<String, String> env = System.getenv();
        // The launcher prepares the tty only when stdin and stdout are both terminals, which is
        // all System.console() would tell, at a few milliseconds of class initialisation.
        boolean console = PreparedTty.from(env).isPresent() || System.console() != null;
        TutorLauncher launcher = new TutorLauncher(err, env, System.in, System.out, console);
        if (launcher.whyNotFullScreen().isPresent()) return null;
        int code = launcher.run(options);
        err.flush();
        return code;
    }

    /** The options when every argument is one of the tutor's own, else null. */
    static TutorOptions parse(String[] args) {
        TutorOptions o = new TutorOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--ascii" -> o.ascii = true;
                case "--no-color" -> o.noColor = true;
                case "--plain" -> o.plain = true;
                case "--data", "--lessons", "--seed" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) return null;
                        value = args[++i];
                    }
                    if (value.isEmpty()) return null;
                    if (name.equals("--seed")) {
                        try {
                            o.seed = Long.parseLong(value);
                        } catch (NumberFormatException e) {
                            return null;
                        }
                    } else if (name.equals("--data")) {
                        o.data = Path.of(value);
                    } else {
                        o.lessons = Path.of(value);
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return o;
    }
}
