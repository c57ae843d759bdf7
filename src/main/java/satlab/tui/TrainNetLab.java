package satlab.tui;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.Activation;
import satlab.engine.Format;
import satlab.sim.Cost;
import satlab.sim.EpochStats;
import satlab.sim.Init;
import satlab.sim.Mlp;
import satlab.sim.TrainNetConfig;
import satlab.sim.TrainNetSettings;
import satlab.sim.TrainNetText;

/**
 * The training lab's state: one run, or two side by side that differ in one
 * setting, trained live. Each run holds a snapshot of its network, the epochs so
 * far and the latest decision-region samples. Training happens in chunks on the
 * session's worker: the lab asks for a chunk ({@link Effect.TrainNet}), the worker
 * trains copies of the snapshots for about a frame and posts them back
 * ({@link LabEvent.Trained}), and the lab asks for the next chunk only then, so
 * keys queue between chunks and are never starved. A new generation (restart,
 * new init or scale) makes every chunk of the old one stale.
 *
 * @param initial    the settings the lab opened with, restored by 0 when they were changed
 * @param compare    what the second run changes, or NONE
 * @param custom     the lesson block's own comparison (SETTING=VALUE), offered by v besides the presets; null
 *                   for none
 * @param runs       one or two
 * @param generation counts restarts; chunks of another generation are dropped
 * @param paused     Space pauses; a chunk on its way still arrives and is shown
 * @param inFlight   a chunk of this generation is being trained
 * @param chart      what the chart plots by epoch
 */
