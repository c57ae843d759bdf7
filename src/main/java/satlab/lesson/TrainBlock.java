package satlab.lesson;

import java.util.List;
import satlab.sim.TrainConfig;
import satlab.sim.TrainText;

/**
 * A {@code train} block: Nielsen's one-neuron trainer (x = 1, y = 0), one run per
 * start and cost, racing. Players run each with {@code satlab.sim.Trainer.run} and
 * draw the curves of {@code chart} on one chart, with {@code TrainText.table} below.
 *
 * @param runs every start crossed with every cost, starts first: "start: 2, 2",
 *     "start: 0.6, 0.9", "cost: quadratic" gives two runs; one to {@link #MAX_RUNS}
 * @param chart what the chart plots by epoch: the output (default) or the cost
 */
public record TrainBlock(List<TrainConfig> runs, TrainText.Quantity chart, int line) implements Block {

    /** Runs side by side in a table of 80 columns. */
    public static final int MAX_RUNS = 3;

    public TrainBlock {
        runs = List.copyOf(runs);
    }
}
