package satlab.tui;

import java.util.List;
import satlab.lesson.Block;
import satlab.lesson.NetworkBlock;
import satlab.lesson.TrainBlock;
import satlab.lesson.TrainNetBlock;
import satlab.sim.TrainNetConfig;
import satlab.sim.NetworkConfig;

/** Where the labs meet the tutor's state machine: opening them, their keys and the network lab's events. */
final class Labs {

    private Labs() {}

    static boolean isLab(Block b) {
        return b instanceof NetworkBlock || b instanceof TrainBlock || b instanceof TrainNetBlock;
    }

    /** Opens the lab of a lesson's network or train block. */
    static Update.Transition open(AppState s, String title, Block block) {
        if (block instanceof NetworkBlock n) return openNetwork(s, title, n.config());
        if (block instanceof TrainNetBlock t) return openTraining(s, title, t.runs(), t.compare());
        return Update.Transition.of(s.push(new Screen.TrainLabScreen(TrainLab.open(title, (TrainBlock) block))));
    }

    static Update.Transition openNetwork(AppState s, String title, NetworkConfig config) {
        return new Update.Transition(s.push(new Screen.NetworkLabScreen(NetworkLab.open(title, config))),
                List.of(new Effect.RunNetwork(config)));
    }

    /** The training lab on these runs; its first chunk starts at once on the worker. */
    static Update.Transition openTraining(AppState s, String title, List<TrainNetConfig> runs, String compare) {
        TrainNetLab lab = TrainNetLab.open(title, runs, compare);
        return new Update.Transition(s.push(new Screen.TrainNetLabScreen(lab)), List.of(lab.chunk()));
    }

    static Update.Transition key(AppState s, Key key) {
        if (s.top() instanceof Screen.TrainNetLabScreen t) {
            return Update.child(s, asStep(t.lab().key(key)), Screen.TrainNetLabScreen::new);
        }
        if (s.top() instanceof Screen.TrainLabScreen t) return Update.child(s, t.lab().update(key), Screen.TrainLabScreen::new);
        NetworkLab lab = ((Screen.NetworkLabScreen) s.top()).lab();
        return Update.child(s, lab.update(key), Screen.NetworkLabScreen::new);
    }

    /** The training lab's answer to a key in the tutor's one child-model shape: null is Esc. */
    private static Step<TrainNetLab> asStep(TrainNetLab.Step step) {
        if (step == null) return Step.close(null, new Effect.CancelNetwork());
        return step.train() ? Step.stay(step.lab(), step.lab().chunk()) : Step.stay(step.lab());
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
        if (event instanceof LabEvent.Trained || event instanceof LabEvent.TrainFailed) return trained(s, event);
        return Update.Transition.of(network(s, (LabEvent.Network) event));
    }

    /**
     * A chunk of training reaches the training lab. On top, it asks for the next chunk; under another
     * screen (e opened an explorer) it keeps the chunk and waits, paused.
     */
    private static Update.Transition trained(AppState s, LabEvent event) {
        List<Screen> stack = new java.util.ArrayList<>(s.stack());
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (!(stack.get(i) instanceof Screen.TrainNetLabScreen t)) continue;
            if (event instanceof LabEvent.TrainFailed f) {
                stack.set(i, new Screen.TrainNetLabScreen(t.lab().failed(f)));
                return Update.Transition.of(s.withCourse(s.course(), stack));
            }
            boolean onTop = i == stack.size() - 1;
            TrainNetLab.Step step = (onTop ? t.lab() : t.lab().pausedAway()).on((LabEvent.Trained) event);
            stack.set(i, new Screen.TrainNetLabScreen(step.lab()));
            AppState next = s.withCourse(s.course(), stack);
            return step.train() ? new Update.Transition(next, List.of(step.lab().chunk())) : Update.Transition.of(next);
        }
        return Update.Transition.of(s);
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
