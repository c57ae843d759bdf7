package satlab.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The fingerprint of a quiz: callers use this so every front end keys quizzes the same way. */
public final class Fingerprint {

    private Fingerprint() {}

    /**
     * The first 16 hex digits of the SHA-256 of the quiz text. Line ends are normalised so the same
     * lesson file checked out on Windows and Linux gives the same fingerprint.
     */
    public static String of(String quizText) {
        String normalised = quizText.replace("\r\n", "\n").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
