package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.lesson.Block;
import satlab.lesson.NetworkBlock;
import satlab.lesson.TrainBlock;
import satlab.lesson.Wrap;
import satlab.sim.TrainConfig;

/**
 * A network or train block inside the pager: what it sets up, and how to open it.
 * Nothing is computed here (the pager lays a step out on every key); the lab does that.
 */
final class LabSummary {

    private LabSummary() {}

    static List<Row> rows(Block block, int width) {
        List<Row> out = new ArrayList<>();
        if (block instanceof NetworkBlock n) {
            for (String l : Wrap.text(n.config().summary(), width)) out.add(Row.text(l, Style.PLAIN));
        } else {
            TrainBlock t = (TrainBlock) block;
            int i = 1;
            for (TrainConfig c : t.runs()) {
                out.add(Row.text("run " + i++ + ": " + c.label() + ", " + c.epochs() + " epochs", Style.PLAIN));
            }
            out.add(Row.text("chart: " + t.chart().title() + " by epoch", Style.PLAIN));
        }
        out.add(Row.text("Tab selects it, Enter opens the " + (block instanceof NetworkBlock ? "lab" : "race"),
                Style.DIM));
        return out;
    }
}
