package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFileTest {
    static final int FAST = PasswordFile.MIN_ITERATIONS;

    @TempDir Path dir;

    @Test
    void theHashCarriesSchemeIterationsAndSaltAndVerifiesOnlyTheRightPassword() throws Exception {
        String hash = PasswordFile.hash("s3cret-pass".toCharArray(), 2000, new SecureRandom());
        assertThat(hash).matches("pbkdf2-sha256\\$2000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        Path file = dir.resolve("pw");
        Files.writeString(file, "alice:" + hash + "\n");
        PasswordFile pw = PasswordFile.load(file);
        assertThat(pw.verify("alice", "s3cret-pass")).isTrue();
        assertThat(pw.verify("alice", "s3cret-pasS")).isFalse();
        assertThat(pw.verify("bob", "s3cret-pass")).isFalse();
    }

    @Test
    void everyCheckCostsWhatTheDearestHashInTheFileCostsSoTimingTellsNoNames() throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "alice:" + PasswordFile.hash("password-a".toCharArray(), 2_000, new SecureRandom()) + "\n"
                + "bob:" + PasswordFile.hash("password-b".toCharArray(), 20_000, new SecureRandom()) + "\n");
        PasswordFile pw = PasswordFile.load(file);
        assertThat(pw.iterationsFor("alice")).isEqualTo(20_000);
        assertThat(pw.iterationsFor("bob")).isEqualTo(20_000);
        assertThat(pw.iterationsFor("nobody-here")).isEqualTo(20_000);
        assertThat(pw.verify("alice", "password-a")).isTrue();
        assertThat(pw.verify("nobody-here", "password-a")).isFalse();
        assertThat(pw.needsUpgrade("alice")).isTrue();
        assertThat(PasswordFile.DEFAULT_ITERATIONS).as("OWASP's current figure for PBKDF2-HMAC-SHA256").isEqualTo(600_000);
    }

    @Test
    void anUpgradeRewritesOnlyThatUsersLineAndKeepsTheFilesMode() throws Exception {
        Path file = dir.resolve("pw");
        String bobLine = "bob:" + PasswordFile.hash("password-b".toCharArray(), FAST, new SecureRandom());
        Files.writeString(file, "# lab 3\nalice:" + PasswordFile.hash("password-a".toCharArray(), FAST, new SecureRandom())
                + "\n" + bobLine + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        PasswordFile.upgrade(file, "alice", "password-a".toCharArray(), 5_000);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("# lab 3");
        assertThat(lines.get(1)).startsWith("alice:pbkdf2-sha256$5000$");
        assertThat(lines.get(2)).isEqualTo(bobLine);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-r-----"));
        PasswordFile reloaded = PasswordFile.load(file);
        assertThat(reloaded.verify("alice", "password-a")).isTrue();
        assertThat(reloaded.verify("bob", "password-b")).isTrue();
        // No temporary file left; the writers' lock file stays (see PasswordFileLock).
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("pw", "pw.lock");
    }

    @Test
    void twoHashesOfOnePasswordDifferBecauseOfTheSalt() {
        SecureRandom random = new SecureRandom();
        assertThat(PasswordFile.hash("same-password".toCharArray(), FAST, random))
                .isNotEqualTo(PasswordFile.hash("same-password".toCharArray(), FAST, random));
    }

    @Test
    void addUserAppendsAPrivateFileAndRefusesDuplicatesAndShortPasswords() throws Exception {
        Path file = dir.resolve("sub/passwords");
        PasswordFile.addUser(file, "alice", "password-1".toCharArray(), FAST);
        PasswordFile.addUser(file, "bob", "password-2".toCharArray(), FAST);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        PasswordFile pw = PasswordFile.load(file);
        assertThat(pw.size()).isEqualTo(2);
        assertThat(pw.verify("bob", "password-2")).isTrue();
        assertThat(Files.readString(file)).doesNotContain("password-");
        assertThatThrownBy(() -> PasswordFile.addUser(file, "alice", "password-3".toCharArray(), FAST))
                .hasMessageContaining("alice already has a password in " + file);
        assertThatThrownBy(() -> PasswordFile.addUser(file, "carol", "short".toCharArray(), FAST))
                .hasMessageContaining("at least 8 characters");
        assertThatThrownBy(() -> PasswordFile.addUser(file, "a b", "long enough".toCharArray(), FAST))
                .hasMessageContaining("'a b' is not valid");
    }

    @Test
    void badLinesAreReportedWithFileAndLine() throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "# comment\nalice:" + PasswordFile.hash("password-1".toCharArray(), FAST, new SecureRandom())
                + "\nbob:md5$abc\n");
        assertThatThrownBy(() -> PasswordFile.load(file)).isInstanceOf(LabConfigException.class)
                .hasMessageStartingWith(file + ":3: the hash for 'bob' is not pbkdf2-sha256");
        Files.writeString(file, "just-a-name\n");
        assertThatThrownBy(() -> PasswordFile.load(file)).hasMessageStartingWith(file + ":1: expected user:");
        String h = PasswordFile.hash("password-1".toCharArray(), FAST, new SecureRandom());
        Files.writeString(file, "alice:" + h + "\nalice:" + h + "\n");
        assertThatThrownBy(() -> PasswordFile.load(file)).hasMessageStartingWith(file + ":2: user 'alice' appears twice");
    }
}
