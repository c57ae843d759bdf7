package satlab.learn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import satlab.lesson.Course;
import satlab.lesson.Lesson;
import satlab.store.AttemptRecord;
import satlab.store.Store;
import satlab.store.export.Items;

/**
 * How the class did on each quiz ({@code satlab results --items}), from each learner's
 * {@link QuizProgress}: the same answers that make their scores, so the item analysis and
 * the gradebook never disagree.
 */
public final class ItemAnalysis {

    private ItemAnalysis() {}

    /**
     * Every quiz of the course (or of one lesson), in course order; a quiz whose learners did not
     * all see one question stands as the lesson's text, whose {@code {EXPR}} parts show what varies.
     */
    public static Items of(Store store, Course course, Optional<String> lessonId) {
        return of(store, course, lessonId, quiz -> quiz.block().ask());
    }

    /**
     * As above, with what stands for the question of a quiz whose learners did not all see one
     * question: their numbers differ, or nobody has answered it yet.
     */
    public static Items of(Store store, Course course, Optional<String> lessonId, Function<Quiz, String> unshared) {
        List<String> learners = store.learners();
        List<Items.Item> items = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            if (lessonId.isPresent() && !lessonId.get().equals(lesson.id())) continue;
            List<LessonStanding> standings = new ArrayList<>();
            for (String learner : learners) standings.add(LessonStanding.read(store, learner, learner, lesson));
            for (Quiz quiz : Quiz.of(lesson)) {
                List<QuizProgress> answered = standings.stream().map(s -> s.quiz(quiz.index()))
                        .filter(p -> !p.tries().isEmpty()).toList();
                items.add(item(quiz, answered, unshared));
            }
        }
        return new Items(items);
    }

    private static Items.Item item(Quiz quiz, List<QuizProgress> answered, Function<Quiz, String> unshared) {
        int attempts = 0;
        int firstTry = 0;
        int inTheEnd = 0;
        int hint = 0;
        Set<String> questions = new LinkedHashSet<>();
        Map<String, Integer> wrong = new TreeMap<>();
        for (QuizProgress p : answered) {
            attempts += p.tries().size();
            if (p.tries().get(0).correct()) firstTry++;
            if (p.right()) inTheEnd++;
            if (p.tries().stream().anyMatch(AttemptRecord::hint)) hint++;
            for (AttemptRecord r : p.tries()) {
                questions.add(r.question());
                if (!r.correct()) wrong.merge(r.answerValue().isBlank() ? r.answer() : r.answerValue(), 1, Integer::sum);
            }
        }
        String question = questions.size() == 1 ? questions.iterator().next() : unshared.apply(quiz);
        List<Items.WrongAnswer> commonest = wrong.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(Items.TOP).map(e -> new Items.WrongAnswer(e.getKey(), e.getValue())).toList();
        return new Items.Item(quiz.lesson().id(), quiz.number(), quiz.id(), question, attempts, answered.size(),
                firstTry, inTheEnd, hint, commonest);
    }
}
