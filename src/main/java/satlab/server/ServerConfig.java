package satlab.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run the lab server.
 *
 * @param host address to bind (127.0.0.1 unless the instructor opens it up)
 * @param port TCP port, 0 for any free port (tests)
 * @param dataDir where the host key (and, by default, the password file) live
 * @param auth who may log in
 * @param limits resource limits that keep one learner from hurting the others
 */
public record ServerConfig(String host, int port, Path dataDir, Auth auth, Limits limits) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 2222;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(limits, "limits");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 0..65535");
        }
    }

    /** The host key file inside the data directory. */
    public Path hostKeyFile() {
        return dataDir.resolve("host_key");
    }

    /** Who may log in. */
    public sealed interface Auth {
        /** Any user name, no password: closed lab networks only. */
        record Open() implements Auth {}

        /** Public keys from an OpenSSH authorized_keys file; each key's comment names its learner. */
        record Keys(Path authorizedKeys) implements Auth {}

        /** Passwords checked against a file of {@code user:hash} lines (see {@link PasswordFile}). */
        record Passwords(Path passwordFile) implements Auth {}
    }

    /**
     * @param maxSessions tutor sessions (and logged-in connections) open at once
     * @param sessionsPerUser tutor sessions one learner may have open at once
     * @param connectionsPerMinute new connections accepted from one IP address per minute
     * @param maxStartups connections not yet logged in, in all (as OpenSSH's MaxStartups)
     * @param startupsPerAddress connections not yet logged in from one address (PerSourceMaxStartups)
     * @param loginGrace a connection that has not logged in after this long is closed (LoginGraceTime)
     * @param loginPenalty the first wait after failed password logins from one address or for one
     *     account; it doubles with each further failure (see {@code LoginPenalties})
     * @param noTutorTimeout a logged-in connection with no tutor open for this long is closed
     * @param idleTimeout a session with no keystroke for this long is closed
     * @param maxSessionTime no session, and no connection, lasts longer than this
     * @param outputDrainTimeout a session whose screen output has not drained for this long (a
     *     client that stopped reading) is closed
     * @param shutdownGrace how long an app gets to save and return once asked to stop
     * @param inputWindowBytes SSH window for learner input: a flooding client waits instead of
     *     growing the server's buffers
     */
    public record Limits(
            int maxSessions,
            int sessionsPerUser,
            int connectionsPerMinute,
            int maxStartups,
            int startupsPerAddress,
            Duration loginGrace,
            Duration loginPenalty,
            Duration noTutorTimeout,
            Duration idleTimeout,
            Duration maxSessionTime,
            Duration outputDrainTimeout,
            Duration shutdownGrace,
            int inputWindowBytes) {

        public static Limits defaults() {
            return new Limits(200, 3, 60, 30, 10, Duration.ofSeconds(20), Duration.ofSeconds(1), Duration.ofSeconds(30),
                    Duration.ofMinutes(30),
                    Duration.ofHours(8), Duration.ofSeconds(30), Duration.ofSeconds(5), 32 * 1024);
        }

        public Limits {
            positive("max sessions", maxSessions);
            positive("sessions per user", sessionsPerUser);
            positive("connections per minute", connectionsPerMinute);
            positive("max startups", maxStartups);
            positive("startups per address", startupsPerAddress);
            positive("input window", inputWindowBytes);
            positive("login grace time", loginGrace);
            positive("login penalty", loginPenalty);
            positive("no-tutor timeout", noTutorTimeout);
            positive("idle timeout", idleTimeout);
            positive("maximum session time", maxSessionTime);
            positive("output drain timeout", outputDrainTimeout);
            positive("shutdown grace", shutdownGrace);
        }

        public Limits withMaxSessions(int n) {
            return new Limits(n, sessionsPerUser, connectionsPerMinute, maxStartups, startupsPerAddress, loginGrace,
                    loginPenalty, noTutorTimeout, idleTimeout, maxSessionTime, outputDrainTimeout, shutdownGrace, inputWindowBytes);
        }

        public Limits withSessionsPerUser(int n) {
            return new Limits(maxSessions, n, connectionsPerMinute, maxStartups, startupsPerAddress, loginGrace,
                    loginPenalty, noTutorTimeout, idleTimeout, maxSessionTime, outputDrainTimeout, shutdownGrace, inputWindowBytes);
        }

        public Limits withConnectionsPerMinute(int n) {
            return new Limits(maxSessions, sessionsPerUser, n, maxStartups, startupsPerAddress, loginGrace,
                    loginPenalty, noTutorTimeout, idleTimeout, maxSessionTime, outputDrainTimeout, shutdownGrace, inputWindowBytes);
        }

        public Limits withStartups(int total, int perAddress) {
            return new Limits(maxSessions, sessionsPerUser, connectionsPerMinute, total, perAddress, loginGrace,
                    loginPenalty, noTutorTimeout, idleTimeout, maxSessionTime, outputDrainTimeout, shutdownGrace, inputWindowBytes);
        }

        public Limits withLoginGrace(Duration d) {
            return new Limits(maxSessions, sessionsPerUser, connectionsPerMinute, maxStartups, startupsPerAddress, d,
                    loginPenalty, noTutorTimeout, idleTimeout, maxSessionTime, outputDrainTimeout, shutdownGrace, inputWindowBytes);
        }

        public Limits withLoginPenalty(Duration d) {
            return new Limits(maxSessions, sessionsPerUser, connectionsPerMinute, maxStartups, startupsPerAddress, loginGrace,
                    d, noTutorTimeout, idleTimeout, maxSessionTime, outputDrainTimeout, shutdownGrace, inputWindowBytes);
        }

        public Limits withNoTutorTimeout(Duration d) {
            return new Limits(maxSessions, sessionsPerUser, connectionsPerMinute, maxStartups, startupsPerAddress, loginGrace,
                    loginPenalty, d, idleTimeout, maxSessionTime, outputDrainTimeout, shutdownGrace, inputWindowBytes);
        }

        public Limits withIdleTimeout(Duration d) {
            return new Limits(maxSessions, sessionsPerUser, connectionsPerMinute, maxStartups, startupsPerAddress, loginGrace,
                    loginPenalty, noTutorTimeout, d, maxSessionTime, outputDrainTimeout, shutdownGrace, inputWindowBytes);
        }

        public Limits withMaxSessionTime(Duration d) {
            return new Limits(maxSessions, sessionsPerUser, connectionsPerMinute, maxStartups, startupsPerAddress, loginGrace,
                    loginPenalty, noTutorTimeout, idleTimeout, d, outputDrainTimeout, shutdownGrace, inputWindowBytes);
        }

        public Limits withOutputDrainTimeout(Duration d) {
            return new Limits(maxSessions, sessionsPerUser, connectionsPerMinute, maxStartups, startupsPerAddress, loginGrace,
                    loginPenalty, noTutorTimeout, idleTimeout, maxSessionTime, d, shutdownGrace, inputWindowBytes);
        }

        public Limits withShutdownGrace(Duration d) {
            return new Limits(maxSessions, sessionsPerUser, connectionsPerMinute, maxStartups, startupsPerAddress, loginGrace,
                    loginPenalty, noTutorTimeout, idleTimeout, maxSessionTime, outputDrainTimeout, d, inputWindowBytes);
        }

        private static void positive(String what, int n) {
            if (n <= 0) throw new IllegalArgumentException(what + " must be at least 1, got " + n);
        }

        private static void positive(String what, Duration d) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be positive, got " + d);
        }
    }
}
