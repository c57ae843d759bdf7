package satlab.tui;

import java.util.OptionalLong;

/**
 * Who is learning. Quiz numbers are seeded from the learner's name, or from
 * {@code --seed} when given, so the same person sees the same numbers on return.
 */
public record Session(String learner, OptionalLong seed) {

    public Object quizSeedSource() {
        return seed.isPresent() ? (Object) seed.getAsLong() : learner;
    }
}
