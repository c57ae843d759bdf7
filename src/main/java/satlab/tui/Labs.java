package satlab.tui;

import java.util.List;
import satlab.lesson.Block;
import satlab.lesson.NetworkBlock;
import satlab.lesson.TrainBlock;
import satlab.sim.NetworkConfig;

/** Where the labs meet the tutor's state machine: opening them, their keys and the network lab's events. */
final class Labs {

    private Labs() {}

    static boolean isLab(Block b) {
        return b instanceof NetworkBlock || b instanceof TrainBlock;
    }

    /** Opens the lab of a lesson's network or train block. */
    static Update.Transition open(AppState s, String title, Block block) {
        if (block instanceof NetworkBlock n) return openNetwork(s, title, n.config());
        return Update.Transition.of(s.push(new Screen.TrainLabScreen(TrainLab.open(title, (TrainBlock) block))));
    }

    static Update.Transition openNetwork(AppState s, String title, NetworkConfig config) {
        return new Update.Transition(s.push(new Screen.NetworkLabScreen(NetworkLab.open(title, config))),
                List.of(new Effect.RunNetwork(config)));
    }

    static Update.Transition key(AppState s, Key key) {
        if (s.top() instanceof Screen.TrainLabScreen t) {
            TrainLab next = t.lab().key(key);
            return Update.Transition.of(next == null ? s.pop() : s.withTop(new Screen.TrainLabScreen(next)));
        }
        NetworkLab lab = ((Screen.NetworkLabScreen) s.top()).lab();
        NetworkLab.Step step = lab.key(key);
        if (step == null) return new Update.Transition(s.pop(), List.of(new Effect.CancelNetwork()));
        AppState next = s.withTop(new Screen.NetworkLabScreen(step.lab()));
        return step.run() ? new Update.Transition(next, List.of(new Effect.RunNetwork(step.lab().config())))
                : Update.Transition.of(next);
    }

    /** A progress report or result reaches the lab it belongs to, if that lab is still on screen. */
    static AppState on(AppState s, LabEvent e) {
        // The lab may sit under a free explorer (e): its result still belongs to it.
        List<Screen> stack = new java.util.ArrayList<>(s.stack());
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i) instanceof Screen.NetworkLabScreen n) {
                stack.set(i, new Screen.NetworkLabScreen(n.lab().on(e)));
                return s.withCourse(s.course(), stack);
            }
        }
        return s;
    }
}