record TrainNetLab(String title, TrainNetConfig initial, Compare compare, String custom, List<Run> runs, int generation,
        boolean paused, boolean inFlight, TrainNetText.Quantity chart, String message) {

    static final double[] ETAS = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50};
    static final double[] SCALES = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 4, 8, 16, 32, 64};
    /** Decision-region samples: 24 × 8 cells of 2 × 4 braille dots (ASCII uses every cell's centre). */
    static final int PICTURE_COLS = 24;
    static final int PICTURE_ROWS = 8;

    TrainNetLab {
        runs = List.copyOf(runs);
    }

    /** What the second run changes. */
    enum Compare {
        NONE, INIT, ACTIVATION, COST, CUSTOM;

        /** The next in v's cycle; CUSTOM only when the lab has a custom comparison. */
        Compare next(String custom) {
            Compare n = values()[(ordinal() + 1) % values().length];
            return n == CUSTOM && custom == null ? NONE : n;
        }

        /** The compared run, or null for NONE. */
        TrainNetConfig other(TrainNetConfig c, String custom) {
            return switch (this) {
                case NONE -> null;
                case CUSTOM -> {
                    int eq = custom.indexOf('=');
                    yield TrainNetSettings.with(c, custom.substring(0, eq).trim(), custom.substring(eq + 1).trim());
                }
                case INIT -> c.withInit(c.init() instanceof Init.Xavier ? new Init.Normal(1) : new Init.Xavier())
                        .withScale(1);
                case ACTIVATION -> c.withActivation(c.activation() == Activation.SIGMOID ? Activation.TANH
                        : Activation.SIGMOID);
                case COST -> c.withCost(c.cost() == Cost.QUADRATIC ? Cost.CROSS_ENTROPY : Cost.QUADRATIC);
            };
        }

        String describe(String custom) {
            return switch (this) {
                case NONE -> "one run";
                case CUSTOM -> "run 2: " + custom;
                case INIT -> "N(0,1) vs Xavier";
                case ACTIVATION -> "sigmoid vs tanh";
                case COST -> "quadratic vs cross-entropy";
            };
        }


    }

    /**
     * @param net     the network after the last epoch in history (a snapshot: never trained in place)
     * @param history epoch 0 first; empty until the first chunk measured it
     * @param picture P(class 1) samples for the decision regions, null until the first chunk
     */
    record Run(TrainNetConfig config, Mlp net, List<EpochStats> history, double[][] picture) {
        Run {
            history = List.copyOf(history);
        }

        static Run fresh(TrainNetConfig c) {
            return new Run(c, Mlp.build(c), List.of(), null);
        }

        int epoch() {
            return history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
        }

        boolean done() {
            return !history.isEmpty() && epoch() >= config.epochs();
        }

        Run withEta(double eta) {
            return new Run(config.withEta(eta), net, history, picture);
        }
    }

    /**
     * The lab on these runs, waiting for its first chunk.
     *
     * @param custom the second run's difference (SETTING=VALUE) when there are two runs, else null
     */
    static TrainNetLab open(String title, List<TrainNetConfig> configs, String custom) {
        boolean two = configs.size() > 1 && custom != null;
        return fresh(title, two ? configs : configs.subList(0, 1), two ? Compare.CUSTOM : Compare.NONE,
                two ? custom : null, 1);
    }

    private static TrainNetLab fresh(String title, List<TrainNetConfig> configs, Compare compare, String custom,
            int generation) {
        List<Run> runs = new ArrayList<>();
        for (TrainNetConfig c : configs) runs.add(Run.fresh(c));
        return new TrainNetLab(title, configs.get(0), compare, custom, runs, generation, false, true,
                TrainNetText.Quantity.fitting(configs), "");
    }

    /** The lab after one key, and whether to ask for a chunk; null when the key leaves the lab. */
    record Step(TrainNetLab lab, boolean train) {}

    Step key(Key key) {
        if (key.type() == Key.Type.ESC) return null;
        if (key.type() != Key.Type.CHAR) return new Step(this, false);
        TrainNetConfig c = runs.get(0).config();
        return switch (key.ch()) {
            case ' ' -> pauseOrResume();
            case '+', '=' -> eta(+1);
            case '-', '_' -> eta(-1);
            case '0' -> restart(c, compare, "restarted with the same seed");
            case 'i' -> restart(c.withInit(NetworkLab.nextInit(c.init())), compare, "");
            case '>', '.' -> scale(c, +1);
            case '<', ',' -> scale(c, -1);
            case 'a' -> restart(c.withActivation(NetworkLab.nextActivation(c.activation())), compare, "");
            case 'c' -> restart(c.withCost(c.cost() == Cost.QUADRATIC ? Cost.CROSS_ENTROPY : Cost.QUADRATIC),
                    compare, "");
            case 'd' -> restart(c.withData(c.data().next()), compare, "");
            case 's' -> restart(c.withSeed(c.seed() + 1), compare, "");
            case 'S' -> restart(c.withSeed(c.seed() - 1), compare, "");
            case 'v' -> restart(c, compare.next(custom), "");
            case 'r' -> restart(initial, compare, "the lab's first settings");
            case 't' -> new Step(withChart(TrainNetText.Quantity.values()[(chart.ordinal() + 1)
                    % TrainNetText.Quantity.values().length]), false);
            default -> new Step(this, false);
        };
    }

    /** A chunk came back: taken if it is of this generation, then the next is asked for unless paused or done. */
    Step on(LabEvent.Trained t) {
        if (t.generation() != generation) return new Step(this, false);
        List<Run> next = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            List<EpochStats> h = new ArrayList<>(r.history());
            h.addAll(t.epochs().get(i));
            next.add(new Run(r.config(), t.nets().get(i), h, t.pictures().get(i)));
        }
        boolean done = next.stream().allMatch(Run::done);
        TrainNetLab lab = new TrainNetLab(title, initial, compare, custom, next, generation, paused, false, chart,
                done && !finished() ? "finished: " + next.get(0).epoch() + " epochs (0 trains it again)" : message);
        boolean more = !paused && !done;
        return new Step(more ? lab.withInFlight(true) : lab, more);
    }

    /** A chunk failed (out of memory, a bug): training stops with the reason shown. */
    TrainNetLab failed(LabEvent.TrainFailed f) {
        if (f.generation() != generation) return this;
        return new TrainNetLab(title, initial, compare, custom, runs, generation, true, false, chart, f.message());
    }

    /** Every run reached its last epoch. */
    boolean finished() {
        return runs.stream().allMatch(Run::done);
    }

    /** The work the worker is asked to do next: copies of the snapshots, the rates, and whether to measure first. */
    Effect.TrainNet chunk() {
        List<Mlp> nets = new ArrayList<>();
        List<Double> etas = new ArrayList<>();
        List<Integer> left = new ArrayList<>();
        for (Run r : runs) {
            nets.add(r.net());
            etas.add(r.config().eta());
            left.add(r.config().epochs() - r.epoch());
        }
        return new Effect.TrainNet(generation, nets, etas, left, runs.get(0).history().isEmpty(),
                PICTURE_COLS * 2, PICTURE_ROWS * 4);
    }

    private Step pauseOrResume() {
        if (!paused) {
            return new Step(new TrainNetLab(title, initial, compare, custom, runs, generation, true, inFlight, chart,
                    "paused: Space goes on"), false);
        }
        if (finished()) return new Step(withMessage("finished; 0 trains it again"), false);
        TrainNetLab lab = new TrainNetLab(title, initial, compare, custom, runs, generation, false, true, chart, "");
        return new Step(lab, !inFlight);
    }

    /** Steps the learning rate of every run; the next chunk uses it, nothing restarts. */
    private Step eta(int dir) {
        List<Run> next = new ArrayList<>();
        for (Run r : runs) {
            double e = step(ETAS, r.config().eta(), dir);
            if (e == r.config().eta()) return new Step(withMessage("eta is at its " + (dir > 0 ? "largest" : "smallest")),
                    false);
            next.add(r.withEta(e));
        }
        return new Step(new TrainNetLab(title, initial, compare, custom, next, generation, paused, inFlight, chart,
                "eta " + Format.number(next.get(0).config().eta()) + " from epoch " + (next.get(0).epoch() + 1)),
                false);
    }

    private Step scale(TrainNetConfig c, int dir) {
        double s = step(SCALES, c.scale(), dir);
        if (s == c.scale()) return new Step(withMessage("the weight scale is at its " + (dir > 0 ? "largest"
                : "smallest")), false);
        return restart(c.withScale(s), compare, "");
    }

    /** Starts over from epoch 0 on these settings: a new generation, the old chunks stale. */
    private Step restart(TrainNetConfig first, Compare cmp, String why) {
        List<TrainNetConfig> configs = new ArrayList<>();
        configs.add(first);
        TrainNetConfig other = cmp.other(first, custom);
        if (other != null) configs.add(other);
        TrainNetLab fresh = fresh(title, configs, cmp, custom, generation + 1);
        TrainNetLab lab = new TrainNetLab(title, initial, cmp, custom, fresh.runs(), generation + 1, false, true,
                cmp == compare ? chart : fresh.chart(), why);
        return new Step(lab, true);
    }

    private TrainNetLab withChart(TrainNetText.Quantity q) {
        return new TrainNetLab(title, initial, compare, custom, runs, generation, paused, inFlight, q, "chart: " + q.title());
    }

    TrainNetLab withMessage(String m) {
        return new TrainNetLab(title, initial, compare, custom, runs, generation, paused, inFlight, chart, m);
    }

    private TrainNetLab withInFlight(boolean f) {
        return new TrainNetLab(title, initial, compare, custom, runs, generation, paused, f, chart, message);
    }

    /** The learner left the lab for another screen (e): it waits there, paused. */
    TrainNetLab pausedAway() {
        return paused ? this : new TrainNetLab(title, initial, compare, custom, runs, generation, true, inFlight, chart,
                "paused while away: Space goes on");
    }

    private static double step(double[] values, double now, int dir) {
        if (dir > 0) {
            for (double v : values) if (v > now * (1 + 1e-9)) return v;
        } else {
            for (int i = values.length - 1; i >= 0; i--) if (values[i] < now * (1 - 1e-9)) return values[i];
        }
        return now;
    }

    /** For the status line: data set and compare mode. */
    String describe() {
        TrainNetConfig c = runs.get(0).config();
        return c.data().spec() + ", " + c.points() + " points; batch " + c.batch() + "; " + compare.describe(custom);
    }
}
