package satlab.lesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import satlab.engine.Rng;

/**
 * A {@code quiz} block as written: templates and expressions, not yet numbers.
 * {@link #instantiate(long)} turns it into the concrete question one learner sees.
 *
 * @param kind       yes/no, multiple choice or number
 * @param lets       {@code let:} bindings ({@code w = randn(2) * 20}) in order
 * @param ask        the question; {@code {EXPR}} parts are filled in per learner
 * @param options    choice options (empty for other kinds)
 * @param answer     the answer expression: boolean (or {@code yes}/{@code no}) for
 *                   yes/no, a number for number quizzes, empty for choice quizzes
 * @param tolerance  for number quizzes
 * @param hint       shown on request; "" when there is none
 * @param explain    shown after answering; "" when there is none
 * @param threshold  the quiz's threshold, else the lesson's, else 5; bound to the
 *                   variable {@code threshold} when expressions are evaluated
 * @param sourceText the block's text between the fences, for {@link #fingerprint()}
 */
public record QuizBlock(Kind kind, List<String> lets, String ask, List<Option> options, String answer,
        Tolerance tolerance, String hint, String explain, double threshold, String sourceText, int line)
        implements Block {

    public enum Kind {
        YESNO,
        CHOICE,
        NUMBER
    }

    /**
     * A choice option. In a {@link QuizBlock} the texts are templates; in a
     * {@link QuizInstance} they are filled in.
     *
     * @param feedback said when the learner picks it (after {@code //}); "" if none
     */
    public record Option(String text, boolean right, String feedback) {}

    public QuizBlock {
        lets = List.copyOf(lets);
        options = List.copyOf(options);
    }

    /**
     * The seed of one learner's instance of a quiz: the same learner sees the same
     * numbers when they come back. {@code who} is the learner's name, or the
     * {@code --seed} number for reproducible runs.
     *
     * @param quizIndex the quiz's position in {@link Lesson#quizzes()}
     */
    public static long seed(Object who, String lessonId, int quizIndex) {
        return Rng.seedOf(who, lessonId, quizIndex);
    }

    /**
     * The question for one seed (see {@link #seed}): evaluates the {@code let:}
     * bindings with an interpreter seeded from it, fills in every {@code {EXPR}} and
     * works out the right answer. Same seed, same numbers, on every machine.
     *
     * @throws QuizError if an expression fails for this seed (the checker tries many
     *                   seeds so that learners should never see this)
     */
    public QuizInstance instantiate(long seed) {
        return QuizRuntime.instantiate(this, seed);
    }

    /**
     * A short hash of the block's source text. The store keeps it beside an answer so
     * an answer to a quiz that has since been edited is not mistaken for current.
     */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sourceText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
