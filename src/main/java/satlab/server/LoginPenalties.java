package satlab.server;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A growing wait after failed password logins, per client address and per account, as OpenSSH's
 * PerSourcePenalties: the first two failures are free (a learner mistyping), then each one doubles
 * the wait before that address's or account's next password is even checked, up to a cap. A
 * penalty is forgotten after a quiet spell, and an account's after a good login. The account's
 * cap stays below the login grace time, so an attacker guessing alice's password slows alice's own
 * login down but cannot lock her out; an address's goes higher, and an address deep in penalty has
 * its new connections refused outright.
 */
final class LoginPenalties {
    static final int FREE_FAILURES = 2;
    static final long ADDRESS_CAP = TimeUnit.SECONDS.toNanos(120);
    static final long ACCOUNT_CAP = TimeUnit.SECONDS.toNanos(10);
    /** New connections from an address that must wait longer than this are refused. */
    static final long REFUSE_CONNECTIONS_ABOVE = TimeUnit.SECONDS.toNanos(30);
    static final long FORGET_AFTER = TimeUnit.MINUTES.toNanos(15);
    private static final int MAX_TRACKED = 10_000;

    private record Record(int failures, long lastFailureNanos) {}

    private final long firstWait;
    private final LongSupplier clock;
    private final Map<Object, Record> records = new HashMap<>();

    /** {@code firstWait}: the wait after the first failure that is not free; it doubles after each further one. */
    LoginPenalties(long firstWaitNanos, LongSupplier clock) {
        this.firstWait = firstWaitNanos;
        this.clock = clock;
    }

    /** How long a password attempt for this account from this address must wait before it is checked. */
    synchronized long waitNanos(InetAddress address, String account) {
        long now = clock.getAsLong();
        return Math.max(wait(address, ADDRESS_CAP, now), wait(accountKey(account), ACCOUNT_CAP, now));
    }

    synchronized long addressWaitNanos(InetAddress address) {
        return wait(address, ADDRESS_CAP, clock.getAsLong());
    }

    synchronized void failed(InetAddress address, String account) {
        long now = clock.getAsLong();
        if (records.size() >= MAX_TRACKED) records.values().removeIf(r -> now - r.lastFailureNanos >= FORGET_AFTER);
        count(address, now);
        count(accountKey(account), now);
    }

    /** Past the cap (names made up by the thousand), new keys are not tracked: the map stays bounded. */
    private void count(Object key, long now) {
        if (key == null || records.size() >= MAX_TRACKED && !records.containsKey(key)) return;
        records.merge(key, new Record(1, now), (old, one) -> new Record(old.failures + 1, now));
    }

    /** A good login clears the account's penalty (the address keeps its own: it may be guessing others). */
    synchronized void succeeded(String account) {
        records.remove(accountKey(account));
    }

    private long wait(Object key, long cap, long now) {
        if (key == null) return 0;
        Record r = records.get(key);
        if (r == null) return 0;
        if (now - r.lastFailureNanos >= FORGET_AFTER) {
            records.remove(key);
            return 0;
        }
        if (r.failures <= FREE_FAILURES) return 0;
        int doublings = Math.min(r.failures - FREE_FAILURES - 1, 20);
        long penalty = Math.min(cap, firstWait << doublings);
        return Math.max(0, r.lastFailureNanos + penalty - now);
    }

    private static Object accountKey(String account) {
        return "account:" + account;
    }
}
