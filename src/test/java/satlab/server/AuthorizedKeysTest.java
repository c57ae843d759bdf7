package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorizedKeysTest {
    @TempDir Path dir;

    @Test
    void eachKeyBelongsToTheLearnerBeforeTheAtSignOfItsComment() throws Exception {
        KeyPair alice = LabFixture.newKey();
        KeyPair bob = LabFixture.newKey();
        Path file = dir.resolve("keys");
        Files.writeString(file, "# class of 2026\n\n" + AuthenticationTest.line(alice, "alice@laptop")
                + "no-pty " + AuthenticationTest.line(bob, "bob"));
        AuthorizedKeys keys = AuthorizedKeys.load(file);
        assertThat(keys.entries()).extracting(AuthorizedKeys.Entry::learner).containsExactly("alice", "bob");
        assertThat(keys.accepts("alice", alice.getPublic())).isTrue();
        assertThat(keys.accepts("bob", alice.getPublic())).isFalse();
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
