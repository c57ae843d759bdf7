package satlab.tui;

import java.util.List;
import satlab.lesson.Block;
import satlab.lesson.NetworkBlock;
import satlab.lesson.TrainBlock;

/** The labs' lines for the status bar and the help overlay. */
final class LabKeys {

    private LabKeys() {}

    static String status(Screen top) {
        if (top instanceof Screen.TrainNetLabScreen) {
            return "Spc pause +/- eta 0 again i init <> scale a act c cost d data v vs t chart";
        }
        if (top instanceof Screen.TrainLabScreen) {
            return "Space/n more epochs  p back  r play  Enter all  0 restart  c cost  w start  Esc back";
        }
        return "+/- layers  [/] width  i init  </> sd  a activation  s seed  0 reset  Esc back";
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
                new String[] {"Space p r Enter", "race: more / fewer epochs; play; all"},
                new String[] {"c  0  w", "race: cost or output;  back to epoch 0;  type a start"},
                new String[] {"Space  + -  0", "training lab: pause/go on;  eta x2 / /2;  restart"},
                new String[] {"i < > a c d s", "init; weight scale; activation; cost; data; seed"},
                new String[] {"v  t  r", "side by side: none/init/activation/cost; chart; first"});
    }
}
