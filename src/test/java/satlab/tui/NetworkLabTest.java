package satlab.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import satlab.engine.Activation;
import satlab.sim.Init;
import satlab.sim.Network;
import satlab.sim.NetworkConfig;

/** The network lab's keys as pure state changes: which experiment each asks for, and when it refuses. */
class NetworkLabTest {

    private final NetworkLab lab = NetworkLab.open("t", NetworkConfig.defaults());

    private static NetworkLab after(NetworkLab lab, String keys) {
        for (char c : keys.toCharArray()) lab = lab.update(Key.of(c)).model();
        return lab;
    }

    @Test
    void iCyclesNormalLecunXavierHeAndBackToNormalOne() {
        assertThat(after(lab, "i").config().init()).isEqualTo(new Init.LeCun());
        assertThat(after(lab, "ii").config().init()).isEqualTo(new Init.Xavier());
        assertThat(after(lab, "iii").config().init()).isEqualTo(new Init.He());
        assertThat(after(lab, "iiii").config().init()).isEqualTo(new Init.Normal(1));
    }

    @Test
    void theSdKeysStepTheNormalAndSwitchOtherSchemesToNormalOne() {
        assertThat(after(lab, "<").config().init()).isEqualTo(new Init.Normal(0.5));
        assertThat(after(lab, ">>").config().init()).isEqualTo(new Init.Normal(5));
        assertThat(after(lab, "ii>").config().init()).isEqualTo(new Init.Normal(1));
    }

    @Test
    void everyChangeAsksForARunAndLimitsAreSaidInWords() {
        Step<NetworkLab> deeper = lab.update(Key.of('+'));
        assertThat(deeper.effects()).containsExactly(new Effect.RunNetwork(deeper.model().config()));
        assertThat(deeper.model().computing()).isTrue();
        assertThat(deeper.model().config().layers()).isEqualTo(6);
        NetworkLab one = after(lab, "----");
        Step<NetworkLab> refused = one.update(Key.of('-'));
        assertThat(refused.effects()).isEmpty();
        assertThat(refused.model().message()).isEqualTo("one layer is the least");
        assertThat(after(lab, "]").config().width()).isEqualTo(200);
        assertThat(after(lab, "[").config().width()).isEqualTo(50);
        assertThat(after(lab, "a").config().activation()).isEqualTo(Activation.TANH);
        assertThat(after(lab, "aaa").config().activation()).isEqualTo(Activation.SIGMOID);
        assertThat(after(lab, "s").config().seed()).isEqualTo(2);
        assertThat(after(lab, "+]ia0").config()).isEqualTo(NetworkConfig.defaults());
        Step<NetworkLab> left = lab.update(Key.of(Key.Type.ESC));
        assertThat(left.closed()).isTrue();
        assertThat(left.effects()).containsExactly(new Effect.CancelNetwork());
    }

    @Test
    void aResultForAnotherExperimentIsIgnoredAndTheRightOneEndsTheComputation() {
        NetworkLab wider = after(lab, "]");
        NetworkLab stale = wider.on(new LabEvent.Computed(NetworkConfig.defaults(), Network.run(NetworkConfig.defaults())));
        assertThat(stale).isEqualTo(wider);
        NetworkConfig c = wider.config();
        NetworkLab done = wider.on(new LabEvent.Computing(c, 3, false)).on(new LabEvent.Computed(c, Network.run(c)));
        assertThat(done.computing()).isFalse();
        assertThat(done.stale()).isFalse();
        assertThat(done.result().config()).isEqualTo(c);
    }
}
