package satlab.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import satlab.lesson.Course;
import satlab.lesson.Lesson;
import satlab.store.Attempt;
import satlab.store.AttemptRecord;
import satlab.store.LessonProgress;
import satlab.store.Store;
import satlab.store.export.GradeSheet;
import satlab.store.export.Results;
import satlab.store.export.Roster;

/**
 * Every learner's standing for instructors ({@code satlab results}), scored by the same
 * model the learners see. Old answers (saved before quizzes had identities) are shown
 * under the id of the quiz whose text they were given to, when that quiz is unchanged.
 */
public final class Gradebook {

    private Gradebook() {}

    /**
     * @param course the lessons as they are now; a lesson of the store that the course lacks
     *     is scored from its answers alone (out of the quizzes answered)
     */
    public static Results of(Store store, Course course, Optional<String> lessonId) {
        List<Attempt> history = store.history(lessonId);
        List<Attempt> shown = new ArrayList<>();
        Set<Long> counted = new HashSet<>();
        for (Attempt a : history) {
            AttemptRecord original = a.record();
            AttemptRecord r = original;
            Optional<Quiz> quiz = course.lesson(r.lessonId()).flatMap(l -> Quiz.of(l).stream()
                    .filter(q -> q.owns(original)).findFirst());
            if (quiz.isPresent() && r.quizId().isEmpty()) {
                r = new AttemptRecord(r.learner(), r.lessonId(), r.lessonVersion(), quiz.get().id(), "", r.quizIndex(),
                        r.question(), r.values(), r.expected(), r.answer(), r.answerValue(), r.correct(), r.attempt(),
                        r.hint(), r.review(), r.seed(), r.answeredAt(), r.fingerprint());
            }
            boolean counts = !a.reset() && !r.review()
                    && (quiz.isPresent() ? quiz.get().current(a.record()) : course.lesson(r.lessonId()).isEmpty());
            if (counts) counted.add(a.id());
            shown.add(new Attempt(a.id(), r, a.reset()));
        }
        List<Results.ScoreRow> scores = new ArrayList<>();
        for (String learner : store.learners()) {
            for (LessonProgress p : store.progress(learner)) {
                if (lessonId.isPresent() && !lessonId.get().equals(p.lessonId())) continue;
                Optional<Lesson> lesson = course.lesson(p.lessonId());
                List<AttemptRecord> answers = store.attempts(learner, p.lessonId()).stream().map(Attempt::record)
                        .toList();
                Optional<Integer> step = p.position().map(pos -> pos.step() + 1);
                Optional<Integer> steps = p.position().map(pos -> pos.stepCount());
                if (lesson.isPresent()) {
                    LessonStanding s = LessonStanding.of(lesson.get(), answers, p.position(), p.completedAt(), learner);
                    scores.add(new Results.ScoreRow(learner, p.lessonId(), step.map(x -> Math.min(x,
                            lesson.get().steps().size())), Optional.of(lesson.get().steps().size()).filter(
                                    x -> step.isPresent()), s.done(), p.completedAt(), s.right(), s.finished(),
                            s.total(), s.timeSpent().toSeconds()));
                } else {
                    Set<String> quizzes = new HashSet<>();
                    Set<String> right = new HashSet<>();
                    for (AttemptRecord r : answers) {
                        if (r.review()) continue;
                        String key = r.quizId().isEmpty() ? "#" + r.quizIndex() + r.fingerprint() : r.quizId();
                        quizzes.add(key);
                        if (r.correct()) right.add(key);
                    }
                    scores.add(new Results.ScoreRow(learner, p.lessonId(), step, steps, p.completed(),
                            p.completedAt(), right.size(), quizzes.size(), quizzes.size(), 0));
                }
            }
        }
        return new Results(scores, shown, counted);
    }

    /**
     * The gradebook: one row per learner on the roster (those who never connected score 0), or,
     * without a roster, per learner in the store; one grade column per lesson of the course (or
     * only {@code lessonId}'s), each out of all the lesson's quizzes as it is now.
     */
    public static GradeSheet sheet(Store store, Course course, Optional<String> lessonId, Optional<Roster> roster) {
        List<Lesson> lessons = course.lessons().stream()
                .filter(l -> lessonId.isEmpty() || lessonId.get().equals(l.id())).toList();
        List<GradeSheet.Lesson> columns = lessons.stream()
                .map(l -> new GradeSheet.Lesson(l.id(), l.title(), Quiz.of(l).size())).toList();
        List<Roster.Entry> learners = roster.map(Roster::entries).orElseGet(() -> store.learners().stream()
                .map(name -> new Roster.Entry(name, "", "", 0)).toList());
        List<GradeSheet.Row> rows = new ArrayList<>();
        for (Roster.Entry who : learners) {
            CourseStanding standing = CourseStanding.read(store, who.name(), who.name(), course);
            List<LessonStanding> mine = lessons.stream().map(l -> standing.lesson(l.id()).orElseThrow()).toList();
            rows.add(new GradeSheet.Row(who.name(), who.studentId(), who.email(),
                    mine.stream().map(LessonStanding::right).toList(),
                    (int) mine.stream().filter(LessonStanding::started).count(),
                    (int) mine.stream().filter(LessonStanding::done).count()));
        }
        return new GradeSheet(columns, rows);
    }
}
