package satlab.learn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The words every front end shows at the end of a lesson and of the course. */
public final class Summary {

    private Summary() {}

    /** "Sigmoid: 2 of 3 right, 4 min", then a line per missed quiz. */
    public static List<String> lesson(LessonStanding l) {
        List<String> out = new ArrayList<>();
        out.add(l.lesson().title() + ": " + l.score() + timeText(l.timeSpent())
                + (l.done() ? "." : "; " + (l.total() - l.finished()) + " still to answer."));
        for (QuizProgress q : l.missed()) {
            Take t = Take.of(q);
            out.add("  missed quiz " + q.quiz().number() + ": you answered " + t.last().given() + ", the answer is "
                    + t.last().correctAnswer() + (q.toReview() ? "" : " (right in review since)"));
        }
        return out;
    }

    /** A line per lesson, the total, and how many quizzes there are to review. */
    public static List<String> course(CourseStanding c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.lessons().size(); i++) {
            LessonStanding l = c.lessons().get(i);
            String state = l.done() ? "done" : l.started() ? "in progress" : "not started";
            out.add((i + 1) + ". " + l.lesson().title() + ": " + state + ", " + l.score() + timeText(l.timeSpent()));
        }
        int review = c.toReview().size();
        out.add("Course: " + c.right() + " of " + c.total() + " quizzes right"
                + (review == 0 ? "." : "; " + review + (review == 1 ? " missed quiz" : " missed quizzes")
                        + " to review."));
        return out;
    }

    static String timeText(Duration d) {
        long minutes = d.toMinutes();
        if (d.isZero()) return "";
        if (minutes < 1) return ", under a minute";
        if (minutes < 60) return ", " + minutes + " min";
        return ", " + minutes / 60 + " h " + minutes % 60 + " min";
    }
}
