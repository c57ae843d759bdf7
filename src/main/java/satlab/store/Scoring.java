package satlab.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/** How answers turn into scores; shared by the store and the instructors' export. */
public final class Scoring {

    private Scoring() {}

    /** For each key, the answer with the largest id (the latest given); reset answers are skipped. */
    static <K> Map<K, Attempt> latest(List<Attempt> attempts, Function<Attempt, K> key) {
        Map<K, Attempt> latest = new HashMap<>();
        for (Attempt a : attempts) {
            if (a.reset()) continue;
            latest.merge(key.apply(a), a, (x, y) -> x.id() >= y.id() ? x : y);
        }
        return latest;
    }

    /**
     * The answers that count towards scores: each learner's latest, not reset answer to each quiz
     * (lesson and index), whatever the quiz's fingerprint was then.
     */
    public static List<Attempt> counted(List<Attempt> attempts) {
        List<Attempt> counted = new ArrayList<>(
                latest(attempts, a -> List.of(a.learner(), a.lessonId(), a.quizIndex())).values());
        counted.sort(Comparator.comparingLong(Attempt::id));
        return counted;
    }

    /** One learner's progress from their positions, completions and answers, by lesson id. */
    static List<LessonProgress> progress(
            Map<String, Position> positions, Map<String, Instant> completions, List<Attempt> attempts) {
        TreeSet<String> lessons = new TreeSet<>(positions.keySet());
        lessons.addAll(completions.keySet());
        List<Attempt> counted = counted(attempts);
        counted.forEach(a -> lessons.add(a.lessonId()));
        List<LessonProgress> progress = new ArrayList<>();
        for (String lesson : lessons) {
            int answered = 0;
            int right = 0;
            for (Attempt a : counted) {
                if (!a.lessonId().equals(lesson)) continue;
                answered++;
                if (a.correct()) right++;
            }
            progress.add(new LessonProgress(lesson, Optional.ofNullable(positions.get(lesson)),
                    Optional.ofNullable(completions.get(lesson)), answered, right));
        }
        return progress;
    }
}
