package satlab.lesson;

/**
 * The outcome of one answer.
 *
 * @param result        right, wrong, or not an answer at all (the player asks again)
 * @param given         the learner's answer as understood ("yes", "2", "0.0066")
 * @param feedback      one line for the learner: "Right." / "Not quite." plus the
 *                      chosen option's feedback, or why the input is not an answer
 * @param explanation   the quiz's filled-in {@code explain:} text; "" if none
 * @param correctAnswer the right answer for people ("yes", "2. It saturates", "4.54e-5")
 * @param value         the answer's value in full precision ("0.006648056670790033", "yes",
 *                      "1,3"); "" when it is not an answer
 */
public record Verdict(Result result, String given, String feedback, String explanation, String correctAnswer,
        String value) {

    public enum Result {
        RIGHT,
        WRONG,
        /** Not an answer to this quiz ("maybe" to a yes/no, option 7 of 3, a typo). */
        INVALID
    }

    public boolean right() {
        return result == Result.RIGHT;
    }

    /** The words a feedback starts with: "Right." for a right answer, "Not quite." for a wrong one. */
    public static String judgement(boolean right) {
        return right ? "Right." : "Not quite.";
    }

    /**
     * {@code text} without the judgement it starts with, for a view that shows the verdict
     * by a mark of its own ("✓ RIGHT"), so the learner is not told twice.
     */
    public static String withoutJudgement(String text) {
        for (String j : new String[] {judgement(true), judgement(false)}) {
            if (text.startsWith(j)) return text.substring(j.length()).strip();
        }
        return text;
    }
}
