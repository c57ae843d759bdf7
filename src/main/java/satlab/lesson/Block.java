package satlab.lesson;

/**
 * A piece of a step, in reading order. Java 17 has no pattern switch, so players
 * dispatch with {@code instanceof}; the sealed list tells them every case there is
 * (more kinds join this list as they are built).
 */
public sealed interface Block permits Prose, PlotBlock, NeuronBlock, NetworkBlock, TrainBlock, QuizBlock,
        TrainNetBlock {

    /** 1-based line in the lesson file where the block starts. */
    int line();
}
