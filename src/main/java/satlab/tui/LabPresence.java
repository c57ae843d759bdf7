package satlab.tui;

import java.util.List;
import satlab.lab.Activity;
import satlab.learn.CourseStanding;
import satlab.learn.LessonStanding;
import satlab.learn.QuizProgress;
import satlab.lesson.Lesson;

/** What a tutor publishes to the live lab: where its learner is, from the state and the learning model's standing. */
final class LabPresence {

    private LabPresence() {}

    static Activity of(AppState s) {
        CourseStanding c = Update.standing(s);
        Screen.Pager p = null;
        for (Screen screen : s.stack()) if (screen instanceof Screen.Pager pager) p = pager;
        if (p == null || p.lesson() >= s.course().size()) {
            return new Activity("", "", -1, 0, c.right(), c.total(), 0, 0, false);
        }
        Lesson lesson = s.course().lessons().get(p.lesson());
        QuizProgress quiz = current(s, p, c);
        int wrong = quiz == null ? 0 : (int) quiz.tries().stream().filter(r -> !r.correct()).count();
        boolean out = quiz != null && quiz.status() == QuizProgress.Status.MISSED;
        return new Activity(lesson.id(), lesson.title(), p.step(), lesson.steps().size(), c.right(), c.total(),
                quiz == null ? 0 : quiz.quiz().number(), wrong, out);
    }

    /** The quiz the learner is on: the one focused, else the step's first unfinished one, else its last missed one. */
    private static QuizProgress current(AppState s, Screen.Pager p, CourseStanding c) {
        if (c.course() != s.course() || p.lesson() >= c.lessons().size()) return null;
        LessonStanding ls = c.lesson(p.lesson());
        QuizState focused = Update.focusedQuiz(s, p);
        if (focused != null && focused.quizIndex() < ls.total()) return ls.quiz(focused.quizIndex());
        List<QuizProgress> here = ls.quizzes().stream().filter(q -> q.quiz().step() == p.step()).toList();
        QuizProgress missed = null;
        for (QuizProgress q : here) {
            if (!q.finished()) return q;
            if (q.status() == QuizProgress.Status.MISSED) missed = q;
        }
        return missed;
    }
}
