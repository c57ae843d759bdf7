package satlab.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tutor sessions running now, and the caps on them (all sessions, sessions per learner). */
final class SessionRegistry {
    private final int maxSessions;
    private final int perUser;
    private final Set<LabSession> open = new LinkedHashSet<>();
    private final Map<String, Integer> byUser = new HashMap<>();

    SessionRegistry(int maxSessions, int perUser) {
        this.maxSessions = maxSessions;
        this.perUser = perUser;
    }

    /** Admits the session, or returns why not (a sentence for the learner). */
    synchronized String admit(LabSession session) {
        if (open.size() >= maxSessions) {
            return "the lab is full (" + maxSessions + " sessions); try again in a few minutes";
        }
        int mine = byUser.getOrDefault(session.learner(), 0);
        if (mine >= perUser) {
            return session.learner() + " already has " + mine + " sessions open (the limit is " + perUser
                    + "); close one and connect again";
        }
        open.add(session);
        byUser.merge(session.learner(), 1, Integer::sum);
        return null;
    }

    synchronized void release(LabSession session) {
        if (open.remove(session)) {
            byUser.computeIfPresent(session.learner(), (u, n) -> n > 1 ? n - 1 : null);
            notifyAll();
        }
    }

    synchronized List<LabSession> snapshot() {
        return new ArrayList<>(open);
    }

    synchronized int size() {
        return open.size();
    }

    /** Waits until every session has ended or the deadline passes; true if all ended. */
    synchronized boolean awaitEmpty(long deadlineNanos) throws InterruptedException {
        while (!open.isEmpty()) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) return false;
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
