package satlab.lesson;

import satlab.sim.NetworkConfig;

/**
 * A {@code network} block: the layer-stack lab opened on this experiment. Players
 * run it with {@code satlab.sim.Network.run} and show {@code NetworkText}'s table,
 * saturation bars and histograms; the lab's keys change it with the config's
 * with-methods.
 *
 * @param config checked by the lesson checker: every value valid, the sizes within
 *     the simulation's limits; its threshold is the block's, else the lesson's (halved
 *     for tanh), else NaN for the activation's default
 */
public record NetworkBlock(NetworkConfig config, int line) implements Block {}
