package satlab.store.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Item analysis for instructors ({@code satlab results --items}): how the class did on each quiz,
 * as a text table, CSV or JSON. The learning model ({@code satlab.learn.ItemAnalysis}) counts; this
 * only shows the counts. Only answers that count for the quiz as it is now are counted (not reset,
 * not reviews, given to its current version).
 *
 * @param items one per quiz, in course order
 */
public record Items(List<Item> items) {

    /** How many answers had this value (as the quiz read it: "0.25", "yes", "1,3"). */
    public record WrongAnswer(String value, int count) {}

    /**
     * One quiz.
     *
     * @param number the quiz's position in its lesson, counted from 1
     * @param question the question as learners saw it; when they did not all see one (their numbers differ,
     *                 or nobody answered), the lesson's text, or what the caller of the item analysis stands in
     * @param attempts the answers counted
     * @param learners the learners who answered it
     * @param rightFirstTry learners whose first answer was right
     * @param rightInTheEnd learners who got it right on some attempt
     * @param hintSeen learners who had the hint showing on some answer
     * @param wrong the commonest wrong answers by value, most frequent first (at most {@link #TOP})
     */
    public record Item(String lesson, int number, String quizId, String question, int attempts, int learners,
            int rightFirstTry, int rightInTheEnd, int hintSeen, List<WrongAnswer> wrong) {
        public Item {
            wrong = List.copyOf(wrong);
        }
    }

    /** How many wrong answers each quiz lists. */
    public static final int TOP = 3;

    public Items {
        items = List.copyOf(items);
    }

    static final List<String> CSV_COLUMNS = List.of("lesson", "quiz", "quiz_id", "question", "attempts", "learners",
            "right_first_try_pct", "right_in_the_end_pct", "hint_seen_pct", "wrong_1", "wrong_1_count", "wrong_2",
            "wrong_2_count", "wrong_3", "wrong_3_count");

    /** A whole percentage of the learners, rounded; empty when nobody answered. */
    static String percent(int part, int learners) {
        return learners == 0 ? "" : Long.toString(Math.round(100.0 * part / learners));
    }

    public String csv() {
        List<List<String>> rows = new ArrayList<>();
        for (Item i : items) {
            List<String> row = new ArrayList<>(List.of(i.lesson(), Integer.toString(i.number()), i.quizId(),
                    i.question(), Integer.toString(i.attempts()), Integer.toString(i.learners()),
                    percent(i.rightFirstTry(), i.learners()), percent(i.rightInTheEnd(), i.learners()),
                    percent(i.hintSeen(), i.learners())));
            for (int k = 0; k < TOP; k++) {
                row.add(k < i.wrong().size() ? i.wrong().get(k).value() : "");
                row.add(k < i.wrong().size() ? Integer.toString(i.wrong().get(k).count()) : "");
            }
            rows.add(row);
        }
        return Csv.table(CSV_COLUMNS, rows);
    }

    /** {@code {"items": [...]}}: the counts, and the percentages (null when nobody answered). */
    public String json() {
        List<Object> out = new ArrayList<>();
        for (Item i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lesson", i.lesson());
            m.put("quiz", i.number());
            m.put("quizId", i.quizId());
            m.put("question", i.question());
            m.put("attempts", i.attempts());
            m.put("learners", i.learners());
            m.put("rightFirstTry", i.rightFirstTry());
            m.put("rightFirstTryPercent", percentOrNull(i.rightFirstTry(), i.learners()));
            m.put("rightInTheEnd", i.rightInTheEnd());
            m.put("rightInTheEndPercent", percentOrNull(i.rightInTheEnd(), i.learners()));
            m.put("hintSeen", i.hintSeen());
            m.put("hintSeenPercent", percentOrNull(i.hintSeen(), i.learners()));
            m.put("wrongAnswers", i.wrong().stream().map(w -> {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("value", w.value());
                a.put("count", w.count());
                return a;
            }).toList());
            out.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("items", out);
        return Json.write(root);
    }

    private static Long percentOrNull(int part, int learners) {
        return learners == 0 ? null : Math.round(100.0 * part / learners);
    }

    /** One row per quiz; the question last, since it is the longest. */
    public String text() {
        List<List<String>> rows = new ArrayList<>();
        for (Item i : items) {
            String wrong = String.join(", ", i.wrong().stream().map(w -> w.value() + " (" + w.count() + ")").toList());
            rows.add(List.of(i.lesson(), i.number() + " " + i.quizId(), Integer.toString(i.learners()),
                    Integer.toString(i.attempts()), shown(i.rightFirstTry(), i.learners()),
                    shown(i.rightInTheEnd(), i.learners()), shown(i.hintSeen(), i.learners()),
                    wrong.isEmpty() ? "-" : wrong, i.question()));
        }
        return "Quizzes: the answers that count (not reset, not reviews, to the quiz as it is now);\n"
                + "percentages are of the learners who answered.\n"
                + TextTable.render(List.of("LESSON", "QUIZ", "LEARNERS", "ANSWERS", "RIGHT 1ST", "RIGHT END", "HINT",
                        "COMMONEST WRONG (COUNT)", "QUESTION"), rows);
    }

    private static String shown(int part, int learners) {
        return learners == 0 ? "-" : percent(part, learners) + "%";
    }
}
