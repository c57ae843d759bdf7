package satlab.tui;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import satlab.sim.Network;
import satlab.sim.NetworkConfig;
import satlab.sim.NetworkResult;
import satlab.sim.Progress;

/**
 * Runs the network lab's experiments for one tutor session. A light experiment runs
 * at once on the session's thread (it costs less than a frame, and the screen never
 * flashes "computing"); a heavy one runs on the session's own worker thread, posting
 * its progress and result as {@link LabEvent}s to the session's event queue. Starting
 * an experiment cancels the one before, so only the latest setting costs CPU.
 */
final class LabRunner implements AutoCloseable {

    /**
     * Forward-pass work done inline. The default lab (5 × 100, batch 256, 2.56e7) takes a
     * median 13 ms forward and back on the shared build machine, so this stays under a frame.
     */
    static final double LIGHT_FLOPS = 3e7;

    private final Consumer<Input> post;
    private final ExecutorService given;
    private ScheduledExecutorService own;
    private Future<?> running;
    private final AtomicReference<NetworkConfig> latest = new AtomicReference<>();
    private volatile Object latestJob;

    /**
     * @param post     where events from the worker go (the session's event queue)
     * @param executor runs heavy experiments and, when it can schedule, delays the race's frames (any
     *                 other executor posts them when it runs them); null for a daemon thread of the runner's own,
     *                 made when first needed and ended by {@link #close}
     */
    LabRunner(Consumer<Input> post, ExecutorService executor) {
        this.post = post;
        this.given = executor;
    }

    /** Starts an experiment; returns its result when it ran inline, else nothing (events follow). */
    List<Input> start(NetworkConfig config) {
        cancel();
        latest.set(config);
        if (config.forwardFlops() <= LIGHT_FLOPS) {
            Input done = compute(config, Progress.none());
            return done == null ? List.of() : List.of(done);
        }
        Progress progress = progress(config);
        running = executor().submit(() -> {
            Input done = compute(config, progress);
            if (done != null) post.accept(done);
        });
        return List.of();
    }

    /**
     * Runs a job on the worker in place of whatever ran there (one heavy job per session), posting what
     * it returns; a job returns null when it saw that it was cancelled.
     */
    void submit(java.util.function.Function<Progress, Input> job) {
        cancel();
        Object token = new Object();
        latestJob = token;
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total) { }

            @Override
            public boolean cancelled() {
                return latestJob != token;
            }
        };
        running = executor().submit(() -> {
            Input done = job.apply(progress);
            if (done != null && latestJob == token) post.accept(done);
        });
    }

    /** Posts the input after the delay, on the worker: the playing race's next frame. */
    void later(Input input, long millis) {
        ExecutorService e = executor();
        if (e instanceof ScheduledExecutorService scheduled) {
            scheduled.schedule(() -> post.accept(input), millis, TimeUnit.MILLISECONDS);
        } else {
            e.execute(() -> post.accept(input));
        }
    }

    void cancel() {
        latest.set(null);
        latestJob = null;
        if (running != null) running.cancel(true);
        running = null;
    }

    @Override
    public void close() {
        cancel();
        if (own != null) own.shutdownNow();
    }

    /** The result, a failure, or null when the run was cancelled. */
    private static Input compute(NetworkConfig config, Progress progress) {
        try {
            NetworkResult r = Network.run(config, progress);
            return new LabEvent.Computed(config, r);
        } catch (CancellationException cancelled) {
            return null;
        } catch (RuntimeException | OutOfMemoryError e) {
            return new LabEvent.Failed(config, "could not compute this network: " + e.getMessage());
        }
    }

    /** Reports once per finished layer, not per block of rows, so the queue holds a few events at most. */
    private Progress progress(NetworkConfig config) {
        return new Progress() {
            private int lastLayer = -1;
            private boolean lastBackward;

            @Override
            public void update(long done, long total) {
                long perPass = Math.max(1, total / 2);
                boolean backward = done > perPass;
                int layer = (int) Math.min(config.layers(), (backward ? done - perPass : done) * config.layers()
                        / perPass);
                if (layer == lastLayer && backward == lastBackward) return;
                lastLayer = layer;
                lastBackward = backward;
                post.accept(new LabEvent.Computing(config, layer, backward));
            }

            @Override
            public boolean cancelled() {
                return latest.get() != config;
            }
        };
    }

    private ExecutorService executor() {
        if (given != null) return given;
        if (own == null) {
            own = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "satlab-lab");
                t.setDaemon(true);
                return t;
            });
        }
        return own;
    }
}
