package satlab.store;

/** A learner's standing in one lesson, as instructors see it in {@code satlab results}. */
public record Score(String learner, LessonProgress progress) {}
