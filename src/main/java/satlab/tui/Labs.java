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
        if (s.top() instanceof Screen.TrainLabScreen t) return Update.child(s, t.lab().update(key), Screen.TrainLabScreen::new);
        NetworkLab lab = ((Screen.NetworkLabScreen) s.top()).lab();
        return Update.child(s, lab.update(key), Screen.NetworkLabScreen::new);
    }

    /** Frames of the playing race go to the race on screen; one under another screen (e opened an explorer) waits, stopped. */
    private static Update.Transition race(AppState s, LabEvent.RaceTick tick) {
        if (!(s.top() instanceof Screen.TrainLabScreen t)) return Update.Transition.of(pauseRaces(s));
        return Update.child(s, t.lab().update(tick), Screen.TrainLabScreen::new);
    }

    private static AppState pauseRaces(AppState s) {
        List<Screen> stack = new java.util.ArrayList<>(s.stack());
        stack.replaceAll(sc -> sc instanceof Screen.TrainLabScreen t ? new Screen.TrainLabScreen(t.lab().stopped()) : sc);
        return s.withCourse(s.course(), stack);
    }

    /** A progress report or result reaches the lab it belongs to, if that lab is still on screen. */
    static Update.Transition on(AppState s, LabEvent event) {
        if (event instanceof LabEvent.RaceTick tick) return race(s, tick);
        return Update.Transition.of(network(s, (LabEvent.Network) event));
    }

    private static AppState network(AppState s, LabEvent.Network e) {
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
