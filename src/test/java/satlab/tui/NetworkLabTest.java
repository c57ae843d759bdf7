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
        for (char c : keys.toCharArray()) lab = lab.key(Key.of(c)).lab();
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
        NetworkLab.Step deeper = lab.key(Key.of('+'));
        assertThat(deeper.run()).isTrue();
        assertThat(deeper.lab().computing()).isTrue();
        assertThat(deeper.lab().config().layers()).isEqualTo(6);
        NetworkLab one = after(lab, "----");
        NetworkLab.Step refused = one.key(Key.of('-'));
        assertThat(refused.run()).isFalse();
        assertThat(refused.lab().message()).isEqualTo("one layer is the least");
        assertThat(after(lab, "]").config().width()).isEqualTo(200);
        assertThat(after(lab, "[").config().width()).isEqualTo(50);
        assertThat(after(lab, "a").config().activation()).isEqualTo(Activation.TANH);
        assertThat(after(lab, "aaa").config().activation()).isEqualTo(Activation.SIGMOID);
        assertThat(after(lab, "s").config().seed()).isEqualTo(2);
        assertThat(after(lab, "+]ia0").config()).isEqualTo(NetworkConfig.defaults());
        assertThat(lab.key(Key.of(Key.Type.ESC))).isNull();
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
