package satlab.store;

/** Checks on learner names and lesson ids, which show up in tables and exports. */
final class Names {

    private Names() {}

    static String requireLearner(String learner) {
        return require("learner", learner);
    }

    static String requireLessonId(String lessonId) {
        return require("lessonId", lessonId);
    }

    private static String require(String what, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " must not be blank");
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must not contain control characters: " + value.strip());
        }
        return value;
    }
}
