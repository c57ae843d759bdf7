package satlab.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import satlab.engine.Interpreter;
import satlab.engine.Rng;

/** :network --train in the REPL: the 72-column report, and carets under bad values. */
class TrainNetReplTest {

    private static String session(String input, int columns) {
        Terminals.Session s = Terminals.dumb(input, columns);
        int code = new Repl(s.terminal(), new Interpreter(new Rng(1)), Optional.empty()).run();
        assertThat(code).isZero();
        return s.transcript();
    }

    @Test
    void trainPrintsTheReportInSeventyTwoColumnsOnAWideTerminal() {
        String t = session(":network --train --data xor --layers 2 --scale 4 --eta 0.1 --epochs 20 --every 5\n", 120);
        assertThat(t).contains("2 x 32 sigmoid, N(0,1) x 4, quadratic; xor").contains("training loss by epoch:")
                .contains("regions at the end").contains("STUCK");
        assertThat(t.lines().filter(l -> l.matches("\\s+(0|5|10|15|20) .*%.*"))).hasSize(5);
        assertThat(t.lines().filter(l -> !l.startsWith("satlab>") && !l.startsWith("satlab repl:"))).allMatch(l -> l.length() <= 72);
    }

    @Test
    void aBadTrainingValueGetsACaretUnderIt() {
        String t = session(":network --train --scale 0\n:network --train --bias zero\n", 80);
        assertThat(t).contains("satlab> :network --train --scale 0\n"
                + "                                 ^\n"
                + "error: scale must be above 0 and at most 1000, got 0\n");
        assertThat(t).contains("error: --bias belongs to the layer-stack lab, not to --train");
    }
}
