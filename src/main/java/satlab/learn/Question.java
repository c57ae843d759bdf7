package satlab.learn;

import satlab.lesson.QuizInstance;

/** A quiz asked for one seed: the learner's question, or a message in its place. */
public sealed interface Question {

    long seed();

    record Ready(QuizInstance instance) implements Question {
        @Override
        public long seed() {
            return instance.seed();
        }
    }

    /**
     * The quiz fails for this seed (a lesson bug the checker missed). Every front end
     * shows {@code message} where the quiz would be; the quiz counts as not answerable.
     */
    record Broken(String message, long seed) implements Question {}
}
