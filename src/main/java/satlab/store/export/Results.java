package satlab.store.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import satlab.store.Attempt;
import satlab.store.LessonProgress;
import satlab.store.Score;
import satlab.store.Scoring;
import satlab.store.Store;

/**
 * Every learner's scores and answers, for instructors ({@code satlab results}), as CSV, JSON or a
 * plain-text report. Times are UTC in ISO 8601; quizzes and steps are numbered from 1, as people
 * count them; an answer is "counted" when it is the learner's latest, not reset answer to that quiz,
 * which is what the scores add up.
 *
 * @param scores one row per learner and lesson
 * @param attempts every answer, including reset ones
 * @param counted the ids of the answers the scores count
 */
public record Results(List<Score> scores, List<Attempt> attempts, Set<Long> counted) {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    static final List<String> ATTEMPT_COLUMNS = List.of(
            "learner", "lesson", "quiz", "fingerprint", "seed", "answer", "correct", "answered_at", "counted", "reset");
    static final List<String> SCORE_COLUMNS = List.of(
            "learner", "lesson", "step", "steps", "completed", "completed_at", "right", "answered");

    /** Reads everything (or one lesson's) from the store. */
    public static Results of(Store store, Optional<String> lessonId) {
        List<Attempt> attempts = store.history(lessonId);
        Set<Long> counted = new HashSet<>();
        Scoring.counted(attempts).forEach(a -> counted.add(a.id()));
        return new Results(store.scores(lessonId), attempts, counted);
    }

    public boolean isEmpty() {
        return scores.isEmpty() && attempts.isEmpty();
    }

    /** One CSV record per answer, with a header row. */
    public String attemptsCsv() {
        return Csv.table(ATTEMPT_COLUMNS, attempts.stream().map(a -> List.of(
                a.learner(), a.lessonId(), Integer.toString(a.quizIndex() + 1), a.record().fingerprint(),
                Long.toString(a.record().seed()), a.record().answer(), Boolean.toString(a.correct()),
                a.record().answeredAt().toString(), Boolean.toString(counted.contains(a.id())),
                Boolean.toString(a.reset()))).toList());
    }

    /** One CSV record per learner and lesson, with a header row; step is counted from 1, empty if not started. */
    public String scoresCsv() {
        return Csv.table(SCORE_COLUMNS, scores.stream().map(s -> {
            LessonProgress p = s.progress();
            return List.of(s.learner(), p.lessonId(),
                    p.position().map(pos -> Integer.toString(pos.step() + 1)).orElse(""),
                    p.position().map(pos -> Integer.toString(pos.stepCount())).orElse(""),
                    Boolean.toString(p.completed()), p.completedAt().map(Instant::toString).orElse(""),
                    Integer.toString(p.right()), Integer.toString(p.answered()));
        }).toList());
    }

    /**
     * {@code {"scores": [...], "attempts": [...]}} with the CSV's columns as keys. Seeds are strings:
     * they are 64-bit and JavaScript numbers would round them.
     */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scores", scores.stream().map(s -> {
            LessonProgress p = s.progress();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("learner", s.learner());
            m.put("lesson", p.lessonId());
            m.put("step", p.position().map(pos -> pos.step() + 1).orElse(null));
            m.put("steps", p.position().map(pos -> pos.stepCount()).orElse(null));
            m.put("completed", p.completed());
            m.put("completed_at", p.completedAt().map(Instant::toString).orElse(null));
            m.put("right", p.right());
            m.put("answered", p.answered());
            return m;
        }).toList());
        root.put("attempts", attempts.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("learner", a.learner());
            m.put("lesson", a.lessonId());
            m.put("quiz", a.quizIndex() + 1);
            m.put("fingerprint", a.record().fingerprint());
            m.put("seed", Long.toString(a.record().seed()));
            m.put("answer", a.record().answer());
            m.put("correct", a.correct());
            m.put("answered_at", a.record().answeredAt().toString());
            m.put("counted", counted.contains(a.id()));
            m.put("reset", a.reset());
            return m;
        }).toList());
        return Json.write(root);
    }

    /** Scores, then every answer, as two aligned tables. */
    public String text() {
        StringBuilder out = new StringBuilder("Scores\n");
        out.append(TextTable.render(List.of("LEARNER", "LESSON", "STEP", "DONE", "RIGHT"), scores.stream().map(s -> {
            LessonProgress p = s.progress();
            return List.of(s.learner(), p.lessonId(), p.position().map(pos -> pos.describe()).orElse("-"),
                    p.completed() ? "yes" : "no", p.right() + " of " + p.answered());
        }).toList()));
        out.append("\nAnswers (counted: the latest to each quiz, which the scores add up)\n");
        out.append(TextTable.render(List.of("LEARNER", "LESSON", "QUIZ", "ANSWER", "RESULT", "WHEN (UTC)", "COUNTED"),
                attempts.stream().map(a -> List.of(a.learner(), a.lessonId(), Integer.toString(a.quizIndex() + 1),
                        a.record().answer(), a.correct() ? "right" : "wrong", READABLE.format(a.record().answeredAt()),
                        a.reset() ? "no (reset)" : counted.contains(a.id()) ? "yes" : "no")).toList()));
        return out.toString();
    }
}
