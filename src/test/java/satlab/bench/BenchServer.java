package satlab.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import satlab.server.LabServer;
import satlab.server.ServerConfig;

/**
 * The server side of bench/server, in its own JVM so its memory is measured alone. Serves with
 * open auth on 127.0.0.1, prints {@code port=N}, then answers {@code stats} lines on stdin with
 * heap after GC, RSS, threads and CPU time, and {@code cpu} lines with CPU time alone (no GC), until
 * it reads {@code quit}.
 * Usage: BenchServer APP DATA_DIR [PASSWORD_FILE] (APP: menu or tutor; with a password file,
 * learners log in with passwords, as the attack run needs for its brute force).
 */
public final class BenchServer {
    private BenchServer() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[1]);
        ServerConfig.Limits limits = ServerConfig.Limits.defaults().withMaxSessions(1000).withConnectionsPerMinute(100_000);
        PrintWriter err = new PrintWriter(Files.newBufferedWriter(data.resolveSibling(data.getFileName() + ".log")), true);
        ServerConfig.Auth auth = args.length > 2 ? new ServerConfig.Auth.Passwords(Path.of(args[2])) : new ServerConfig.Auth.Open();
        LabServer server = LabServer.start(new ServerConfig("127.0.0.1", 0, data, auth, limits), BenchApps.named(args[0], data), err);
        System.out.println("port=" + server.port());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null && !line.equals("quit")) {
            if (line.equals("stats")) System.out.println(stats(server));
            if (line.equals("cpu")) System.out.println("cpu=" + cpuNanos());
        }
        server.stop();
        err.close();
    }

    static String stats(LabServer server) throws IOException, InterruptedException {
        // CPU first: the collections below must not count as the sessions' CPU
        long cpu = cpuNanos();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        return "heap=" + heap + " committed=" + committed + " rss=" + rssBytes(ProcessHandle.current().pid())
                + " threads=" + ManagementFactory.getThreadMXBean().getThreadCount() + " cpu=" + cpu
                + " sessions=" + server.activeSessions() + " fds=" + fds(ProcessHandle.current().pid());
    }

    static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Open file descriptors from /proc (Linux). */
    static long fds(long pid) {
        String[] entries = new java.io.File("/proc/" + pid + "/fd").list();
        return entries == null ? -1 : entries.length;
    }

    /** Resident set size from /proc (Linux). */
    static long rssBytes(long pid) throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (l.startsWith("VmRSS:")) return Long.parseLong(l.replaceAll("\\D", "")) * 1024;
        }
        return -1;
    }
}
