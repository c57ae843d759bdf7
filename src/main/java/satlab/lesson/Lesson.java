package satlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One lesson file: front matter plus its steps (one screen each).
 *
 * @param id        unique in a course, {@code [a-z0-9-]+}; the store keys progress by it
 * @param title     shown in the course menu and as the intro step's title
 * @param order     the {@code order} front-matter key, if given
 * @param threshold the lesson's saturation threshold on |z| for the sigmoid, if given;
 *                  blocks without their own threshold already inherit it (see
 *                  {@link NeuronBlock#threshold()} for other activations)
 * @param source    where it came from, for messages: a path or a classpath name
 * @param steps     at least one
 * @param version   a hash of the file's text: any edit makes a new lesson version
 */
public record Lesson(String id, String title, OptionalInt order, OptionalDouble threshold, String source,
        List<Step> steps, String version) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    /**
     * Every quiz in reading order. A quiz's position in this list is its quiz number
     * as people count it (minus one); its identity is {@link QuizBlock#id()}.
     */
    public List<QuizBlock> quizzes() {
        List<QuizBlock> all = new ArrayList<>();
        for (Step step : steps) {
            for (Block block : step.blocks()) {
                if (block instanceof QuizBlock quiz) all.add(quiz);
            }
        }
        return all;
    }

    /** The 0-based position of a quiz of this lesson, or -1. */
    public int quizIndex(QuizBlock quiz) {
        List<QuizBlock> all = quizzes();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == quiz) return i;
        }
        return -1;
    }

    /** The 0-based step holding the quiz at this position. */
    public int stepOf(int quizIndex) {
        int seen = 0;
        for (int s = 0; s < steps.size(); s++) {
            for (Block block : steps.get(s).blocks()) {
                if (block instanceof QuizBlock && seen++ == quizIndex) return s;
            }
        }
        return -1;
    }
}
