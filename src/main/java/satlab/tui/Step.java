package satlab.tui;

import java.util.List;

/**
 * What every sub-model of the tutor hands back for one input, as Bubble Tea's
 * composable models do: its next self, the effects the runner should carry out, and
 * whether it closed (the learner left it). The parent puts the model back in its
 * place, or drops it when closed, and passes the effects on; a sub-model never sees
 * its parent.
 */
public record Step<M>(M model, List<Effect> effects, boolean closed) {

    public Step {
        effects = List.copyOf(effects);
    }

    /** The model stays on screen, with these effects (none for most keys). */
    public static <M> Step<M> stay(M model, Effect... effects) {
        return new Step<>(model, List.of(effects), false);
    }

    /** The model closes; {@code last} is what it was, for parents that keep it (a paused race). */
    public static <M> Step<M> close(M last, Effect... effects) {
        return new Step<>(last, List.of(effects), true);
    }
}
