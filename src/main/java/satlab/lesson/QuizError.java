package satlab.lesson;

import satlab.engine.EngineError;

/**
 * A quiz that cannot be instantiated for some seed: an expression failed, a template
 * is malformed, or the answer has the wrong type. {@code satlab check} tries many
 * seeds so learners should never meet one; players show {@link #getMessage()}.
 */
public final class QuizError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which part of the quiz failed. */
    public enum Part {
        LET,
        ASK,
        HINT,
        EXPLAIN,
        OPTION,
        FEEDBACK,
        ANSWER
    }

    private final Part part;
    private final int index;
    private final int offset;

    QuizError(Part part, int index, int offset, String message, EngineError cause) {
        super(message, cause);
        this.part = part;
        this.index = index;
        this.offset = offset;
    }

    public Part part() {
        return part;
    }

    /** Which let or option (0-based); 0 for the other parts. */
    public int index() {
        return index;
    }

    /** 0-based offset of the problem in that part's text. */
    public int offset() {
        return offset;
    }
}
