package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import satlab.store.SqliteStore;

/** The server trusts the files that decide who logs in only if nobody else could have written them (StrictModes). */
class FileTrustTest {
    static final int FAST = PasswordFile.MIN_ITERATIONS;

    @TempDir Path dir;
    LabFixture lab;

    @AfterEach
    void close() throws Exception {
        if (lab != null) lab.close();
    }

    static String user(String name, String password) {
        return name + ":" + PasswordFile.hash(password.toCharArray(), FAST, new SecureRandom()) + "\n";
    }

    LabServer start(Path data, ServerConfig.Auth auth) throws Exception {
        return LabServer.start(new ServerConfig("127.0.0.1", 0, data, auth, ServerConfig.Limits.defaults()), new MenuTestApp(),
                new PrintWriter(new StringWriter(), true));
    }

    @Test
    void aWorldWritableDataDirectoryStopsTheStartWithTheFix() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> start(data, new ServerConfig.Auth.Open())).isInstanceOf(LabConfigException.class)
                .hasMessageContaining("the data directory " + data.toRealPath())
                .hasMessageContaining("can be written by any local user (mode 0777)")
                .hasMessageContaining("Fix: chmod go-w " + data.toRealPath());
        assertThat(Files.exists(data.resolve("host_key"))).as("nothing was created in it").isFalse();
    }

    @Test
    void aGroupWritablePasswordFileOrItsDirectoryStopsTheStart() throws Exception {
        Path file = dir.resolve("passwords");
        Files.writeString(file, user("alice", "correct horse"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        assertThatThrownBy(() -> start(dir.resolve("data"), new ServerConfig.Auth.Passwords(file)))
                .hasMessageContaining("password file " + file).hasMessageContaining("the group")
                .hasMessageContaining("mode 0660").hasMessageContaining("chmod go-w");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path keys = shared.resolve("authorized_keys");
        Files.writeString(keys, AuthenticationTest.line(LabFixture.newKey(), "alice"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThatThrownBy(() -> start(dir.resolve("data"), new ServerConfig.Auth.Keys(keys)))
                .hasMessageContaining("directory " + shared.toRealPath() + " (which holds authorized keys file " + keys + ")")
                .hasMessageContaining("any local user");
    }

    @Test
    void aPasswordFileOfAnotherAccountStopsTheStart() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file away");
        Path file = dir.resolve("passwords");
        Files.writeString(file, user("alice", "correct horse"));
        UserPrincipal nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        Files.setOwner(file, nobody);
        assertThatThrownBy(() -> start(dir.resolve("data"), new ServerConfig.Auth.Passwords(file)))
                .hasMessageContaining("belongs to nobody").hasMessageContaining("chown root " + file);
    }

    @Test
    void aReplacedPasswordFileOthersCouldWriteIsRefusedOnReloadAndTheLastGoodOneKept() throws Exception {
        Path file = dir.resolve("passwords");
        Files.writeString(file, user("alice", "correct horse"));
        lab = new LabFixture(dir.resolve("data"), new ServerConfig.Auth.Passwords(file), ServerConfig.Limits.defaults(),
                new MenuTestApp());
        lab.login("alice", "correct horse").close(true);
        // another account swaps in its own hash for alice, in a file anyone can write
        Path swapped = dir.resolve("passwords.new");
        Files.writeString(swapped, user("alice", "mallory's choice"));
        Files.setPosixFilePermissions(swapped, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.move(swapped, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThatThrownBy(() -> lab.login("alice", "mallory's choice")).isInstanceOf(Exception.class);
        assertThat(lab.log()).contains("not reloaded: password file " + file).contains("any local user")
                .contains("still using the previous version");
        lab.shell(lab.login("alice", "correct horse"), 80, 24).screen().await("learner alice");
    }

    @Test
    void aSymlinkedHostKeyIsNotFollowed() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path elsewhere = dir.resolve("elsewhere_key");
        HostKey.load(elsewhere);
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-r--r--"));
        Files.createSymbolicLink(data.resolve("host_key"), elsewhere);
        assertThatThrownBy(() -> start(data, new ServerConfig.Auth.Open())).isInstanceOf(LabConfigException.class)
                .hasMessageContaining("is a symbolic link").hasMessageContaining("does not follow it");
        assertThat(Files.getPosixFilePermissions(elsewhere)).as("the link's target was not touched")
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void theDataDirectoryIsMade0700AndTheDatabaseFiles0600() throws Exception {
        Path data = dir.resolve("state/satlab");
        try (SqliteStore store = SqliteStore.open(data.resolve("satlab.db"))) {
            store.savePosition("alice", "sigmoid", 1, 3);
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(data.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            for (String f : new String[] {"satlab.db", "satlab.db-wal", "satlab.db-shm"}) {
                assertThat(Files.getPosixFilePermissions(data.resolve(f))).as(f)
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
        }
        // an older database others could read is made private when it is next opened
        Files.setPosixFilePermissions(data.resolve("satlab.db"), PosixFilePermissions.fromString("rw-r--r--"));
        try (SqliteStore store = SqliteStore.open(data.resolve("satlab.db"))) {
            assertThat(Files.getPosixFilePermissions(data.resolve("satlab.db")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }
}
