package satlab.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginPenaltiesTest {
    static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    final AtomicLong now = new AtomicLong(1_000 * SECOND);
    final LoginPenalties penalties = new LoginPenalties(SECOND, now::get);

    static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void twoFailuresAreFreeThenTheWaitDoublesUpToTheAddressCap() throws Exception {
        InetAddress attacker = ip("10.0.0.9");
        long[] waits = new long[12];
        for (int i = 0; i < waits.length; i++) {
            penalties.failed(attacker, "user" + i); // a different account each time: only the address adds up
            waits[i] = penalties.addressWaitNanos(attacker) / SECOND;
        }
        assertThat(waits).containsExactly(0, 0, 1, 2, 4, 8, 16, 32, 64, 120, 120, 120);
        assertThat(penalties.waitNanos(ip("10.0.0.10"), "someone-else")).as("other addresses are not slowed").isZero();
        now.addAndGet(119 * SECOND);
        assertThat(penalties.addressWaitNanos(attacker)).isEqualTo(SECOND);
    }

    @Test
    void anAccountsWaitStaysBelowTheLoginGraceAndAGoodLoginClearsIt() throws Exception {
        for (int i = 0; i < 20; i++) penalties.failed(ip("10.0.1." + i), "alice"); // a botnet, one guess each
        assertThat(penalties.waitNanos(ip("192.168.0.1"), "alice")).isEqualTo(LoginPenalties.ACCOUNT_CAP);
        assertThat(LoginPenalties.ACCOUNT_CAP).isLessThan(ServerConfig.Limits.defaults().loginGrace().toNanos());
        penalties.succeeded("alice");
        assertThat(penalties.waitNanos(ip("192.168.0.1"), "alice")).isZero();
    }

    @Test
    void aPenaltyIsForgottenAfterAQuietSpell() throws Exception {
        InetAddress a = ip("10.0.0.1");
        for (int i = 0; i < 6; i++) penalties.failed(a, "bob");
        assertThat(penalties.addressWaitNanos(a)).isPositive();
        now.addAndGet(LoginPenalties.FORGET_AFTER);
        assertThat(penalties.waitNanos(a, "bob")).isZero();
        penalties.failed(a, "bob");
        assertThat(penalties.addressWaitNanos(a)).as("counting starts again").isZero();
    }
}
