package satlab.lesson;

import java.util.List;
import satlab.sim.TrainNetConfig;
import satlab.sim.TrainNetText;

/**
 * A {@code train-net} block: the training playground on this run, and on a second
 * one differing in one setting when the block has {@code compare}. Players train
 * each with {@code satlab.sim.NetTraining} (the full-screen tutor live, on its
 * worker) and show the table, the chart of {@code chart} and the decision regions.
 *
 * @param runs  one or two, checked by the lesson checker against the playground's limits
 * @param chart what the chart plots by epoch
 * @param compare the block's {@code compare} (SETTING=VALUE), null without one: the lab keeps comparing
 *     that setting when the learner changes the others
 */
public record TrainNetBlock(List<TrainNetConfig> runs, TrainNetText.Quantity chart, String compare, int line)
        implements Block {

    /**
     * Training work a block may ask for, in floating-point operations over all its
     * epochs and runs: about two seconds on one core, so a line tutor printing it never
     * seems to hang.
     */
    public static final double MAX_FLOPS = 2e10;

    public TrainNetBlock {
        runs = List.copyOf(runs);
    }
}
