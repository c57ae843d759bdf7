package satlab.lesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code quiz} block as written: templates and expressions, not yet numbers.
 * {@link #instantiate(long)} turns it into the concrete question one learner sees.
 *
 * @param id         the quiz's identity in its lesson: the author's {@code id:}, or one
 *                   derived from the quiz itself ({@link #derivedId}), so inserting,
 *                   removing or reordering other quizzes and steps never changes it
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
 * @param attempts   how many answers a learner may give: the quiz's {@code attempts:},
 *                   else the lesson's, else {@link #DEFAULT_ATTEMPTS}
 * @param answerUses what a number answer may be written with ({@code answer-uses:})
 * @param sourceText the block's text between the fences (answers saved by satlab
 *                   before quiz identities were keyed by a hash of it)
 * @param version    a hash of everything that decides what is asked and what is right
 *                   (not the hint, explanation or feedback, so fixing a typo there keeps
 *                   learners' answers); an answer counts only for the version it was given to
 */
public record QuizBlock(String id, Kind kind, List<String> lets, String ask, List<Option> options, String answer,
        Tolerance tolerance, String hint, String explain, double threshold, int attempts, AnswerUses answerUses,
        String sourceText, int line, String version) implements Block {

    public static final int DEFAULT_ATTEMPTS = 2;
    public static final int MAX_ATTEMPTS = 9;

    /** An author's {@code id:}: short, and safe in file names, CSV and URLs. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

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
        if (version == null) version = versionOf(kind, lets, ask, options, answer, tolerance, threshold, answerUses);
    }

    /** A block whose version is worked out from its parts. */
    public QuizBlock(String id, Kind kind, List<String> lets, String ask, List<Option> options, String answer,
            Tolerance tolerance, String hint, String explain, double threshold, int attempts, AnswerUses answerUses,
            String sourceText, int line) {
        this(id, kind, lets, ask, options, answer, tolerance, hint, explain, threshold, attempts, answerUses,
                sourceText, line, null);
    }

    /**
     * The question for one seed: evaluates the {@code let:} bindings with an
     * interpreter seeded from it, fills in every {@code {EXPR}} and works out the
     * right answer. Same seed, same numbers, on every machine.
     *
     * @throws QuizError if an expression fails for this seed (the checker tries many
     *                   seeds so that learners should rarely see this)
     */
    public QuizInstance instantiate(long seed) {
        return QuizRuntime.instantiate(this, seed);
    }

    /**
     * The identity of a quiz without an {@code id:}: a hash of what makes it this
     * question (kind, bindings, question, options), not of where it is. Whitespace
     * and blank lines in the block do not change it.
     */
    public static String derivedId(Kind kind, List<String> lets, String ask, List<Option> options) {
        StringBuilder sb = new StringBuilder(kind.name());
        lets.forEach(l -> sb.append("\u0000let ").append(squeeze(l)));
        sb.append("\u0000ask ").append(squeeze(ask));
        options.forEach(o -> sb.append("\u0000option ").append(o.right()).append(' ').append(squeeze(o.text())));
        return "q-" + hash(sb.toString());
    }

    private static String versionOf(Kind kind, List<String> lets, String ask, List<Option> options, String answer,
            Tolerance tolerance, double threshold, AnswerUses answerUses) {
        StringBuilder sb = new StringBuilder(kind.name());
        lets.forEach(l -> sb.append("\u0000let ").append(squeeze(l)));
        sb.append("\u0000ask ").append(squeeze(ask));
        options.forEach(o -> sb.append("\u0000option ").append(o.right()).append(' ').append(squeeze(o.text())));
        sb.append("\u0000answer ").append(squeeze(answer));
        sb.append("\u0000tolerance ").append(tolerance);
        sb.append("\u0000threshold ").append(threshold);
        sb.append("\u0000uses ").append(answerUses.label());
        return hash(sb.toString());
    }

    /** Runs of white space as one space, trimmed: layout is not content. */
    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /** The first 16 hex digits of the SHA-256 of the text. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
