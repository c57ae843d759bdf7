package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorizedKeysTest {
    static final InetAddress LOCAL = InetAddress.getLoopbackAddress();

    @TempDir Path dir;

    static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void aFromOptionLimitsWhereTheKeyLogsInFrom() throws Exception {
        KeyPair alice = LabFixture.newKey();
        KeyPair bob = LabFixture.newKey();
        Path file = dir.resolve("keys");
        Files.writeString(file, "from=\"10.0.0.0/8,!10.1.*\" " + AuthenticationTest.line(alice, "alice")
                + "from=\"192.168.1.?,::1\",no-pty " + AuthenticationTest.line(bob, "bob"));
        AuthorizedKeys keys = AuthorizedKeys.load(file);
        assertThat(keys.warnings()).isEmpty();
        assertThat(keys.accepts("alice", alice.getPublic(), ip("10.2.3.4"))).isTrue();
        assertThat(keys.accepts("alice", alice.getPublic(), ip("10.1.3.4"))).as("excluded by !10.1.*").isFalse();
        assertThat(keys.accepts("alice", alice.getPublic(), ip("127.0.0.1"))).isFalse();
        assertThat(keys.accepts("alice", alice.getPublic(), null)).isFalse();
        assertThat(keys.accepts("bob", bob.getPublic(), ip("192.168.1.7"))).isTrue();
        assertThat(keys.accepts("bob", bob.getPublic(), ip("192.168.1.17"))).isFalse();
        assertThat(keys.accepts("bob", bob.getPublic(), ip("0:0:0:0:0:0:0:1"))).isTrue();
    }

    @Test
    void aFromOptionNamingAHostIsWarnedAboutAndMatchesNothing() throws Exception {
        KeyPair alice = LabFixture.newKey();
        Path file = dir.resolve("keys");
        Files.writeString(file, "from=\"*.lab.example.edu\" " + AuthenticationTest.line(alice, "alice")
                + "from=\"10.0.0.0/99\" " + AuthenticationTest.line(LabFixture.newKey(), "bob"));
        AuthorizedKeys keys = AuthorizedKeys.load(file);
        assertThat(keys.warnings()).hasSize(2);
        assertThat(keys.warnings().get(0)).startsWith(file + ":1: ").contains("'*.lab.example.edu' names a host")
                .contains("not looked up");
        assertThat(keys.warnings().get(1)).startsWith(file + ":2: skipped").contains("out of range");
        assertThat(keys.accepts("alice", alice.getPublic(), LOCAL)).isFalse();
    }

    @Test
    void oneKeyUnderTwoNamesAndACommentOfSeveralWordsAreWarnedAbout() throws Exception {
        KeyPair shared = LabFixture.newKey();
        Path file = dir.resolve("keys");
        Files.writeString(file, AuthenticationTest.line(shared, "alice") + AuthenticationTest.line(shared, "bob")
                + AuthenticationTest.line(LabFixture.newKey(), "Erin Smith"));
        AuthorizedKeys keys = AuthorizedKeys.load(file);
        assertThat(keys.warnings()).hasSize(2);
        assertThat(keys.warnings().get(0)).startsWith(file + ":2: ").contains("also listed for 'alice' (line 1)")
                .contains("log in as either");
        assertThat(keys.warnings().get(1)).startsWith(file + ":3: ").contains("'Erin Smith'").contains("as 'Erin'");
    }

    @Test
    void eachKeyBelongsToTheLearnerBeforeTheAtSignOfItsComment() throws Exception {
        KeyPair alice = LabFixture.newKey();
        KeyPair bob = LabFixture.newKey();
        Path file = dir.resolve("keys");
        Files.writeString(file, "# class of 2026\n\n" + AuthenticationTest.line(alice, "alice@laptop")
                + "no-pty " + AuthenticationTest.line(bob, "bob"));
        AuthorizedKeys keys = AuthorizedKeys.load(file);
        assertThat(keys.entries()).extracting(AuthorizedKeys.Entry::learner).containsExactly("alice", "bob");
        assertThat(keys.accepts("alice", alice.getPublic(), LOCAL)).isTrue();
        assertThat(keys.accepts("bob", alice.getPublic(), LOCAL)).isFalse();
        assertThat(keys.ownerOf(bob.getPublic())).isEqualTo("bob");
        assertThat(keys.warnings()).isEmpty();
    }

    @Test
    void unusableLinesAreSkippedWithTheirLineNumber() throws Exception {
        KeyPair alice = LabFixture.newKey();
        Path file = dir.resolve("keys");
        String noComment = AuthenticationTest.line(LabFixture.newKey(), "").strip() + "\n";
        Files.writeString(file, AuthenticationTest.line(alice, "alice") + "garbage\n" + noComment
                + AuthenticationTest.line(LabFixture.newKey(), "x/y"));
        AuthorizedKeys keys = AuthorizedKeys.load(file);
        assertThat(keys.entries()).hasSize(1);
        assertThat(keys.warnings()).hasSize(3);
        assertThat(keys.warnings().get(0)).startsWith(file + ":2: skipped");
        assertThat(keys.warnings().get(1)).startsWith(file + ":3: skipped").contains("comment naming its learner");
        assertThat(keys.warnings().get(2)).startsWith(file + ":4: skipped").contains("'x/y' is not valid");
    }

    @Test
    void aMissingFileIsAClearError() {
        Path file = dir.resolve("nope");
        assertThatThrownBy(() -> AuthorizedKeys.load(file)).isInstanceOf(LabConfigException.class)
                .hasMessageStartingWith("cannot read authorized keys file " + file);
    }
}
