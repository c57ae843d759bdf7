package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who gets the lab console: named on the command line or in a file trusted as the password file is. */
class InstructorsTest {
    @TempDir Path dir;
    final StringWriter logged = new StringWriter();
    final ServerLog log = new ServerLog(new PrintWriter(logged, true));

    @Test
    void namesFromTheCommandLineAndTheFileWithCommentsAndBlankLines() throws Exception {
        Path file = dir.resolve("instructors");
        Files.writeString(file, "# the course's staff\nmaria\n\n  li.wei  \n");
        Instructors i = Instructors.of(List.of("teach", " ta "), file, log);
        assertThat(List.of("teach", "ta", "maria", "li.wei")).allMatch(i::contains);
        assertThat(i.contains("alice")).isFalse();
        assertThat(i.contains("#")).isFalse();
        assertThat(i.any()).isTrue();
        assertThat(Instructors.none().any()).isFalse();
        assertThat(Instructors.none().contains("teach")).isFalse();
    }

    @Test
    void aNameNobodyCouldLogInWithIsRefusedSayingWhere() throws Exception {
        assertThatThrownBy(() -> Instructors.of(List.of("bad name"), null, log)).isInstanceOf(LabConfigException.class)
                .hasMessageContaining("--instructors: 'bad name' is not a name anyone can log in with");
        Path file = dir.resolve("instructors");
        Files.writeString(file, "maria\nbob;rm\n");
        assertThatThrownBy(() -> Instructors.of(List.of(), file, log))
                .hasMessageContaining(file + ":2: 'bob;rm'").hasMessageContaining(LearnerNames.RULE);
        assertThatThrownBy(() -> Instructors.of(List.of(), dir.resolve("missing"), log))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFileOthersCanWriteIsNotTrusted() throws Exception {
        Path file = dir.resolve("instructors");
        Files.writeString(file, "maria\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        assertThatThrownBy(() -> Instructors.of(List.of(), file, log)).isInstanceOf(LabConfigException.class)
                .hasMessageContaining("instructors file " + file).hasMessageContaining("chmod go-w");
    }

    @Test
    void aChangedFileIsReadAgainAndABadChangeKeepsTheLastGoodList() throws Exception {
        Path file = dir.resolve("instructors");
        Files.writeString(file, "maria\n");
        Instructors i = Instructors.of(List.of(), file, log);
        assertThat(i.contains("maria")).isTrue();
        Files.writeString(file, "maria\nomar\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(i.contains("omar")).isTrue();
        Files.writeString(file, "not a name!\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(i.contains("omar")).isTrue();
        assertThat(logged.toString()).contains("not reloaded").contains("still using the previous version");
        Files.writeString(file, "omar\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(15)));
        assertThat(i.contains("maria")).as("a world-writable change is not trusted").isTrue();
    }
}
