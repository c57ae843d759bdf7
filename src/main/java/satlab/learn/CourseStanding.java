package satlab.learn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import satlab.lesson.Course;
import satlab.lesson.Lesson;
import satlab.store.Attempt;
import satlab.store.AttemptRecord;
import satlab.store.LessonProgress;
import satlab.store.Position;
import satlab.store.Store;

/**
 * One learner in the whole course: what every front end's menu shows (each lesson's
 * state and score), where {@code c} (or Enter in line mode) continues, and which
 * quizzes are there to review.
 *
 * @param changes    the store's change count this was read at ({@link Store#changes()})
 */
public record CourseStanding(Course course, List<LessonStanding> lessons, Optional<String> lastLesson, long changes) {

    public CourseStanding {
        lessons = List.copyOf(lessons);
    }

    public static CourseStanding empty(Course course) {
        List<LessonStanding> ls = course.lessons().stream()
                .map(l -> LessonStanding.of(l, List.of(), Optional.empty(), Optional.empty(), "")).toList();
        return new CourseStanding(course, ls, Optional.empty(), -1);
    }

    /**
     * Reads the learner's records. {@code who} seeds their numbers: their name, or the
     * {@code --seed} number.
     */
    public static CourseStanding read(Store store, String learner, Object who, Course course) {
        long changes = store.changes();
        Map<String, LessonProgress> progress = new HashMap<>();
        for (LessonProgress p : store.progress(learner)) progress.put(p.lessonId(), p);
        List<LessonStanding> lessons = new ArrayList<>();
        for (Lesson l : course.lessons()) {
            LessonProgress p = progress.get(l.id());
            List<AttemptRecord> answers = p == null ? List.of()
                    : store.attempts(learner, l.id()).stream().map(Attempt::record).toList();
            Optional<Position> pos = p == null ? Optional.empty() : p.position();
            Optional<Instant> done = p == null ? Optional.empty() : p.completedAt();
            lessons.add(LessonStanding.of(l, answers, pos, done, who));
        }
        return new CourseStanding(course, lessons, store.lastLesson(learner), changes);
    }

    public LessonStanding lesson(int index) {
        return lessons.get(index);
    }

    public Optional<LessonStanding> lesson(String id) {
        return lessons.stream().filter(l -> l.lesson().id().equals(id)).findFirst();
    }

    public int right() {
        return lessons.stream().mapToInt(LessonStanding::right).sum();
    }

    public int total() {
        return lessons.stream().mapToInt(LessonStanding::total).sum();
    }

    public int finished() {
        return lessons.stream().mapToInt(LessonStanding::finished).sum();
    }

    public boolean allDone() {
        return !lessons.isEmpty() && lessons.stream().allMatch(LessonStanding::done);
    }

    /**
     * Where "continue" goes: a lesson and a step, and the words that say so.
     *
     * @param allDone every lesson is done (continue then starts the first lesson again)
     */
    public record Continue(int lesson, int step, String description, boolean allDone) {}

    /**
     * The lesson last worked on if it is not done, else the first lesson after it (in
     * course order, wrapping) that is not done; in it, {@link LessonStanding#continueStep()}.
     * When every lesson is done: the first lesson's start.
     */
    public Optional<Continue> next() {
        if (lessons.isEmpty()) return Optional.empty();
        int from = lastLesson.map(course::indexOf).orElse(-1);
        int pick = -1;
        if (from >= 0 && !lessons.get(from).done()) pick = from;
        for (int k = 0; pick < 0 && k < lessons.size(); k++) {
            int i = (Math.max(0, from) + k) % lessons.size();
            if (!lessons.get(i).done()) pick = i;
        }
        if (pick < 0) return Optional.of(new Continue(0, 0, quoted(lessons.get(0).lesson().title()) + " from its start",
                true));
        LessonStanding l = lessons.get(pick);
        int step = l.continueStep();
        Optional<QuizProgress> open = l.firstOpen();
        String why = open.isPresent() && open.get().quiz().step() == step
                ? ", quiz " + open.get().quiz().number() + (open.get().tries().isEmpty() ? " not answered" : " to retry")
                : "";
        return Optional.of(new Continue(pick, step, quoted(l.lesson().title()) + " at step " + (step + 1) + " of "
                + l.lesson().steps().size() + why, false));
    }

    /** The quizzes missed in lessons and not got right in a review since, in course order. */
    public List<QuizProgress> toReview() {
        List<QuizProgress> out = new ArrayList<>();
        for (LessonStanding l : lessons) l.quizzes().stream().filter(QuizProgress::toReview).forEach(out::add);
        return out;
    }

    /** A title in quotes that do not nest with its own: 'What "saturated" means'. */
    public static String quoted(String title) {
        return title.contains("\"") ? "'" + title + "'" : "\"" + title + "\"";
    }
}
