package satlab.lesson;

import java.util.List;

/**
 * One page of a lesson: a level-2 heading and what follows it up to the next one.
 * Text before the first heading becomes a step titled with the lesson's title.
 *
 * @param line 1-based line of the heading (or of the intro's first line)
 */
public record Step(String title, List<Block> blocks, int line) {

    public Step {
        blocks = List.copyOf(blocks);
    }
}
