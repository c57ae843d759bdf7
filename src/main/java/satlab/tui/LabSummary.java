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
        } else if (block instanceof satlab.lesson.TrainNetBlock t) {
            int i = 1;
            for (satlab.sim.TrainNetConfig c : t.runs()) {
                String l = (t.runs().size() > 1 ? "run " + i++ + ": " : "") + c.label() + ", " + c.data().spec() + ", "
                        + c.epochs() + " epochs";
                for (String w : Wrap.text(l, width)) out.add(Row.text(w, Style.PLAIN));
            }
        } else {
            TrainBlock t = (TrainBlock) block;
            int i = 1;
            for (TrainConfig c : t.runs()) {
                out.add(Row.text("run " + i++ + ": " + c.label() + ", " + c.epochs() + " epochs", Style.PLAIN));
            }
            out.add(Row.text("chart: " + t.chart().title() + " by epoch", Style.PLAIN));
        }
        out.add(Row.text("Tab selects it, Enter " + (block instanceof NetworkBlock ? "opens the lab"
                : block instanceof satlab.lesson.TrainNetBlock ? "trains it live" : "opens the race"),
                Style.DIM));
        return out;
    }
}
