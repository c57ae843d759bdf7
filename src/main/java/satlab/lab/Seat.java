package satlab.lab;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One session's place in the {@link Lab}: its tutor publishes what it does here, and the lab
 * delivers messages to it. Publishing swaps one immutable {@link Presence} in (a volatile write,
 * no lock), so a keystroke pays nothing for the console reading it.
 */
public final class Seat {
    private final Lab lab;
    private final long id;
    private final String learner;
    private final boolean instructor;
    private final Lab.Mailbox mailbox;
    private volatile Presence presence;
    private final AtomicInteger followers = new AtomicInteger();
    private volatile List<String> screen = List.of();

    Seat(Lab lab, long id, String learner, boolean instructor, Lab.Mailbox mailbox, Instant now) {
        this.lab = lab;
        this.id = id;
        this.learner = learner;
        this.instructor = instructor;
        this.mailbox = mailbox;
        this.presence = new Presence(learner, now, Optional.empty(), Activity.NONE, now, now);
    }

    public String learner() {
        return learner;
    }

    public boolean instructor() {
        return instructor;
    }

    long id() {
        return id;
    }

    Presence presence() {
        return presence;
    }

    /**
     * What the session does now; {@code keyAt} is its last keystroke. Called by the session's own
     * thread only, so reading the previous presence and writing the next needs no lock.
     */
    public void publish(Activity activity, Instant keyAt) {
        Presence p = presence;
        if (p.leftAt().isPresent()) return;
        Instant since = p.activity().sameStep(activity) ? p.onStepSince() : keyAt;
        if (p.activity().equals(activity) && p.lastKeyAt().equals(keyAt)) return;
        presence = new Presence(learner, p.connectedAt(), Optional.empty(), activity, keyAt, since);
    }

    /** The session ended; the learner's row stays, marked as disconnected at {@code now}. */
    public void leave(Instant now) {
        Presence p = presence;
        presence = new Presence(learner, p.connectedAt(), Optional.of(now), p.activity(), p.lastKeyAt(), p.onStepSince());
        screen = List.of();
        lab.left(this);
    }

    /** Whether anyone follows this session now: only then is its screen worth publishing. */
    public boolean followed() {
        return followers.get() > 0;
    }

    /** The text of the frame just painted, a line a row (only while {@link #followed()}). */
    public void mirror(List<String> lines) {
        screen = List.copyOf(lines);
    }

    List<String> screen() {
        return screen;
    }

    void follow(boolean on) {
        int now = on ? followers.incrementAndGet() : Math.max(0, followers.decrementAndGet());
        if (!on && now <= 0) {
            followers.set(0);
            screen = List.of();
        }
        deliver(new LabMessage.Followed(now > 0));
    }

    void deliver(LabMessage message) {
        mailbox.deliver(message);
    }
}
