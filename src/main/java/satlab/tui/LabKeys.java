package satlab.tui;

import java.util.List;
import satlab.lesson.Block;
import satlab.lesson.NetworkBlock;
import satlab.lesson.TrainBlock;

/** The labs' lines for the status bar and the help overlay. */
final class LabKeys {

    private LabKeys() {}

    static Hints status(Screen top) {
        if (top instanceof Screen.TrainNetLabScreen) {
            return Hints.of(Hints.hint("Space pause", "Spc pause", 0), Hints.hint("+/- eta", 0), Hints.hint("0 again", 1),
                    Hints.hint("i init", 1), Hints.hint("<> scale", 1), Hints.hint("a activation", "a act", 2),
                    Hints.hint("c cost", 2), Hints.hint("d data", 2), Hints.hint("v side by side", "v vs", 2),
                    Hints.hint("t chart", 2), Hints.hint("Esc back", 0));
        }
        if (top instanceof Screen.TrainLabScreen t && t.lab().picking()) {
            return Hints.of(Hints.hint("left/right w", "<- -> w", 0), Hints.hint("up/down b", "up/dn b", 0),
                    Hints.hint("Enter train from it", "Enter train", 0), Hints.hint("Tab next run", "Tab next", 1),
                    Hints.hint("w type it", 2), Hints.hint("Esc leave", 0));
        }
        if (top instanceof Screen.TrainLabScreen t) {
            TrainLab lab = t.lab();
            String other = lab.chart() == satlab.sim.TrainText.Quantity.COST ? "output" : "cost";
            return Hints.of(Hints.hint("Space/n more epochs", "Space more", 0), Hints.hint("p fewer epochs", "p fewer", 1),
                    Hints.hint(lab.playing() ? "r stop" : "r play", 1), Hints.hint("Enter all", 2),
                    Hints.hint("0 restart", 2), Hints.hint("c show " + other, "c " + other, 2),
                    Hints.hint("w type a start", "w start", 1), Hints.hint("s pick a start", "s pick", 2),
                    Hints.hint("Esc back", 0));
        }
        return Hints.of(Hints.hint("+/- layers", 0), Hints.hint("[/] width", 0), Hints.hint("i init", 1),
                Hints.hint("</> sd", 1), Hints.hint("a activation", "a act", 1), Hints.hint("s seed", 2),
                Hints.hint("0 reset", 2), Hints.hint("Esc back", 0));
    }

    /** What Enter opens from the pager's focused block. */
    static String focusedName(AppState s, Screen.Pager pg) {
        List<Block> blocks = Update.interactive(s.course().lessons().get(pg.lesson()), pg.step());
        if (pg.focus() >= blocks.size()) return "explorer";
        Block b = blocks.get(pg.focus());
        if (b instanceof NetworkBlock) return "network lab";
        if (b instanceof TrainBlock) return "training race";
        if (b instanceof satlab.lesson.TrainNetBlock) return "training lab";
        return "explorer";
    }

    static List<String[]> help(Theme t) {
        return List.of(
                new String[] {"Labs (w, or a block)", ""},
                new String[] {"+ -  [ ]  i  <>", "layers;  width;  init;  normal sd"},
                new String[] {"a  s S  0", "activation;  seed;  the block's settings"},
                new String[] {"Space p r Enter", "race: more / fewer epochs;  play or stop;  all"},
                new String[] {"c  0  w s", "race: cost or output;  epoch 0;  type / pick a start"},
                new String[] {"Space  + -  0", "training lab: pause/go on;  eta x2 / /2;  restart"},
                new String[] {"i < > a c d s", "init; weight scale; activation; cost; data; seed"},
                new String[] {"v  t  r", "side by side: none/init/activation/cost; chart; first"});
    }
}
