package satlab.lab;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import satlab.lesson.Course;
import satlab.lesson.CourseLoader;

/**
 * The live lab: every session of a lab server has a {@link Seat} here, where its tutor publishes
 * what the learner does and through which the instructor's console reaches it (a broadcast, a
 * reload of the lessons, a reset, following a screen). Thread-safe without locks on the learners'
 * path: a session writes only its own seat; the console reads immutable {@link Presence} records.
 *
 * <p>The lab also holds the course every session plays, so a reload is one swap that every
 * session then takes in, and a session that starts later gets the reloaded lessons too.
 */
public final class Lab {

    /** Where the instructors' actions are recorded (the server's log): an event name and its detail. */
    @FunctionalInterface
    public interface Journal {
        void record(String event, String detail);
    }

    /** How the lab reaches one session: post into its event queue; never blocks. */
    @FunctionalInterface
    public interface Mailbox {
        void deliver(LabMessage message);
    }

    private final Clock clock;
    private final Supplier<CourseLoader.LoadResult> loader;
    private final AtomicLong ids = new AtomicLong();
    /** Every live seat, learners' and instructors'. */
    private final Map<Long, Seat> live = new ConcurrentHashMap<>();
    /** Each learner's newest seat, live or gone: the console's rows. */
    private final Map<String, Seat> rows = new ConcurrentHashMap<>();
    private volatile Course course;
    private volatile Journal journal = (event, detail) -> { };

    /**
     * @param course the course served at the start
     * @param loader reads the lessons from disk again, for a reload
     */
    public Lab(Clock clock, Course course, Supplier<CourseLoader.LoadResult> loader) {
        this.clock = clock;
        this.course = course;
        this.loader = loader;
    }

    /** Records every broadcast, reload and reset from now on (the server logs them). */
    public void journal(Journal j) {
        this.journal = j;
    }

    /** The lessons read again and merged with the running course; nothing changes until {@link #replaceCourse}. */
    public Reload load() {
        return Reload.of(course, loader.get());
    }

    public Clock clock() {
        return clock;
    }

    /** The course as it is now (the last reload's, each lesson its last good version). */
    public Course course() {
        return course;
    }

    /** A session starts: its seat, to publish to and to be reached through. */
    public Seat join(String learner, boolean instructor, Mailbox mailbox) {
        Seat seat = new Seat(this, ids.incrementAndGet(), learner, instructor, mailbox, clock.instant());
        live.put(seat.id(), seat);
        if (!instructor) rows.put(learner, seat);
        return seat;
    }

    void left(Seat seat) {
        live.remove(seat.id());
        if (seat.instructor()) return;
        // Another session of the same learner still open takes the row back.
        live.values().stream().filter(s -> !s.instructor() && s.learner().equals(seat.learner()))
                .max(Comparator.comparingLong(Seat::id))
                .ifPresent(other -> rows.replace(seat.learner(), seat, other));
    }

    /** Every learner seen since the server started, by name: one row each, the newest session's. */
    public List<Presence> presences() {
        List<Presence> out = new ArrayList<>(rows.size());
        for (Seat s : rows.values()) out.add(s.presence());
        out.sort(Comparator.comparing(Presence::learner));
        return out;
    }

    /** Sends the instructor's message to every learner connected now; returns how many sessions got it. */
    public int broadcast(String from, String text) {
        LabMessage.Broadcast m = new LabMessage.Broadcast(from, text, clock.instant());
        int n = 0;
        for (Seat s : live.values()) {
            if (s.instructor()) continue;
            s.deliver(m);
            n++;
        }
        journal.record("broadcast", "by=" + from + " learners=" + n + " text=" + text);
        return n;
    }

    /** Tells every session of this learner that a lesson of theirs was reset; returns how many were told. */
    public int resetReached(String learner, String lessonId, String by) {
        int n = deliver(learner, new LabMessage.Reset(lessonId, by));
        journal.record("reset", "by=" + by + " user=" + learner + " lesson=" + lessonId + " sessions=" + n);
        return n;
    }

    /** Makes {@code next} the course of every session, live ones at once, later ones from their start. */
    public void replaceCourse(Course next) {
        course = next;
        journal.record("lessons-reloaded", "lessons=" + next.size() + " sessions=" + live.size());
        LabMessage m = new LabMessage.CourseChanged(next);
        for (Seat s : live.values()) s.deliver(m);
    }

    /** Starts or stops following a learner's newest live session; false when they are not connected. */
    public boolean follow(String learner, boolean on) {
        Seat s = rows.get(learner);
        if (s == null || !live.containsKey(s.id())) return false;
        s.follow(on);
        return true;
    }

    /** The followed learner's last painted frame, a line a row; empty before the first one. */
    public List<String> screenOf(String learner) {
        Seat s = rows.get(learner);
        return s == null ? List.of() : s.screen();
    }

    public Optional<Presence> presence(String learner) {
        return Optional.ofNullable(rows.get(learner)).map(Seat::presence);
    }

    private int deliver(String learner, LabMessage m) {
        int n = 0;
        for (Seat s : live.values()) {
            if (!s.instructor() && s.learner().equals(learner)) {
                s.deliver(m);
                n++;
            }
        }
        return n;
    }
}
