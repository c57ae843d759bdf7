package satlab.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One learner in the live lab at one moment: immutable, swapped in whole by their session, so
 * the console reads it without a lock.
 *
 * @param learner     the SSH user name
 * @param connectedAt when their newest session started
 * @param leftAt      when it ended, empty while connected
 * @param activity    where they are and how they are doing
 * @param lastKeyAt   their last keystroke (the session's start before any)
 * @param onStepSince when they arrived at the step they are on
 */
public record Presence(String learner, Instant connectedAt, Optional<Instant> leftAt, Activity activity,
        Instant lastKeyAt, Instant onStepSince) {

    public boolean connected() {
        return leftAt.isEmpty();
    }

    /** Time since the last keystroke, at {@code now}; zero once disconnected. */
    public Duration idle(Instant now) {
        return connected() ? positive(Duration.between(lastKeyAt, now)) : Duration.ZERO;
    }

    /** Time on the current step, at {@code now}. */
    public Duration onStep(Instant now) {
        return positive(Duration.between(onStepSince, now));
    }

    /**
     * Why this learner may need help, or empty: connected, in a lesson, and out of attempts on
     * the current quiz, or on the same step longer than {@code stuckAfter}.
     */
    public Optional<String> needsHelp(Instant now, Duration stuckAfter) {
        if (!connected() || !activity.inLesson()) return Optional.empty();
        if (activity.outOfAttempts()) return Optional.of("out of attempts on quiz " + activity.quiz());
        if (onStep(now).compareTo(stuckAfter) >= 0) return Optional.of("on one step for " + Presence.brief(onStep(now)));
        return Optional.empty();
    }

    /** "45s", "12m", "2h05": a duration in a table cell. */
    public static String brief(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) return s + "s";
        if (s < 3600) return s / 60 + "m";
        return s / 3600 + "h" + String.format("%02d", s % 3600 / 60);
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
