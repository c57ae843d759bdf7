package satlab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Learners' public keys from an OpenSSH authorized_keys file. Each key's comment names the learner
 * it logs in as (the part before any '@', so a student's own {@code alice@laptop} key logs in as
 * {@code alice}): one learner cannot open another's progress with their own key.
 */
public final class AuthorizedKeys {

    /** One usable key and the learner it belongs to. */
    public record Entry(String learner, PublicKey key) {}

    private final List<Entry> entries;
    private final List<String> warnings;

    private AuthorizedKeys(List<Entry> entries, List<String> warnings) {
        this.entries = List.copyOf(entries);
        this.warnings = List.copyOf(warnings);
    }

    /** Reads the file; lines that cannot be used become warnings, and a file with no usable key is an error. */
    public static AuthorizedKeys load(Path file) throws LabConfigException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabConfigException("cannot read authorized keys file " + file + ": " + PasswordFile.reason(e), e);
        }
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String where = file + ":" + (i + 1) + ": ";
            AuthorizedKeyEntry entry;
            try {
                entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(lines.get(i));
            } catch (IllegalArgumentException e) {
                warnings.add(where + "skipped: not an OpenSSH public key line (" + e.getMessage() + ")");
                continue;
            }
            if (entry == null) continue;
            String learner = learnerOf(entry.getComment());
            if (learner == null) {
                warnings.add(where + "skipped: the key needs a comment naming its learner, e.g. '"
                        + entry.getKeyType() + " AAAA... alice'");
                continue;
            }
            if (!LearnerNames.isValid(learner)) {
                warnings.add(where + "skipped: learner name '" + learner + "' is not valid: use " + LearnerNames.RULE);
                continue;
            }
            try {
                PublicKey key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
                if (key == null) {
                    warnings.add(where + "skipped: " + entry.getKeyType() + " keys are not supported by this server;"
                            + " ask the learner for an ed25519, ecdsa or rsa key (ssh-keygen -t ed25519)");
                    continue;
                }
                entries.add(new Entry(learner, key));
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                warnings.add(where + "skipped: " + entry.getKeyType() + " key cannot be used here (" + e.getMessage()
                        + "); ask the learner for an ed25519, ecdsa or rsa key (ssh-keygen -t ed25519)");
            }
        }
        if (entries.isEmpty()) {
            String detail = warnings.isEmpty() ? "" : "\n" + String.join("\n", warnings);
            throw new LabConfigException("no usable key in " + file + ": add lines like"
                    + " 'ecdsa-sha2-nistp256 AAAA... alice' (the comment is the learner's name)" + detail);
        }
        return new AuthorizedKeys(entries, warnings);
    }

    /** True if this key is registered for this learner. */
    public boolean accepts(String learner, PublicKey key) {
        for (Entry e : entries) {
            if (e.learner.equals(learner) && KeyUtils.compareKeys(e.key, key)) return true;
        }
        return false;
    }

    /** The learner a key is registered for, if any (for the log when someone uses the wrong name). */
    public String ownerOf(PublicKey key) {
        for (Entry e : entries) {
            if (KeyUtils.compareKeys(e.key, key)) return e.learner;
        }
        return null;
    }

    public List<Entry> entries() {
        return entries;
    }

    public List<String> warnings() {
        return warnings;
    }

    private static String learnerOf(String comment) {
        if (comment == null) return null;
        String c = comment.strip();
        int space = c.indexOf(' ');
        if (space >= 0) c = c.substring(0, space);
        int at = c.indexOf('@');
        if (at >= 0) c = c.substring(0, at);
        return c.isEmpty() ? null : c;
    }
}
