package satlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is ever lost: a child JVM answering quizzes is killed with SIGKILL at random
 * moments, 20 times; after each kill the database opens, passes {@code PRAGMA integrity_check} and
 * holds every answer the child acknowledged.
 */
class KillTest {

    static final int ROUNDS = 20;

    @TempDir Path dir;

    @Test
    void sigkillAtRandomMomentsLosesNoAcknowledgedAnswer() throws Exception {
        Path file = dir.resolve("satlab.db");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        int roundsWithAnswers = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String context = "round " + round + " (seed " + seed + ")";
            int before = acknowledged.size();
            runAndKill(file, round, random, acknowledged, context);
            if (acknowledged.size() > before) roundsWithAnswers++;

            assertThat(integrityCheck(file)).as(context).isEqualTo("ok");
            try (SqliteStore store = SqliteStore.open(file)) {
                Set<String> stored = store.history(Optional.empty()).stream()
                        .map(a -> a.record().answer())
                        .collect(Collectors.toSet());
                assertThat(stored).as(context).containsAll(acknowledged);
            }
        }
        assertThat(roundsWithAnswers).as("kills must mostly land while answers are being written").isGreaterThanOrEqualTo(ROUNDS / 2);
    }

    /** Half the kills come at a random moment after start (maybe while opening), half after the first answer. */
    private void runAndKill(Path file, int round, Random random, Set<String> acknowledged, String context)
            throws IOException, InterruptedException {
        Path errors = dir.resolve("child-" + round + ".err");
        Process child = new ProcessBuilder(childCommand(file, round))
                .redirectError(errors.toFile())
                .start();
        CountDownLatch answering = new CountDownLatch(1);
        Thread reader = new Thread(() -> readAcks(child, acknowledged, answering));
        reader.start();
        if (round % 2 == 0) {
            Thread.sleep(random.nextInt(1000));
        } else {
            boolean ready = answering.await(20, TimeUnit.SECONDS);
            assertThat(ready).as(context + ": child never acknowledged an answer; it said: " + Files.readString(errors)).isTrue();
            Thread.sleep(random.nextInt(150));
        }
        assertThat(child.isAlive()).as(context + ": child died by itself; it said: " + Files.readString(errors)).isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).as(context).isTrue();
        reader.join(20_000);
    }

    private List<String> childCommand(Path file, int round) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xshare:auto");
        // The native library the child unpacks would outlive a SIGKILL in /tmp; keep it in the test's directory.
        command.add("-Dorg.sqlite.tmpdir=" + dir);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(KillChild.class.getName());
        command.add(file.toString());
        command.add(Integer.toString(round));
        return command;
    }

    /** Only complete lines count: a line cut short by the kill was not an acknowledgement. */
    private static void readAcks(Process child, Set<String> acknowledged, CountDownLatch answering) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("ack") && parts[2].equals("ok")) {
                    acknowledged.add(parts[1]);
                    answering.countDown();
                }
            }
        } catch (IOException e) {
            // The pipe breaks when the child is killed; what was read so far is what counts.
        }
    }

    private static String integrityCheck(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
