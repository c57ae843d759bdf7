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
            TrainNetLab.Step step = t.lab().key(key);
            if (step == null) return new Update.Transition(s.pop(), List.of(new Effect.CancelNetwork()));
            AppState next = s.withTop(new Screen.TrainNetLabScreen(step.lab()));
            return step.train() ? new Update.Transition(next, List.of(step.lab().chunk())) : Update.Transition.of(next);
        }
        if (s.top() instanceof Screen.TrainLabScreen t) {
            TrainLab next = t.lab().key(key);
            if (next == null) return Update.Transition.of(s.pop());
            AppState shown = s.withTop(new Screen.TrainLabScreen(next));
            return next.playing() && next.play() != t.lab().play() ? next(shown, next) : Update.Transition.of(shown);
        }
        NetworkLab lab = ((Screen.NetworkLabScreen) s.top()).lab();
        NetworkLab.Step step = lab.key(key);
        if (step == null) return new Update.Transition(s.pop(), List.of(new Effect.CancelNetwork()));
        AppState next = s.withTop(new Screen.NetworkLabScreen(step.lab()));
        return step.run() ? new Update.Transition(next, List.of(new Effect.RunNetwork(step.lab().config())))
                : Update.Transition.of(next);
    }

    /** Frames of the playing race; a tick from an earlier press of r, or for a race no longer shown, ends there. */
    private static Update.Transition race(AppState s, LabEvent.RaceTick tick) {
        if (!(s.top() instanceof Screen.TrainLabScreen t)) return Update.Transition.of(pauseRaces(s));
        if (!t.lab().playing() || t.lab().play() != tick.play()) return Update.Transition.of(s);
        TrainLab lab = t.lab().advance();
        AppState shown = s.withTop(new Screen.TrainLabScreen(lab));
        return lab.playing() ? next(shown, lab) : Update.Transition.of(shown);
    }

    /** The race is under another screen (e opened an explorer): it waits there, stopped. */
    private static AppState pauseRaces(AppState s) {
        List<Screen> stack = new java.util.ArrayList<>(s.stack());
        stack.replaceAll(sc -> sc instanceof Screen.TrainLabScreen t ? new Screen.TrainLabScreen(t.lab().stopped()) : sc);
        return s.withCourse(s.course(), stack);
    }

    private static Update.Transition next(AppState s, TrainLab lab) {
        return new Update.Transition(s, List.of(new Effect.Later(new LabEvent.RaceTick(lab.play()),
                TrainLab.FRAME_MILLIS)));
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
