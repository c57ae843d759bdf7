package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import satlab.server.PasswordFile;

class ServeCommandTest {
    @TempDir Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String stdin, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ServeCommand serve = cl.getSubcommands().get("serve").getCommand();
        serve.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        return cl.execute(args);
    }

    @Test
    void addUserReadsThePasswordFromStdinWithoutAConsoleAndAppendsAHash() throws Exception {
        Path file = dir.resolve("pw");
        assertThat(run("horse-battery\n", "serve", "--add-user", "alice", "--passwords", file.toString())).isZero();
        assertThat(out.toString()).contains("added alice to " + file);
        assertThat(PasswordFile.load(file).verify("alice", "horse-battery")).isTrue();
        assertThat(Files.readString(file)).startsWith("alice:pbkdf2-sha256$" + PasswordFile.DEFAULT_ITERATIONS + "$")
                .doesNotContain("horse");
    }

    @Test
    void addUserDefaultsToThePasswordFileInTheDataDirectory() throws Exception {
        assertThat(run("horse-battery\n", "serve", "--add-user", "bob", "--data", dir.toString())).isZero();
        assertThat(PasswordFile.load(dir.resolve("passwords")).contains("bob")).isTrue();
    }

    @Test
    void addUserWithNoPasswordOrAShortOneSaysWhy() {
        assertThat(run("", "serve", "--add-user", "bob", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no password on standard input");
        assertThat(run("short\n", "serve", "--add-user", "bob", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("at least 8 characters");
        assertThat(dir.resolve("passwords")).doesNotExist();
    }

    @Test
    void servingNeedsAnAuthModeAndItsFile() {
        assertThat(run("", "serve", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("choose who may log in: --auth keys");
        assertThat(run("", "serve", "--auth", "keys", "--data", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--auth keys needs --authorized-keys FILE");
        assertThat(run("", "serve", "--auth", "passwords", "--data", dir.toString(), "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read password file " + dir.resolve("passwords"))
                .contains("--add-user NAME");
    }

    @Test
    void instructorsThatCannotBeTrustedOrCannotLogInStopTheStartSayingWhy() throws Exception {
        assertThat(run("", "serve", "--auth", "open", "--port", "0", "--data", dir.resolve("d").toString(),
                "--instructors", "teach,not a name")).isEqualTo(2);
        assertThat(err.toString()).contains("--instructors: 'not a name' is not a name anyone can log in with");
        Path file = dir.resolve("staff");
        Files.writeString(file, "teach\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThat(run("", "serve", "--auth", "open", "--port", "0", "--data", dir.resolve("d").toString(),
                "--instructors-file", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("instructors file " + file).contains("chmod go-w");
        assertThat(run("", "serve", "--auth", "open", "--help-after", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration");
    }

    @Test
    void badOptionValuesGetAUsageMessage() {
        assertThat(run("", "serve", "--auth", "open", "--idle-timeout", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration; write e.g. 90s, 30m or 8h");
        assertThat(run("", "serve", "--auth", "sometimes")).isEqualTo(2);
        assertThat(err.toString()).contains("--auth").contains("keys, passwords, open");
    }

    @Test
    void durationsReadAsInstructorsWriteThem() {
        ServeCommand.DurationConverter c = new ServeCommand.DurationConverter();
        assertThat(c.convert("90s")).hasSeconds(90);
        assertThat(c.convert("30m")).hasMinutes(30);
        assertThat(c.convert("8h")).hasHours(8);
        assertThat(c.convert("45")).hasMinutes(45);
    }
}
