package satlab.store;

/**
 * An answer as the store holds it.
 *
 * @param id the store's number for it; later answers have larger ids
 * @param record what was answered, by whom, when
 * @param reset true once the learner reset the lesson: the answer no longer counts for the learner,
 *     but instructors still see it in {@code satlab results}
 */
public record Attempt(long id, AttemptRecord record, boolean reset) {

    public String learner() {
        return record.learner();
    }

    public String lessonId() {
        return record.lessonId();
    }

    public int quizIndex() {
        return record.quizIndex();
    }

    public boolean correct() {
        return record.correct();
    }
}
