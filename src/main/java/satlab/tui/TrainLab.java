package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.lesson.TrainBlock;
import satlab.sim.TrainConfig;
import satlab.sim.TrainResult;
import satlab.sim.TrainText;
import satlab.sim.Trainer;

/**
 * The training race: every run of a {@code train} block, trained in full when the
 * screen opens (a few hundred steps of one neuron), then revealed epoch by epoch as
 * the learner presses Space, so the curves race; r plays the race by itself, a frame
 * every {@link #FRAME_MILLIS} ms, and any other key stops it. Nothing needs the
 * timing: Enter shows the whole race at once.
 *
 * @param runs    the block's runs, trained to their last epoch
 * @param chart   what the chart plots by epoch
 * @param epoch   the last epoch shown
 * @param playing the race moves on by itself
 * @param play    counts the presses of r, so frames from an earlier play are told apart
 */
public record TrainLab(String title, List<TrainResult> runs, TrainText.Quantity chart, int epoch, boolean playing,
        int play, StartEditor editor) {

    static final long FRAME_MILLIS = 100;

    public TrainLab {
        runs = List.copyOf(runs);
    }

    TrainLab(String title, List<TrainResult> runs, TrainText.Quantity chart, int epoch, boolean playing, int play) {
        this(title, runs, chart, epoch, playing, play, null);
    }

    /**
     * Typing a run's start point W,B (w opens it): Tab goes to the next run, Enter trains that run again
     * from the start typed, Esc leaves the field.
     *
     * @param run   the run whose start is typed (0-based)
     * @param error why the text typed is not a start point, "" when none
     */
    record StartEditor(int run, TextField field, String error) {}

    /** A start point's field has the keyboard: every printable key is text. */
    boolean editing() {
        return editor != null;
    }

    static TrainLab open(String title, TrainBlock block) {
        List<TrainResult> runs = new ArrayList<>();
        for (TrainConfig c : block.runs()) runs.add(Trainer.run(c));
        return new TrainLab(title, runs, block.chart(), 0, false, 0);
    }

    int epochs() {
        return runs.stream().mapToInt(r -> r.config().epochs()).max().orElse(0);
    }

    /** Epochs per key press: about thirty presses for the whole race. */
    int stride() {
        return Math.max(1, (int) Math.round(epochs() / 30.0));
    }

    /** Each run cut at the epoch shown: its curve is NaN (not drawn) beyond it. */
    List<TrainResult> shown() {
        List<TrainResult> out = new ArrayList<>();
        for (TrainResult r : runs) {
            int last = Math.min(epoch, r.epochs().size() - 1);
            out.add(new TrainResult(r.config(), r.epochs().subList(0, last + 1)));
        }
        return out;
    }

    /**
     * The race after one key: r starts playing (asking for the first frame) or stops it,
     * w types a run's start point, every other key stops a playing race first; Esc closes
     * the race (or, while a start is being typed, leaves the field).
     */
    Step<TrainLab> update(Key key) {
        if (editor != null) return Step.stay(edit(key));
        if (key.is('w')) return Step.stay(stopped().editing(0));
        if (key.is('r')) {
            if (playing) return Step.stay(stopped());
            TrainLab from = epoch >= epochs() ? at(0) : this;
            return nextFrame(new TrainLab(title, runs, chart, from.epoch, true, play + 1, null));
        }
        if (key.type() == Key.Type.ESC) return Step.close(stopped());
        return Step.stay(playing ? stopped().step(key) : step(key));
    }

    /** A frame of the playing race; a tick from an earlier press of r changes nothing. It stops at the last epoch. */
    Step<TrainLab> update(LabEvent.RaceTick tick) {
        if (!playing || play != tick.play()) return Step.stay(this);
        TrainLab next = at(epoch + stride());
        return next.epoch >= epochs() ? Step.stay(next.stopped()) : nextFrame(next);
    }

    private static Step<TrainLab> nextFrame(TrainLab lab) {
        return Step.stay(lab, new Effect.Later(new LabEvent.RaceTick(lab.play), FRAME_MILLIS));
    }

    TrainLab stopped() {
        return new TrainLab(title, runs, chart, epoch, false, play, editor);
    }

    private TrainLab step(Key key) {
        switch (key.type()) {
            case RIGHT, PAGE_DOWN -> {
                return at(epoch + stride());
            }
            case LEFT, PAGE_UP -> {
                return at(epoch - stride());
            }
            case ENTER, END -> {
                return at(epochs());
            }
            case HOME -> {
                return at(0);
            }
            default -> { }
        }
        if (key.type() != Key.Type.CHAR) return this;
        return switch (key.ch()) {
            case ' ', 'n', 'l' -> at(epoch + stride());
            case 'p', 'h', 'b' -> at(epoch - stride());
            case '.' -> at(epoch + 1);
            case ',' -> at(epoch - 1);
            case '0' -> at(0);
            case 'c' -> new TrainLab(title, runs, chart == TrainText.Quantity.OUTPUT ? TrainText.Quantity.COST
                    : TrainText.Quantity.OUTPUT, epoch, playing, play);
            default -> this;
        };
    }

    private TrainLab editing(int run) {
        TrainConfig c = runs.get(run).config();
        String start = satlab.engine.Format.number(c.w()) + ", " + satlab.engine.Format.number(c.b());
        return new TrainLab(title, runs, chart, epoch, false, play,
                new StartEditor(run, TextField.of(start).selectAll(), ""));
    }

    private TrainLab edit(Key key) {
        switch (key.type()) {
            case ESC -> {
                return new TrainLab(title, runs, chart, epoch, playing, play, null);
            }
            case TAB -> {
                return editing((editor.run() + 1) % runs.size());
            }
            case BACK_TAB -> {
                return editing((editor.run() + runs.size() - 1) % runs.size());
            }
            case ENTER -> {
                try {
                    satlab.sim.Start s = satlab.sim.Start.parse(editor.field().text());
                    List<TrainResult> next = new ArrayList<>(runs);
                    next.set(editor.run(), Trainer.run(runs.get(editor.run()).config().withStart(s.w(), s.b())));
                    return new TrainLab(title, next, chart, epoch, false, play, null);
                } catch (IllegalArgumentException bad) {
                    return new TrainLab(title, runs, chart, epoch, false, play,
                            new StartEditor(editor.run(), editor.field(), bad.getMessage()));
                }
            }
            default -> { }
        }
        TextField f = editor.field().edit(key);
        if (f == null) return this;
        return new TrainLab(title, runs, chart, epoch, false, play, new StartEditor(editor.run(), f, ""));
    }

    TrainLab at(int e) {
        return new TrainLab(title, runs, chart, Math.max(0, Math.min(epochs(), e)), playing, play, editor);
    }
}
