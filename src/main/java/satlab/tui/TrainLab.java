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
 * <p>A run's start point can be typed (w) or picked on the curve (s): the cost as a
 * function of the starting weight, with the size of the first step beside it, a
 * marker the arrow keys move, and the words on why that start is slow or fast.
 *
 * @param runs    the block's runs, trained to their last epoch
 * @param chart   what the chart plots by epoch
 * @param epoch   the last epoch shown
 * @param playing the race moves on by itself
 * @param play    counts the presses of r, so frames from an earlier play are told apart
 * @param editor  the start point being typed, or null
 * @param picker  the start point being picked on the curve, or null (never both)
 */
public record TrainLab(String title, List<TrainResult> runs, TrainText.Quantity chart, int epoch, boolean playing,
        int play, StartEditor editor, StartPicker picker) {

    static final long FRAME_MILLIS = 100;

    public TrainLab {
        runs = List.copyOf(runs);
    }

    TrainLab(String title, List<TrainResult> runs, TrainText.Quantity chart, int epoch, boolean playing, int play,
            StartEditor editor) {
        this(title, runs, chart, epoch, playing, play, editor, null);
    }

    TrainLab(String title, List<TrainResult> runs, TrainText.Quantity chart, int epoch, boolean playing, int play) {
        this(title, runs, chart, epoch, playing, play, null, null);
    }

    /**
     * Picking a run's start on the curve (s opens it): left and right move the starting weight
     * along the curve by {@link #STEP}, up and down the bias (which shifts the curve), Tab goes
     * to the next run, Enter trains the run from the start picked, Esc leaves it as it was.
     *
     * @param run the run whose start is picked (0-based)
     */
    record StartPicker(int run, double w, double b) {
        /** How far one arrow key moves w or b: fine enough to find the knee of the curve. */
        static final double STEP = 0.25;
        /** Beyond this |w| or |b| the neuron is as saturated as it gets; the picker stops there. */
        static final double LIMIT = 20;

        StartPicker {
            w = Math.max(-LIMIT, Math.min(LIMIT, w));
            b = Math.max(-LIMIT, Math.min(LIMIT, b));
        }

        StartPicker moved(double dw, double db) {
            return new StartPicker(run, w + dw, b + db);
        }

        /** The run's settings from the start picked. */
        TrainConfig config(TrainConfig run) {
            return run.withStart(w, b);
        }

        /**
         * The stretch of w the curve shows: −6 to 6, where σ goes from saturated low to saturated
         * high for any bias the lessons use, widened to keep the marker a step inside.
         */
        double from() {
            return Math.min(-6, Math.floor(w) - 1);
        }

        double to() {
            return Math.max(6, Math.ceil(w) + 1);
        }
    }

    /** A start is being picked on the curve: arrows move the marker. */
    boolean picking() {
        return picker != null;
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
        if (picker != null) return Step.stay(pick(key));
        if (key.is('w')) return Step.stay(stopped().editing(0));
        if (key.is('s')) return Step.stay(stopped().picking(0));
        if (key.is('r')) {
            if (playing) return Step.stay(stopped());
            TrainLab from = epoch >= epochs() ? at(0) : this;
            return nextFrame(new TrainLab(title, runs, chart, from.epoch, true, play + 1, null, null));
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
        return new TrainLab(title, runs, chart, epoch, false, play, editor, picker);
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
        return editing(run, c.w(), c.b());
    }

    private TrainLab editing(int run, double w, double b) {
        String start = satlab.engine.Format.number(w) + ", " + satlab.engine.Format.number(b);
        return new TrainLab(title, runs, chart, epoch, false, play,
                new StartEditor(run, TextField.of(start).selectAll(), ""), null);
    }

    private TrainLab picking(int run) {
        TrainConfig c = runs.get(run).config();
        return new TrainLab(title, runs, chart, epoch, false, play, null, new StartPicker(run, c.w(), c.b()));
    }

    private TrainLab picked(StartPicker p) {
        return new TrainLab(title, runs, chart, epoch, false, play, null, p);
    }

    /** A key while a start is picked on the curve; w types the start picked so far instead. */
    private TrainLab pick(Key key) {
        double step = StartPicker.STEP;
        switch (key.type()) {
            case LEFT -> {
                return picked(picker.moved(-step, 0));
            }
            case RIGHT -> {
                return picked(picker.moved(step, 0));
            }
            case UP -> {
                return picked(picker.moved(0, step));
            }
            case DOWN -> {
                return picked(picker.moved(0, -step));
            }
            case TAB -> {
                return picking((picker.run() + 1) % runs.size());
            }
            case BACK_TAB -> {
                return picking((picker.run() + runs.size() - 1) % runs.size());
            }
            case ESC -> {
                return new TrainLab(title, runs, chart, epoch, false, play, null, null);
            }
            case ENTER -> {
                List<TrainResult> next = new ArrayList<>(runs);
                next.set(picker.run(), Trainer.run(picker.config(runs.get(picker.run()).config())));
                return new TrainLab(title, next, chart, epoch, false, play, null, null);
            }
            default -> { }
        }
        if (key.type() != Key.Type.CHAR) return this;
        return switch (key.ch()) {
            case 'h' -> picked(picker.moved(-step, 0));
            case 'l' -> picked(picker.moved(step, 0));
            case 'k' -> picked(picker.moved(0, step));
            case 'j' -> picked(picker.moved(0, -step));
            case 'w' -> editing(picker.run(), picker.w(), picker.b());
            default -> this;
        };
    }

    private TrainLab edit(Key key) {
        switch (key.type()) {
            case ESC -> {
                return new TrainLab(title, runs, chart, epoch, playing, play, null, null);
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
                    return new TrainLab(title, next, chart, epoch, false, play, null, null);
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
        return new TrainLab(title, runs, chart, Math.max(0, Math.min(epochs(), e)), playing, play, editor, picker);
    }
}
