package satlab.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training playground's epoch ({@link TrainingBenchmark#EPOCH}) from two or more builds of satlab, side by
 * side in one JVM: each build's classes get a class loader of their own, and the builds take turns, ten
 * epochs at a time, so load from elsewhere on the machine falls on all of them alike. Prints each build's
 * median and best thread CPU time per epoch and the median of the first build's time over each other's in
 * the same round: the ratio to trust on a noisy machine. Every build restarts its network every ten rounds,
 * so all of them train through the same epochs.
 *
 * <p>Run with {@code bench/training-side-by-side DIR DIR...}, each DIR a build's {@code target/classes}.
 */
public final class TrainingSideBySide {

    private TrainingSideBySide() {}

    private record Build(String name, Method build, Method epoch, Object config) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: TrainingSideBySide ROUNDS CLASSES_DIR CLASSES_DIR...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        List<Build> builds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) builds.add(load(args[i]));
        Object[] nets = new Object[builds.size()];
        for (int b = 0; b < nets.length; b++) nets[b] = builds.get(b).build().invoke(null, builds.get(b).config());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double eta = TrainingBenchmark.EPOCH.eta();
        for (int w = 0; w < 300; w++) {
            for (int b = 0; b < nets.length; b++) builds.get(b).epoch().invoke(nets[b], eta);
        }
        double[][] ms = new double[nets.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int b = 0; b < nets.length; b++) {
                Build build = builds.get(b);
                if (r % 10 == 0) nets[b] = build.build().invoke(null, build.config());
                long t = threads.getCurrentThreadCpuTime();
                for (int e = 0; e < 10; e++) build.epoch().invoke(nets[b], eta);
                ms[b][r] = (threads.getCurrentThreadCpuTime() - t) / 10e6;
            }
        }
        System.out.printf("one epoch (4 x 64 sigmoid, 1000 points, batch 32), thread CPU time, %d rounds of 10 epochs"
                + " each, builds in turn:%n", rounds);
        for (int b = 0; b < nets.length; b++) {
            double[] sorted = ms[b].clone();
            Arrays.sort(sorted);
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) ratio[r] = ms[0][r] / ms[b][r];
            Arrays.sort(ratio);
            System.out.printf("  %-50s median %.2f ms, best %.2f ms, first / this %.3f%n", builds.get(b).name(),
                    sorted[rounds / 2], sorted[0], ratio[rounds / 2]);
        }
    }

    /** One build's Mlp and the benchmark's configuration, both through a class loader that sees only it. */
    private static Build load(String classes) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(new File(classes).toURI().toURL());
        // The benchmark's own classes (for EPOCH) and satlab's dependencies, from this build's class path.
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.endsWith(File.separator + "classes") && !entry.endsWith(File.separator + "classes" + File.separator)) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        Field field = loader.loadClass(TrainingBenchmark.class.getName()).getDeclaredField("EPOCH");
        field.setAccessible(true);
        Object config = field.get(null);
        Class<?> mlp = loader.loadClass("satlab.sim.Mlp");
        return new Build(classes, mlp.getMethod("build", config.getClass()), mlp.getMethod("epoch", double.class), config);
    }
}
