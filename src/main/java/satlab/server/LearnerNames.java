package satlab.server;

import java.util.regex.Pattern;

/** Learner names become database keys and log fields, so only plain names are accepted. */
final class LearnerNames {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    static final String RULE = "1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private LearnerNames() {}

    static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }
}
