package satlab.sim;

/**
 * How a long computation reports how far it is and learns that it should stop.
 * The simulation calls {@link #update} between blocks of rows and stops with a
 * {@link java.util.concurrent.CancellationException} when {@link #cancelled()} is
 * true or its thread is interrupted, so a screen can run it on a worker thread,
 * draw a progress bar and abandon it when the learner changes a setting.
 */
public interface Progress {

    /** done of total units of work are finished (called from the computing thread). */
    void update(long done, long total);

    /** True to ask the computation to stop at the next check. */
    default boolean cancelled() {
        return false;
    }

    /** Reports nothing and never cancels (the computation still honours interrupts). */
    static Progress none() {
        return (done, total) -> { };
    }
}
