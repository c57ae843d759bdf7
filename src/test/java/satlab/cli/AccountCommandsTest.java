package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import satlab.server.PasswordFile;

/** {@code serve --add-users FILE}, {@code --passwd NAME}, {@code --remove-user NAME}. */
class AccountCommandsTest {

    @TempDir Path dir;
    Path passwords;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void paths() {
        passwords = dir.resolve("passwords");
    }

    int run(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        serve.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return cl.execute(args);
    }

    private Path users(String text) throws Exception {
        return Files.writeString(dir.resolve("class.csv"), text);
    }

    @Test
    void addUsersHashesGivenPasswordsAndPrintsGeneratedOnesOnce() throws Exception {
        Path list = users("name,password\nalice,horse-battery\n# bob gets one made\nbob\n\ncy,\n");
        assertThat(run("", "serve", "--add-users", list.toString(), "--passwords", passwords.toString())).isZero();
        assertThat(out.toString()).contains("added 3 users to " + passwords).doesNotContain("alice,");
        Matcher bob = Pattern.compile("  bob,(\\S+)").matcher(out.toString());
        Matcher cy = Pattern.compile("  cy,(\\S+)").matcher(out.toString());
        assertThat(bob.find()).isTrue();
        assertThat(cy.find()).isTrue();
        assertThat(bob.group(1)).hasSizeGreaterThanOrEqualTo(PasswordFile.MIN_PASSWORD_LENGTH).isNotEqualTo(cy.group(1));
        PasswordFile file = PasswordFile.load(passwords);
        assertThat(file.verify("alice", "horse-battery")).isTrue();
        assertThat(file.verify("bob", bob.group(1))).isTrue();
        assertThat(file.verify("cy", cy.group(1))).isTrue();
        assertThat(Files.readString(passwords)).doesNotContain("horse").doesNotContain(bob.group(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-------");
    }

    @Test
    void aNewDataDirectoryForThePasswordsIsPrivate() throws Exception {
        Path inNew = dir.resolve("fresh").resolve("lab").resolve("passwords");
        assertThat(run("", "serve", "--add-users", users("alice,horse-battery\n").toString(), "--passwords",
                inNew.toString())).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(inNew.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(inNew))).isEqualTo("rw-------");
    }

    @Test
    void badLinesAreAllReportedAndNothingIsWritten() throws Exception {
        Path list = users("alice,short\nbad name!,horse-battery\nbob\nbob\n");
        assertThat(run("", "serve", "--add-users", list.toString(), "--passwords", passwords.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(list + ":1: alice's password has fewer than 8 characters")
                .contains(list + ":2: user name 'bad name!' is not valid")
                .contains(list + ":4: bob is already on line 3");
        assertThat(passwords).doesNotExist();
    }

    @Test
    void addingSomeoneAlreadyThereAddsNobody() throws Exception {
        assertThat(run("horse-battery\n", "serve", "--add-user", "alice", "--passwords", passwords.toString())).isZero();
        String before = Files.readString(passwords);
        Path list = users("bob\nalice\n");
        assertThat(run("", "serve", "--add-users", list.toString(), "--passwords", passwords.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("already in " + passwords + ": alice; nothing was added");
        assertThat(Files.readString(passwords)).isEqualTo(before);
    }

    @Test
    void passwdReplacesOneHashAndKeepsTheRestAndTheFilesMode() throws Exception {
        assertThat(run("", "serve", "--add-users", users("alice,horse-battery\nbob,staple-correct\n").toString(),
                "--passwords", passwords.toString())).isZero();
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-r-----"));
        String bobLine = Files.readAllLines(passwords).get(1);
        assertThat(run("new-horse-battery\n", "serve", "--passwd", "alice", "--passwords", passwords.toString())).isZero();
        assertThat(out.toString()).contains("new password for alice");
        PasswordFile file = PasswordFile.load(passwords);
        assertThat(file.verify("alice", "new-horse-battery")).isTrue();
        assertThat(file.verify("alice", "horse-battery")).isFalse();
        assertThat(Files.readAllLines(passwords)).hasSize(2).element(1).isEqualTo(bobLine);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords))).isEqualTo("rw-r-----");
        assertThat(run("short\n", "serve", "--passwd", "alice", "--passwords", passwords.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("at least 8 characters");
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("passwords", "passwords.lock", "class.csv");
    }

    @Test
    void removeUserTakesOneOutAndAnUnknownNameGetsASuggestion() throws Exception {
        assertThat(run("", "serve", "--add-users", users("alice,horse-battery\nbob,staple-correct\n").toString(),
                "--passwords", passwords.toString())).isZero();
        assertThat(run("", "serve", "--remove-user", "bob", "--passwords", passwords.toString())).isZero();
        PasswordFile file = PasswordFile.load(passwords);
        assertThat(file.contains("bob")).isFalse();
        assertThat(file.verify("alice", "horse-battery")).isTrue();
        assertThat(run("", "serve", "--remove-user", "alcie", "--passwords", passwords.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no user 'alcie' in " + passwords + "; did you mean 'alice'?");
        assertThat(run("x-password\n", "serve", "--passwd", "nobody", "--passwords", passwords.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no user 'nobody'");
    }

    @Test
    void oneAccountActionAtATime() {
        assertThat(run("", "serve", "--remove-user", "a", "--passwd", "b", "--passwords", passwords.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("one of --add-user, --add-users, --passwd and --remove-user");
    }
}
