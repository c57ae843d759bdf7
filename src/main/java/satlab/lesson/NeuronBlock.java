package satlab.lesson;

import satlab.engine.Activation;

/**
 * A {@code neuron} block: a neuron explorer opened with these values. The lists and
 * the bias stay source text ({@code 1000, 1000}, {@code 1/sqrt(2)}) because the
 * explorer shows them in editable fields; the checker has made sure they evaluate
 * with {@code Interpreter.numbers} / {@code Interpreter.run}, to equal lengths.
 *
 * @param threshold the block's own threshold; else the lesson's, which is stated for
 *                  the sigmoid and so halved for tanh (same gradient fraction) and 0
 *                  for relu; else the activation's default (5, 2.5, 0)
 */
public record NeuronBlock(String weights, String inputs, String bias, Activation activation, double threshold,
        int line) implements Block {}
