package satlab.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** One learner's tutor session: who, from where, when they last typed, and whether it must stop. */
final class LabSession implements SessionContext {
    private final long id;
    private final String learner;
    private final String remoteAddress;
    private final Map<String, String> clientEnv;
    private final long startedNanos;
    private volatile long lastInputNanos;
    private final AtomicReference<StopReason> stopReason = new AtomicReference<>();
    private volatile Runnable onStop = () -> {};
    private volatile PasteCut onPasteCut = (kept, dropped) -> {};

    LabSession(long id, String learner, String remoteAddress, Map<String, String> clientEnv, long nowNanos) {
        this.id = id;
        this.learner = learner;
        this.remoteAddress = remoteAddress;
        this.clientEnv = Map.copyOf(clientEnv);
        this.startedNanos = nowNanos;
        this.lastInputNanos = nowNanos;
    }

    long id() {
        return id;
    }

    @Override
    public String learner() {
        return learner;
    }

    @Override
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    public Optional<String> clientEnvironment(String name) {
        return Optional.ofNullable(clientEnv.get(name));
    }

    @Override
    public Optional<StopReason> stopReason() {
        return Optional.ofNullable(stopReason.get());
    }

    boolean stopping() {
        return stopReason.get() != null;
    }

    long startedNanos() {
        return startedNanos;
    }

    long lastInputNanos() {
        return lastInputNanos;
    }

    void inputAt(long nowNanos) {
        lastInputNanos = nowNanos;
    }

    @Override
    public void onPasteCut(PasteCut listener) {
        this.onPasteCut = listener;
    }

    void pasteCut(long kept, long dropped) {
        onPasteCut.cut(kept, dropped);
    }

    void onStop(Runnable action) {
        this.onStop = action;
    }

    /** The first reason wins; later requests (a disconnect after a shutdown, say) change nothing. */
    void requestStop(StopReason reason) {
        if (stopReason.compareAndSet(null, reason)) onStop.run();
    }
}
