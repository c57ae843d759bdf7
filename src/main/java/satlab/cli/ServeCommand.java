package satlab.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import satlab.engine.TerminalText;
import satlab.lab.Lab;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;
import satlab.server.Instructors;
import satlab.server.LabConfigException;
import satlab.server.LabServer;
import satlab.server.PasswordFile;
import satlab.server.ServerConfig;
import satlab.server.ServerLog;
import satlab.server.SessionApp;
import satlab.server.SessionContext;
import satlab.sim.Products;
import satlab.store.SafeStore;
import satlab.store.Store;
import satlab.tui.Lessons;
import satlab.tui.Role;
import satlab.tui.Session;
import satlab.tui.Theme;
import satlab.tui.TrainingGate;
import satlab.tui.Tutor;

/** `satlab serve`: the tutor over SSH for a whole class from one process. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve the full-screen tutor over SSH to a whole class.",
        description = {
            "Serve the tutor over SSH: each learner runs `ssh -p PORT NAME@HOST` and gets the full-screen tutor",
            "with their own progress, and nothing else (no shell, commands, file transfer or forwarding).",
            "Stop with Ctrl-C or SIGTERM: every session is told, saves, and closes."
        },
        footer = {
            "",
            "Examples:",
            "  satlab serve --auth keys --authorized-keys class.keys    (each key's comment names its learner)",
            "  satlab serve --add-user alice                            (prompts for alice's password)",
            "  satlab serve --add-users class.csv                       (name[,password] lines; prints generated ones)",
            "  satlab serve --passwd alice      satlab serve --remove-user alice   (also while the lab runs)",
            "  satlab serve --auth passwords --host 0.0.0.0",
            "  satlab serve --auth open                                 (closed lab networks only)",
            "",
            "Limits, as OpenSSH's sshd has them: a refused connection is told why in a",
            "disconnect message; 6 failed logins per connection, then a growing wait per",
            "address and per account; a connection with no tutor open for 30s is closed;",
            "a paste over 4 KB is cut; a client that reads no output for 30s is closed.",
            "The data directory, the password or authorized_keys file and the directories",
            "holding them must not be writable by others (the message names the chmod",
            "that fixes it). authorized_keys from=\"...\" patterns are matched against the",
            "client's address. The satlab launcher gives serve a heap sized for",
            "--max-sessions and -XX:+ExitOnOutOfMemoryError."
        })
public final class ServeCommand implements Callable<Integer> {
    enum AuthMode { keys, passwords, open }

    @Spec CommandSpec spec;

    @Option(names = "--auth", paramLabel = "MODE", description = "Who may log in: keys, passwords or open.")
    AuthMode auth;

    @Option(names = "--authorized-keys", paramLabel = "FILE",
            description = "OpenSSH authorized_keys file for --auth keys; each key's comment is its learner's name.")
    Path authorizedKeys;

    @Option(names = "--passwords", paramLabel = "FILE",
            description = "Password file (user:hash lines) for --auth passwords and --add-user (default: DIR/passwords).")
    Path passwords;

    @Option(names = "--add-user", paramLabel = "NAME",
            description = "Ask for NAME's password (twice) and add it to the password file, then exit.")
    String addUser;

    @Option(names = "--add-users", paramLabel = "FILE", description = "Add every user of FILE (CSV lines name[,password];"
            + " a password left out is generated and printed once) to the password file, then exit.")
    Path addUsers;

    @Option(names = "--passwd", paramLabel = "NAME", description = "Ask for a new password for NAME (twice), then exit."
            + " Safe while the lab runs: the server picks up the change.")
    String passwd;

    @Option(names = "--remove-user", paramLabel = "NAME", description = "Take NAME out of the password file, then exit.")
    String removeUser;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host = ServerConfig.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = ServerConfig.DEFAULT_PORT;

    /** The progress database's directory; the host key and the default password file live beside it. */
    @Mixin DataOption data;

    @Option(names = "--max-sessions", paramLabel = "N", description = "Tutor sessions at once (default: ${DEFAULT-VALUE}).")
    int maxSessions = ServerConfig.Limits.defaults().maxSessions();

    @Option(names = "--sessions-per-user", paramLabel = "N", description = "Sessions one learner may have open (default: ${DEFAULT-VALUE}).")
    int sessionsPerUser = ServerConfig.Limits.defaults().sessionsPerUser();

    @Option(names = "--connections-per-minute", paramLabel = "N",
            description = "New connections accepted from one address per minute (default: ${DEFAULT-VALUE}).")
    int connectionsPerMinute = ServerConfig.Limits.defaults().connectionsPerMinute();

    @Option(names = "--max-startups", paramLabel = "N",
            description = "Connections still logging in at once, from everywhere (default: ${DEFAULT-VALUE}).")
    int maxStartups = ServerConfig.Limits.defaults().maxStartups();

    @Option(names = "--startups-per-address", paramLabel = "N",
            description = "Connections still logging in at once from one address (default: ${DEFAULT-VALUE}).")
    int startupsPerAddress = ServerConfig.Limits.defaults().startupsPerAddress();

    @Option(names = "--login-grace", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Close a connection that has not logged in after this long, e.g. 20s (default: 20s).")
    Duration loginGrace = ServerConfig.Limits.defaults().loginGrace();

    @Option(names = "--idle-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Close a session after this long without a keystroke, e.g. 30m, 1h (default: 30m).")
    Duration idleTimeout = ServerConfig.Limits.defaults().idleTimeout();

    @Option(names = "--max-session-time", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Longest a session, or a connection, may last, e.g. 3h (default: 8h).")
    Duration maxSessionTime = ServerConfig.Limits.defaults().maxSessionTime();

    @Option(names = "--lessons", paramLabel = "DIR",
            description = "Lessons to serve instead of the bundled course (an instructor's lab console reloads them"
                    + " for everyone).")
    Path lessons;

    @Option(names = "--instructors", paramLabel = "NAME", split = ",",
            description = "Who gets the lab console instead of the tutor when they log in (as learners log in).")
    List<String> instructors = List.of();

    @Option(names = "--instructors-file", paramLabel = "FILE", description = "A file of instructors' names, one a line"
            + " (# comments); trusted as the password file is and read again when it changes.")
    Path instructorsFile;

    @Option(names = "--help-after", paramLabel = "TIME", converter = DurationConverter.class,
            description = "The lab console marks a learner as needing help after this long on one step (default: 10m);"
                    + " running out of attempts on a quiz marks them at once.")
    Duration helpAfter = satlab.tui.Console.DEFAULT_STUCK_AFTER;

    /** Where a password is read when there is no console (tests replace it). */
    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data.databaseFile().toAbsolutePath().getParent();
        Path passwordFile = passwords != null ? passwords : dataDir.resolve("passwords");
        try {
            long accountActions = java.util.stream.Stream.of(addUser, addUsers, passwd, removeUser)
                    .filter(java.util.Objects::nonNull).count();
            if (accountActions > 1) {
                throw new LabConfigException("give one of --add-user, --add-users, --passwd and --remove-user at a time");
            }
            if (addUser != null) return addUser(passwordFile, out);
            if (addUsers != null) return addUsers(passwordFile, out, err);
            if (passwd != null) {
                char[] password = readPassword(passwd);
                try {
                    PasswordFile.setPassword(passwordFile, passwd, password, PasswordFile.DEFAULT_ITERATIONS);
                } finally {
                    Arrays.fill(password, '\0');
                }
                out.println("satlab serve: new password for " + passwd + " in " + passwordFile
                        + " (a running lab picks it up at the next login)");
                return 0;
            }
            if (removeUser != null) {
                PasswordFile.removeUser(passwordFile, removeUser);
                out.println("satlab serve: removed " + removeUser + " from " + passwordFile
                        + " (sessions open now go on; new logins are refused)");
                return 0;
            }
            ServerConfig config = new ServerConfig(host, port, dataDir, authFrom(passwordFile), limits());
            // Before anything is created in it: the data directory is made 0700 and must be trusted.
            LabServer.checkFiles(config);
            Lessons course = TutorLauncher.load(lessons);
            ServerLog log = new ServerLog(err);
            Instructors roles = Instructors.of(instructors, instructorsFile, log);
            Store store = SafeStore.open(data.databaseFile(), new SafeStore.Faults() {
                @Override
                public void savingFailed(String reason) {
                    log.event("saving-failed", reason + "; learners' progress is kept in memory and the disk is"
                            + " tried again every 30s");
                }

                @Override
                public void savingRecovered(int changesReplayed) {
                    log.event("saving-recovered", "progress is saved again; " + changesReplayed
                            + " changes kept in memory meanwhile were written to " + data.databaseFile());
                }
            });
            LabServer server;
            try {
                Lab lab = new Lab(Clock.systemDefaultZone(), course.course() == null ? Course.empty() : course.course(),
                        () -> TutorLauncher.read(lessons).parse());
                lab.journal(log::event);
                server = LabServer.start(config, appFor(lab, store, roles, helpAfter), log);
            } catch (LabConfigException e) {
                store.close();
                throw e;
            }
            if (auth == AuthMode.open) warnOpen(err, server.port(), roles.any());
            warnings(course, store, err);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                store.close();
            }, "satlab-serve-shutdown"));
            announce(server, config, course, out);
            server.awaitStopped();
            return 0;
        } catch (LabConfigException | IllegalArgumentException e) {
            err.println("satlab serve: " + safe(e.getMessage()));
            return 2;
        }
    }

    /**
     * What the instructor must know at start: progress that will not be saved, lessons with
     * problems. Lesson files come from anyone, so their text is escaped before it reaches the terminal.
     */
    public static void warnings(Lessons course, Store store, PrintWriter err) {
        if (!store.isSaving()) err.println("WARNING: progress will not be saved: " + safe(store.status().message()));
        if (!course.problems().isEmpty()) {
            err.println("WARNING: the lessons have problems (learners see them in the menu too):");
            course.problems().forEach(problem -> err.println("  " + safe(problem)));
        }
        err.flush();
    }

    /** Text from files and clients, made safe for the instructor's terminal (see {@link TerminalText}). */
    private static String safe(String text) {
        return TerminalText.escape(text);
    }

    /**
     * The app each session runs: the full-screen tutor for the SSH user, every session sharing one
     * course and one store (which is thread-safe). The client's locale and NO_COLOR choose the
     * theme as they do locally; a client that sends no locale gets Unicode, as SSH terminals are
     * UTF-8 nearly everywhere.
     */
    public static SessionApp appFor(Lessons course, Store store, Tutor.LessonSource reload) {
        Course served = course.course() == null ? Course.empty() : course.course();
        Lab lab = new Lab(Clock.systemDefaultZone(), served, () -> {
            Lessons again = reload.load();
            return new CourseLoader.LoadResult(again.course() == null ? Course.empty() : again.course(), List.of(), 0);
        });
        return appFor(lab, store, Instructors.none(), satlab.tui.Console.DEFAULT_STUCK_AFTER);
    }

    /**
     * As above, every session in one live lab: learners publish where they are to it and get the
     * instructor's messages through it; those {@code instructors} names get the lab console.
     */
    public static SessionApp appFor(Lab lab, Store store, Instructors instructors, Duration helpAfter) {
        // One gate for every session: however many learners train at once, a core stays free for keys.
        TrainingGate training = TrainingGate.forCores(Runtime.getRuntime().availableProcessors());
        return (terminal, context) -> {
            // Each session starts with the course the lab serves now (a reload since the server started included).
            Lessons course = new Lessons(lab.course(), List.of());
            Tutor tutor = new Tutor(course, store, new Session(context.learner(), OptionalLong.empty()),
                    themeFor(context), () -> course, Clock.systemUTC(), training);
            tutor.joinLab(lab, instructors.contains(context.learner()) ? Role.INSTRUCTOR : Role.LEARNER, helpAfter);
            context.onPasteCut((kept, dropped) -> tutor.note("your paste was cut: its first " + kept
                    + " bytes were kept and the other " + dropped + " dropped (an answer holds at most "
                    + satlab.tui.TextField.MAX_LENGTH + " characters)"));
            tutor.run(terminal);
        };
    }

    static Theme themeFor(SessionContext context) {
        Map<String, String> locale = new HashMap<>();
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            context.clientEnvironment(name).ifPresent(v -> locale.put(name, v));
        }
        boolean ascii = !locale.isEmpty() && !Theme.utf8Locale(locale::get);
        boolean color = context.clientEnvironment("NO_COLOR").map(String::isEmpty).orElse(true);
        return new Theme(ascii, color);
    }

    private int addUsers(Path file, PrintWriter out, PrintWriter err) throws LabConfigException {
        String text;
        try {
            text = Files.readString(addUsers, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabConfigException("cannot read " + addUsers + ": " + e.getMessage(), e);
        }
        List<PasswordFile.NewUser> users;
        try {
            users = PasswordFile.parseNewUsers(addUsers.toString(), text);
        } catch (LabConfigException e) {
            e.getMessage().lines().forEach(line -> err.println("satlab serve: " + safe(line)));
            return 2;
        }
        if (users.isEmpty()) throw new LabConfigException("no users in " + addUsers);
        Map<String, String> generated = PasswordFile.addUsers(file, users, PasswordFile.DEFAULT_ITERATIONS,
                new java.security.SecureRandom());
        out.println("satlab serve: added " + users.size() + " user" + (users.size() == 1 ? "" : "s") + " to " + file);
        if (!generated.isEmpty()) {
            out.println("Generated passwords (shown only now; hand each learner theirs):");
            generated.forEach((name, password) -> out.println("  " + name + "," + password));
        }
        return 0;
    }

    private int addUser(Path file, PrintWriter out) throws LabConfigException {
        char[] password = readPassword(addUser);
        try {
            PasswordFile.addUser(file, addUser, password, PasswordFile.DEFAULT_ITERATIONS);
        } finally {
            Arrays.fill(password, '\0');
        }
        out.println("satlab serve: added " + addUser + " to " + file);
        out.println("Start the lab with: satlab serve --auth passwords "
                + (passwords != null ? "--passwords " + file : "--data " + file.toAbsolutePath().getParent()));
        return 0;
    }

    private char[] readPassword(String user) throws LabConfigException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s: ", user);
            char[] second = console.readPassword("Same password again: ");
            if (first == null || second == null) throw new LabConfigException("no password given");
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, '\0');
            if (!same) throw new LabConfigException("the two passwords differ; nothing was added");
            return first;
        }
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null) throw new LabConfigException("no password on standard input (give it as one line)");
            return line.toCharArray();
        } catch (IOException e) {
            throw new LabConfigException("cannot read the password from standard input: " + e.getMessage(), e);
        }
    }

    private ServerConfig.Auth authFrom(Path passwordFile) throws LabConfigException {
        if (auth == null) {
            throw new LabConfigException("choose who may log in: --auth keys --authorized-keys FILE,"
                    + " --auth passwords (after --add-user NAME), or --auth open");
        }
        if (authorizedKeys != null && auth != AuthMode.keys) {
            throw new LabConfigException("--authorized-keys only applies with --auth keys");
        }
        return switch (auth) {
            case keys -> {
                if (authorizedKeys == null) {
                    throw new LabConfigException("--auth keys needs --authorized-keys FILE (OpenSSH format, one key per"
                            + " line, the learner's name as the comment)");
                }
                yield new ServerConfig.Auth.Keys(authorizedKeys);
            }
            case passwords -> new ServerConfig.Auth.Passwords(passwordFile);
            case open -> new ServerConfig.Auth.Open();
        };
    }

    private ServerConfig.Limits limits() {
        ServerConfig.Limits d = ServerConfig.Limits.defaults();
        return new ServerConfig.Limits(maxSessions, sessionsPerUser, connectionsPerMinute, maxStartups, startupsPerAddress,
                loginGrace, d.loginPenalty(), d.noTutorTimeout(), idleTimeout, maxSessionTime, d.outputDrainTimeout(), d.shutdownGrace(),
                d.inputWindowBytes());
    }

    private void warnOpen(PrintWriter err, int boundPort, boolean instructorsNamed) {
        err.println("WARNING: --auth open lets ANYONE who can reach " + host + ":" + boundPort
                + " in, under ANY name, with NO password.");
        if (instructorsNamed) err.println("WARNING: that includes the instructors' names: anyone can open the lab console.");
        err.println("WARNING: use it only on a closed lab network"
                + (ServerConfig.DEFAULT_HOST.equals(host) ? " (listening on 127.0.0.1 only; --host opens it up)." : "."));
        err.flush();
    }

    private void announce(LabServer server, ServerConfig config, Lessons course, PrintWriter out) {
        String where = config.host().equals("0.0.0.0") || config.host().equals("::") ? localHostName() : config.host();
        out.println("satlab lab server listening on " + config.host() + ":" + server.port() + " (auth: " + auth + ")");
        if (course.course() != null) {
            int n = course.course().size();
            out.println("course: " + course.course().title() + " (" + n + (n == 1 ? " lesson)" : " lessons)"));
        }
        // Which products train the playground's networks (the launcher resolves the Vector API for serve).
        out.println("training lab computes with: " + Products.best());
        out.println("host key " + server.hostKeyFingerprint() + (server.hostKeyCreated() ? " (new, saved in " : " (from ")
                + config.hostKeyFile() + ")");
        out.println("learners connect with: ssh -p " + server.port() + " NAME@" + where);
        out.println("stop with Ctrl-C or SIGTERM; connections are logged on stderr");
        out.flush();
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "THIS-HOST";
        }
    }

    /** Durations as an instructor writes them: 90s, 30m, 8h (a bare number means minutes). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern FORM = Pattern.compile("(\\d{1,6})([smh]?)");

        @Override
        public Duration convert(String value) {
            Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; write e.g. 90s, 30m or 8h");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        }
    }
}
