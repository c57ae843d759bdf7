package satlab.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Consumer;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.UserAuthNoneFactory;
import org.apache.sshd.server.auth.keyboard.DefaultKeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.session.ServerSession;

/**
 * Installs the chosen way of logging in on the SSH server. Key and password files are re-read
 * when they change on disk, so an instructor can add a learner without restarting the lab.
 */
final class Authentication {
    private Authentication() {}

    /** Checks the files now (so a bad file stops the start with a clear message) and installs the authenticators. */
    static void install(SshServer sshd, ServerConfig.Auth auth, ServerLog log) throws LabConfigException {
        if (auth instanceof ServerConfig.Auth.Open) {
            sshd.setUserAuthFactories(List.of(UserAuthNoneFactory.INSTANCE));
        } else if (auth instanceof ServerConfig.Auth.Keys keys) {
            Reloading<AuthorizedKeys> file = new Reloading<>(keys.authorizedKeys(), AuthorizedKeys::load,
                    loaded -> loaded.warnings().forEach(w -> log.event("warning", w)), log);
            sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
            sshd.setPublickeyAuthenticator((user, key, session) -> {
                AuthorizedKeys current = file.current();
                if (current.accepts(user, key)) return true;
                String owner = current.ownerOf(key);
                log.event("auth-failed", "user=" + user + " from=" + remote(session) + " method=publickey key="
                        + KeyUtils.getFingerPrint(key) + (owner == null ? " (not registered)" : " (registered for " + owner + ")"));
                return false;
            });
        } else if (auth instanceof ServerConfig.Auth.Passwords passwords) {
            Reloading<PasswordFile> file = new Reloading<>(passwords.passwordFile(), PasswordFile::load, loaded -> {}, log);
            sshd.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE, UserAuthKeyboardInteractiveFactory.INSTANCE));
            sshd.setKeyboardInteractiveAuthenticator(DefaultKeyboardInteractiveAuthenticator.INSTANCE);
            sshd.setPasswordAuthenticator((user, password, session) -> {
                if (LearnerNames.isValid(user) && file.current().verify(user, password)) return true;
                log.event("auth-failed", "user=" + user + " from=" + remote(session) + " method=password");
                return false;
            });
        }
    }

    private static String remote(ServerSession session) {
        return SessionRunner.describe(session.getIoSession().getRemoteAddress());
    }

    /** A parsed file, parsed again when its modification time changes; a broken edit keeps the last good version. */
    private static final class Reloading<T> {
        interface Loader<T> {
            T load(Path file) throws LabConfigException;
        }

        private final Path file;
        private final Loader<T> loader;
        private final Consumer<T> onLoad;
        private final ServerLog log;
        private T value;
        private FileTime stamp;

        Reloading(Path file, Loader<T> loader, Consumer<T> onLoad, ServerLog log) throws LabConfigException {
            this.file = file;
            this.loader = loader;
            this.onLoad = onLoad;
            this.log = log;
            this.stamp = modified();
            this.value = loader.load(file);
            onLoad.accept(value);
        }

        synchronized T current() {
            FileTime now = modified();
            if (now != null && !now.equals(stamp)) {
                stamp = now;
                try {
                    value = loader.load(file);
                    onLoad.accept(value);
                    log.event("reloaded", file.toString());
                } catch (LabConfigException e) {
                    log.event("warning", e.getMessage() + " (still using the previous version)");
                }
            }
            return value;
        }

        private FileTime modified() {
            try {
                return Files.getLastModifiedTime(file);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
