package satlab.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The hashes of a quiz's text that satlab saved with answers before quizzes had identities. The
 * full-screen tutor hashed the text with line ends normalised and trimmed, the line tutor hashed it
 * raw; {@link #legacy} gives both, so an old answer is matched to its quiz whichever front end saved it.
 */
public final class Fingerprint {

    private Fingerprint() {}

    /** The normalised form: CRLF as LF, outer white space trimmed. */
    public static String of(String quizText) {
        return hash(quizText.replace("\r\n", "\n").strip());
    }

    /** Every fingerprint an old answer to a quiz with this text may carry. */
    public static Set<String> legacy(String quizText) {
        return Set.copyOf(java.util.List.of(of(quizText), hash(quizText)));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
