package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer of a password file holds one lock across read, change and rename, between
 * processes (a child JVM) and between threads of one: no writer undoes another's change, and a
 * login's hash upgrade skips, rather than waits, while someone else writes.
 */
class PasswordFileLockTest {

    @TempDir Path dir;

    private Path file() throws LabConfigException {
        Path file = dir.resolve("passwords");
        PasswordFile.addUser(file, "ada", "ada-secret-1".toCharArray(), PasswordFile.MIN_ITERATIONS);
        return file;
    }

    private Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                PasswordWriterChild.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(dir.resolve("child.err").toFile()).start();
    }

    private static String firstLine(Process p) throws IOException {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
    }

    private static void addOne(Path file, String name) throws LabConfigException {
        PasswordFile.addUsers(file, List.of(new PasswordFile.NewUser(name, "password-" + name, 1)),
                PasswordFile.MIN_ITERATIONS, new SecureRandom());
    }

    @Test
    void twoProcessesRewritingAtOnceLoseNoAccount() throws Exception {
        Path file = file();
        int each = 40;
        Process other = child("add", file.toString(), "c", Integer.toString(each));
        for (int i = 0; i < each; i++) {
            addOne(file, "p" + i);
            if (i % 10 == 0) PasswordFile.setPassword(file, "ada", ("ada-secret-" + i).toCharArray(), PasswordFile.MIN_ITERATIONS);
        }
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).as(Files.readString(dir.resolve("child.err"))).isZero();
        PasswordFile after = PasswordFile.load(file);
        assertThat(after.size()).isEqualTo(1 + 2 * each);
        for (int i = 0; i < each; i++) {
            assertThat(after.contains("p" + i)).as("p" + i).isTrue();
            assertThat(after.contains("c" + i)).as("c" + i).isTrue();
            assertThat(after.verify("c" + i, "password" + i)).isTrue();
        }
        assertThat(after.verify("ada", "ada-secret-30")).isTrue();
    }

    @Test
    void whileAnotherProcessWritesALoginSkipsItsUpgradeAndTheCommandLineWaits() throws Exception {
        Path file = file();
        byte[] before = Files.readAllBytes(file);
        Process holder = child("hold", file.toString());
        try {
            assertThat(firstLine(holder)).isEqualTo("locked");
            assertThat(PasswordFile.upgrade(file, "ada", "ada-secret-1".toCharArray(), PasswordFile.DEFAULT_ITERATIONS))
                    .isEqualTo(PasswordFile.Upgrade.BUSY);
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            CompletableFuture<Void> passwd = CompletableFuture.runAsync(() -> {
                try {
                    PasswordFile.setPassword(file, "ada", "ada-secret-2".toCharArray(), PasswordFile.MIN_ITERATIONS);
                } catch (LabConfigException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(passwd).isNotDone();
            holder.getOutputStream().close(); // the other writer finishes
            passwd.get(10, TimeUnit.SECONDS);
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(PasswordFile.load(file).verify("ada", "ada-secret-2")).isTrue();
        // The next login upgrades: nobody holds the lock now.
        assertThat(PasswordFile.upgrade(file, "ada", "ada-secret-2".toCharArray(), 2 * PasswordFile.MIN_ITERATIONS))
                .isEqualTo(PasswordFile.Upgrade.DONE);
        assertThat(PasswordFile.load(file).verify("ada", "ada-secret-2")).isTrue();
        assertThat(PasswordFileLock.lockFile(file)).exists();
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(PasswordFileLock.lockFile(file)))).isEqualTo("rw-------");
        }
    }

    @Test
    void threadsOfOneProcessTakeTurnsToo() throws Exception {
        Path file = file();
        int each = 25;
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (String prefix : List.of("a", "b")) {
            writers.add(CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < each; i++) addOne(file, prefix + i);
                } catch (LabConfigException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<Void> w : writers) w.get(60, TimeUnit.SECONDS);
        assertThat(PasswordFile.load(file).size()).isEqualTo(1 + 2 * each);
        // A login in the same process as a writer holding the lock skips too.
        try (PasswordFileLock held = PasswordFileLock.acquire(file, PasswordFileLock.WAIT)) {
            assertThat(CompletableFuture.supplyAsync(() -> {
                try {
                    return PasswordFile.upgrade(file, "ada", "ada-secret-1".toCharArray(), PasswordFile.DEFAULT_ITERATIONS);
                } catch (LabConfigException e) {
                    throw new IllegalStateException(e);
                }
            }).get(10, TimeUnit.SECONDS)).isEqualTo(PasswordFile.Upgrade.BUSY);
        }
    }
}
