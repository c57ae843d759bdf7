package satlab.store.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import satlab.store.Attempt;
import satlab.store.AttemptRecord;

/**
 * Every learner's scores and answers, for instructors ({@code satlab results}), as CSV, JSON or a
 * plain-text report. The learning model ({@code satlab.learn.Gradebook}) fills it in: it knows the
 * lessons, so scores are out of every quiz of a lesson. Times are UTC in ISO 8601; quiz positions
 * and steps are counted from 1, as people count them. An answer is "counted" when it was given to
 * the quiz as it is now, in the lesson (not a review) and not reset.
 *
 * @param scores one row per learner and lesson
 * @param attempts every answer, including reset ones
 * @param counted the ids of the answers the scores count
 */
public record Results(List<ScoreRow> scores, List<Attempt> attempts, Set<Long> counted) {

    /**
     * One learner in one lesson.
     *
     * @param step the step they are on, counted from 1; empty when not started
     * @param total every quiz of the lesson as it is now (or, for a lesson satlab does not have, the
     *     quizzes answered)
     * @param finished quizzes answered right or out of attempts
     * @param seconds time spent in the lesson, from first opening to the last thing saved
     */
    public record ScoreRow(String learner, String lesson, Optional<Integer> step, Optional<Integer> steps,
            boolean done, Optional<Instant> completedAt, int right, int finished, int total, long seconds) {}

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    static final List<String> ATTEMPT_COLUMNS = List.of("learner", "lesson", "lessonVersion", "quiz", "quizVersion",
            "position", "question", "values", "expected", "answer", "answerValue", "correct", "attempt", "hint",
            "review", "time", "seed", "counted", "reset");
    static final List<String> SCORE_COLUMNS = List.of(
            "learner", "lesson", "step", "steps", "done", "completed_at", "right", "finished", "quizzes", "seconds");

    public boolean isEmpty() {
        return scores.isEmpty() && attempts.isEmpty();
    }

    /** A seed as text no spreadsheet turns into a rounded number: 16 hex digits after 0x. */
    public static String seed(long seed) {
        return String.format("0x%016x", seed);
    }

    /** One CSV record per answer, with a header row; the drawn values as "name=value; ...". */
    public String attemptsCsv() {
        List<List<String>> rows = new ArrayList<>();
        for (Attempt a : attempts) {
            AttemptRecord r = a.record();
            List<String> values = new ArrayList<>();
            r.values().forEach((k, v) -> values.add(k + "=" + v));
            rows.add(List.of(r.learner(), r.lessonId(), r.lessonVersion(), r.quizId(), r.quizVersion(),
                    Integer.toString(r.quizIndex() + 1), r.question(), String.join("; ", values), r.expected(),
                    r.answer(), r.answerValue(), Boolean.toString(r.correct()), Integer.toString(r.attempt()),
                    Boolean.toString(r.hint()), Boolean.toString(r.review()), r.answeredAt().toString(),
                    seed(r.seed()), Boolean.toString(counted.contains(a.id())), Boolean.toString(a.reset())));
        }
        return Csv.table(ATTEMPT_COLUMNS, rows);
    }

    /** One CSV record per learner and lesson, with a header row. */
    public String scoresCsv() {
        return Csv.table(SCORE_COLUMNS, scores.stream().map(s -> List.of(s.learner(), s.lesson(),
                s.step().map(String::valueOf).orElse(""), s.steps().map(String::valueOf).orElse(""),
                Boolean.toString(s.done()), s.completedAt().map(Instant::toString).orElse(""),
                Integer.toString(s.right()), Integer.toString(s.finished()), Integer.toString(s.total()),
                Long.toString(s.seconds()))).toList());
    }

    /**
     * {@code {"scores": [...], "attempts": [...]}}. Attempts carry {@code learner, lesson,
     * lessonVersion, quiz, quizVersion, question, values, expected, answer, answerValue, correct,
     * attempt, hint, time}, and also {@code position, review, seed, counted, reset}. Seeds are strings:
     * they are 64-bit and JavaScript numbers would round them.
     */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scores", scores.stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("learner", s.learner());
            m.put("lesson", s.lesson());
            m.put("step", s.step().orElse(null));
            m.put("steps", s.steps().orElse(null));
            m.put("done", s.done());
            m.put("completedAt", s.completedAt().map(Instant::toString).orElse(null));
            m.put("right", s.right());
            m.put("finished", s.finished());
            m.put("quizzes", s.total());
            m.put("seconds", s.seconds());
            return m;
        }).toList());
        root.put("attempts", attempts.stream().map(a -> {
            AttemptRecord r = a.record();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("learner", r.learner());
            m.put("lesson", r.lessonId());
            m.put("lessonVersion", r.lessonVersion());
            m.put("quiz", r.quizId());
            m.put("quizVersion", r.quizVersion());
            m.put("question", r.question());
            m.put("values", new LinkedHashMap<String, Object>(r.values()));
            m.put("expected", r.expected());
            m.put("answer", r.answer());
            m.put("answerValue", r.answerValue());
            m.put("correct", r.correct());
            m.put("attempt", r.attempt());
            m.put("hint", r.hint());
            m.put("time", r.answeredAt().toString());
            m.put("position", r.quizIndex() + 1);
            m.put("review", r.review());
            m.put("seed", seed(r.seed()));
            m.put("counted", counted.contains(a.id()));
            m.put("reset", a.reset());
            return m;
        }).toList());
        return Json.write(root);
    }

    /** Scores, then every answer, as two aligned tables. */
    public String text() {
        StringBuilder out = new StringBuilder("Scores (right out of every quiz of the lesson)\n");
        out.append(TextTable.render(List.of("LEARNER", "LESSON", "STEP", "DONE", "RIGHT"), scores.stream().map(s ->
                List.of(s.learner(), s.lesson(), s.step().map(st -> st + " of " + s.steps().orElse(st)).orElse("-"),
                        s.done() ? "yes" : "no", s.right() + " of " + s.total())).toList()));
        out.append("\nAnswers (counted: given to the quiz as it is now, in the lesson; reviews do not count)\n");
        out.append(TextTable.render(List.of("LEARNER", "LESSON", "QUIZ", "TRY", "ANSWER", "RESULT", "WHEN (UTC)",
                "COUNTED"), attempts.stream().map(a -> List.of(a.learner(), a.lessonId(),
                        (a.quizIndex() + 1) + (a.record().quizId().isEmpty() ? "" : " " + a.record().quizId()),
                        Integer.toString(a.record().attempt()) + (a.record().review() ? " review" : ""),
                        a.record().answer(), a.correct() ? "right" : "wrong", READABLE.format(a.record().answeredAt()),
                        a.reset() ? "no (reset)" : counted.contains(a.id()) ? "yes" : "no")).toList()));
        return out.toString();
    }
}
