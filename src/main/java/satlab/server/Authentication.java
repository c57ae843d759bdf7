package satlab.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.UserAuthNoneFactory;
import org.apache.sshd.server.auth.keyboard.DefaultKeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.session.ServerSession;

/**
 * Installs the chosen way of logging in on the SSH server, with OpenSSH's limits: at most
 * {@link #MAX_FAILURES} failed attempts per connection however the client restarts
 * authentication (each SSH_MSG_SERVICE_REQUEST gives MINA a fresh counter, so the count lives on
 * the connection), then it is disconnected; a growing wait per address and per account after
 * failed passwords ({@link LoginPenalties}). Passwords are checked on a small bounded executor,
 * never on MINA's I/O threads, which every learner's keystrokes go through: a brute force costs
 * at most that executor's threads, and when its queue is full an attempt is refused unchecked.
 * Key and password files are re-read when they change on disk, so an instructor can add a learner
 * without restarting the lab; a changed file that cannot be trusted or parsed is refused, and the
 * last good version stays in use.
 */
final class Authentication {
    static final int MAX_FAILURES = 6;

    private final ServerLog log;
    private final LoginPenalties penalties;
    private final ExecutorService passwordChecks;
    private final ScheduledExecutorService timers;

    Authentication(ServerLog log, LoginPenalties penalties, ExecutorService passwordChecks, ScheduledExecutorService timers) {
        this.log = log;
        this.penalties = penalties;
        this.passwordChecks = passwordChecks;
        this.timers = timers;
    }

    /** Checks the files now (so a bad file stops the start with a clear message) and installs the authenticators. */
    void install(SshServer sshd, ServerConfig.Auth auth) throws LabConfigException {
        if (auth instanceof ServerConfig.Auth.Open) {
            sshd.setUserAuthFactories(List.of(UserAuthNoneFactory.INSTANCE));
        } else if (auth instanceof ServerConfig.Auth.Keys keys) {
            Reloading<AuthorizedKeys> file = new Reloading<>(keys.authorizedKeys(), "authorized keys file",
                    AuthorizedKeys::load, loaded -> loaded.warnings().forEach(w -> log.event("warning", w)), log);
            sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
            sshd.setPublickeyAuthenticator((user, key, session) -> {
                AuthorizedKeys current = file.current();
                InetAddress from = address(session);
                if (current.accepts(user, key, from)) return true;
                String owner = current.ownerOf(key);
                String why = owner == null ? " (not registered)"
                        : owner.equals(user) ? " (not allowed from this address by its from= option)"
                        : " (registered for " + owner + ")";
                failed(session, user, "publickey", " key=" + KeyUtils.getFingerPrint(key) + why);
                return false;
            });
        } else if (auth instanceof ServerConfig.Auth.Passwords passwords) {
            Path path = passwords.passwordFile();
            Reloading<PasswordFile> file = new Reloading<>(path, "password file", PasswordFile::load, loaded -> {}, log);
            sshd.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE, UserAuthKeyboardInteractiveFactory.INSTANCE));
            sshd.setKeyboardInteractiveAuthenticator(DefaultKeyboardInteractiveAuthenticator.INSTANCE);
            sshd.setPasswordAuthenticator((user, password, session) -> {
                if (!LearnerNames.isValid(user)) {
                    failed(session, user, "password", " (not a valid learner name)");
                    return false;
                }
                AsyncAuthException verdict = new AsyncAuthException();
                InetAddress from = address(session);
                long wait = penalties.waitNanos(from, user);
                Runnable check = () -> checkPassword(session, file.current(), path, user, password, from, verdict);
                if (wait <= 0) {
                    check.run();
                } else {
                    log.event("auth-delayed", "user=" + user + " from=" + remote(session) + " wait="
                            + TimeUnit.NANOSECONDS.toMillis(wait) + "ms (earlier failed logins)");
                    try {
                        timers.schedule(check, wait, TimeUnit.NANOSECONDS);
                    } catch (RejectedExecutionException stopping) {
                        verdict.setAuthed(false);
                    }
                }
                throw verdict;
            });
        }
    }

    private void checkPassword(ServerSession session, PasswordFile file, Path path, String user, String password,
            InetAddress from, AsyncAuthException verdict) {
        try {
            passwordChecks.execute(() -> {
                if (!session.isOpen()) {
                    verdict.setAuthed(false);
                    return;
                }
                boolean good = file.verify(user, password);
                if (good) {
                    penalties.succeeded(user);
                } else {
                    penalties.failed(from, user);
                    failed(session, user, "password", "");
                }
                verdict.setAuthed(good);
                if (good && file.needsUpgrade(user)) upgrade(path, user, password);
            });
        } catch (RejectedExecutionException busy) {
            log.event("auth-busy", "user=" + user + " from=" + remote(session) + " reason=too many password checks"
                    + " waiting; refused unchecked");
            verdict.setAuthed(false);
        }
    }

    private void upgrade(Path path, String user, String password) {
        try {
            PasswordFile.Upgrade done = PasswordFile.upgrade(path, user, password.toCharArray(),
                    PasswordFile.DEFAULT_ITERATIONS);
            if (done == PasswordFile.Upgrade.DONE) {
                log.event("rehashed", "user=" + user + " iterations=" + PasswordFile.DEFAULT_ITERATIONS + " file=" + path);
            } else if (done == PasswordFile.Upgrade.BUSY) {
                log.event("rehash-deferred", "user=" + user + " file=" + path + " reason=another satlab is changing the"
                        + " file; tried again at the next login");
            }
        } catch (LabConfigException e) {
            log.event("warning", e.getMessage() + "; the old hash stays in use");
        }
    }

    /** Logs a failed attempt and counts it on the connection, which is disconnected at the limit. */
    private void failed(ServerSession session, String user, String method, String detail) {
        ConnectionGate.Connection c = ConnectionGate.of(session);
        int failures = c == null ? 0 : c.failed();
        log.event("auth-failed", "user=" + user + " from=" + remote(session) + " method=" + method + detail
                + (failures > 0 ? " failures=" + failures : ""));
        if (failures >= MAX_FAILURES) {
            log.event("refused", "user=" + user + " from=" + remote(session) + " reason=too many authentication failures ("
                    + failures + ")");
            ConnectionGate.disconnect(session, SshConstants.SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE,
                    "satlab: too many authentication failures");
        }
    }

    private static String remote(ServerSession session) {
        return SessionRunner.describe(session.getIoSession().getRemoteAddress());
    }

    private static InetAddress address(ServerSession session) {
        SocketAddress a = session.getIoSession().getRemoteAddress();
        return a instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
