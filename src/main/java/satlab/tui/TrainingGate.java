package satlab.tui;

import java.util.concurrent.Semaphore;

/**
 * How many training chunks may run at once in one JVM. The lab server gives every
 * session the same gate with one permit fewer than it has cores, so however many
 * learners train, a core stays free for everyone's keys; the waiting chunks queue
 * in turn (the semaphore is fair) and use no CPU while they wait. A local tutor has
 * a gate of its own.
 */
public final class TrainingGate {
    private final Semaphore permits;

    private TrainingGate(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    /** One permit fewer than the cores, at least one. */
    public static TrainingGate forCores(int cores) {
        return new TrainingGate(Math.max(1, cores - 1));
    }

    /** Waits for a permit; false when the thread was interrupted meanwhile (the chunk was cancelled). */
    boolean enter() {
        try {
            permits.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave() {
        permits.release();
    }
}
