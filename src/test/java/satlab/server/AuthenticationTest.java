package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticationTest {
    static final int FAST = PasswordFile.MIN_ITERATIONS;

    @TempDir Path dir;
    LabFixture lab;

    @AfterEach
    void close() throws Exception {
        if (lab != null) lab.close();
    }

    LabFixture keysLab(String authorizedKeys) throws Exception {
        Path file = dir.resolve("authorized_keys");
        Files.writeString(file, authorizedKeys);
        lab = new LabFixture(dir.resolve("data"), new ServerConfig.Auth.Keys(file), ServerConfig.Limits.defaults(), new MenuTestApp());
        return lab;
    }

    LabFixture passwordLab() throws Exception {
        Path file = dir.resolve("passwords");
        Files.writeString(file, "alice:" + PasswordFile.hash("correct horse".toCharArray(), FAST, new SecureRandom()) + "\n");
        lab = new LabFixture(dir.resolve("data"), new ServerConfig.Auth.Passwords(file), ServerConfig.Limits.defaults(), new MenuTestApp());
        return lab;
    }

    static String line(KeyPair key, String comment) {
        return PublicKeyEntry.toString(key.getPublic()) + " " + comment + "\n";
    }

    @Test
    void aRegisteredKeyLogsInAsTheLearnerItsCommentNames() throws Exception {
        KeyPair alice = LabFixture.newKey();
        keysLab(line(alice, "alice@laptop"));
        lab.shell(lab.login("alice", alice), 80, 24).screen().await("learner alice");
    }

    @Test
    void anEd25519KeyTheOpenSshDefaultLogsIn() throws Exception {
        KeyPair alice = org.apache.sshd.common.config.keys.KeyUtils.generateKeyPair("ssh-ed25519", 256);
        keysLab(line(alice, "alice@laptop"));
        assertThat(line(alice, "alice")).startsWith("ssh-ed25519 ");
        lab.shell(lab.login("alice", alice), 80, 24).screen().await("learner alice");
    }

    @Test
    void anUnknownKeyIsRefusedAndLogged() throws Exception {
        keysLab(line(LabFixture.newKey(), "alice"));
        KeyPair stranger = LabFixture.newKey();
        assertThatThrownBy(() -> lab.login("alice", stranger)).hasMessageContaining("No more authentication methods");
        assertThat(lab.log()).contains("auth-failed user=alice").contains("method=publickey").contains("(not registered)");
    }

    @Test
    void aKeyCannotLogInAsAnotherLearner() throws Exception {
        KeyPair bob = LabFixture.newKey();
        keysLab(line(LabFixture.newKey(), "alice") + line(bob, "bob"));
        assertThatThrownBy(() -> lab.login("alice", bob)).isInstanceOf(Exception.class);
        assertThat(lab.log()).contains("auth-failed user=alice").contains("(registered for bob)");
    }

    @Test
    void passwordsCannotBeUsedWhenKeysAreRequired() throws Exception {
        keysLab(line(LabFixture.newKey(), "alice"));
        assertThatThrownBy(() -> lab.login("alice", "anything")).isInstanceOf(Exception.class);
    }

    @Test
    void keysAddedToTheFileWhileRunningAreAccepted() throws Exception {
        keysLab(line(LabFixture.newKey(), "alice"));
        KeyPair carol = LabFixture.newKey();
        Path file = dir.resolve("authorized_keys");
        Files.writeString(file, Files.readString(file) + line(carol, "carol"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        lab.shell(lab.login("carol", carol), 80, 24).screen().await("learner carol");
        assertThat(lab.log()).contains("reloaded");
    }

    @Test
    void accountsAddedChangedAndRemovedWhileRunningArePickedUp() throws Exception {
        passwordLab();
        Path file = dir.resolve("passwords");
        PasswordFile.addUsers(file, java.util.List.of(new PasswordFile.NewUser("bob", "staple-battery", 1)), FAST,
                new SecureRandom());
        PasswordFile.setPassword(file, "alice", "new horse battery".toCharArray(), FAST);
        lab.shell(lab.login("bob", "staple-battery"), 80, 24).screen().await("learner bob");
        assertThatThrownBy(() -> lab.login("alice", "correct horse")).isInstanceOf(Exception.class);
        lab.shell(lab.login("alice", "new horse battery"), 80, 24).screen().await("learner alice");
        lab.awaitLog("rehashed user=alice");
        PasswordFile.removeUser(file, "bob");
        assertThatThrownBy(() -> lab.login("bob", "staple-battery")).isInstanceOf(Exception.class);
        assertThat(lab.log()).contains("reloaded");
    }

    @Test
    void theRightPasswordLogsInAndAnOldHashIsUpgradedAfterwards() throws Exception {
        passwordLab();
        lab.shell(lab.login("alice", "correct horse"), 80, 24).screen().await("learner alice");
        lab.awaitLog("rehashed user=alice iterations=" + PasswordFile.DEFAULT_ITERATIONS);
        assertThat(Files.readString(dir.resolve("passwords"))).startsWith("alice:pbkdf2-sha256$600000$");
        assertThat(PasswordFile.load(dir.resolve("passwords")).verify("alice", "correct horse")).isTrue();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheLogNeverHoldsIt() throws Exception {
        passwordLab();
        assertThatThrownBy(() -> lab.login("alice", "wrong horse battery")).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> lab.login("mallory", "correct horse")).isInstanceOf(Exception.class);
        assertThat(lab.log()).contains("auth-failed user=alice").contains("auth-failed user=mallory").contains("method=password")
                .doesNotContain("wrong horse").doesNotContain("correct horse");
    }

    @Test
    void openModeLetsAnyValidNameInButRefusesOddNames() throws Exception {
        lab = new LabFixture(dir, new ServerConfig.Auth.Open(), ServerConfig.Limits.defaults(), new MenuTestApp());
        lab.shell(lab.connect("zoe"), 80, 24).screen().await("learner zoe");
        LabFixture.Shell odd = lab.shell(lab.connect("../etc"), 80, 24);
        assertThat(odd.awaitClosed(LabFixture.WAIT)).isTrue();
        assertThat(odd.screen().text()).contains("not a valid learner name");
    }

    @Test
    void aFileWithNoUsableKeyStopsTheStartWithTheReason() throws Exception {
        Path file = dir.resolve("authorized_keys");
        Files.writeString(file, "not a key\n");
        assertThatThrownBy(() -> LabServer.start(new ServerConfig("127.0.0.1", 0, dir, new ServerConfig.Auth.Keys(file),
                        ServerConfig.Limits.defaults()), new MenuTestApp(), new java.io.PrintWriter(new java.io.StringWriter())))
                .isInstanceOf(LabConfigException.class)
                .hasMessageContaining("no usable key in " + file)
                .hasMessageContaining(file + ":1: skipped");
    }
}
