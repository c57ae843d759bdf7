package satlab.lab;

/**
 * What a session is doing, as its tutor last published it: the part of a {@link Presence}
 * the tutor knows (the lab adds who, since when and how long on this step).
 *
 * @param lessonId      the open lesson's id, "" on the menu and the other screens outside a lesson
 * @param lessonTitle   its title, "" when none
 * @param step          the open step, 0-based; -1 outside a lesson
 * @param stepCount     the lesson's steps, 0 outside a lesson
 * @param right         quizzes right so far, in the whole course (the learning model's count)
 * @param total         every quiz of the course
 * @param quiz          the current quiz's number in its lesson (the one focused, else the first
 *                      unfinished one on the step), 0 for none
 * @param wrong         wrong answers to the current quiz
 * @param outOfAttempts the current quiz was missed: every attempt used, none right
 */
public record Activity(String lessonId, String lessonTitle, int step, int stepCount, int right, int total, int quiz,
        int wrong, boolean outOfAttempts) {

    /** Connected, not in a lesson, nothing known yet. */
    public static final Activity NONE = new Activity("", "", -1, 0, 0, 0, 0, 0, false);

    public boolean inLesson() {
        return !lessonId.isEmpty() && step >= 0;
    }

    /** Same lesson and step (the time on the step goes on). */
    boolean sameStep(Activity other) {
        return lessonId.equals(other.lessonId) && step == other.step;
    }
}
