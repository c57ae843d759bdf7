package satlab.server;

import java.io.IOException;
import java.net.InetAddress;
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
 *
 * <p>A {@code from="pattern-list"} option is honoured as OpenSSH does with {@code UseDNS no}: the
 * patterns are matched against the client's address (wildcards {@code *} and {@code ?}, CIDR
 * blocks such as {@code 10.0.0.0/8}, {@code !} to exclude); host names are never looked up, so a
 * pattern naming a host matches nothing and is warned about. Other options are ignored (the
 * server runs nothing but the tutor anyway). Loading warns about lines it skips, about a key
 * listed under two names (it logs in as either) and about a comment whose learner name is not the
 * whole comment ({@code Erin Smith} logs in as {@code Erin}).
 */
public final class AuthorizedKeys {

    /** One usable key, the learner it belongs to, and the addresses it may log in from (null: any). */
    public record Entry(String learner, PublicKey key, AddressPatterns from) {
        boolean allows(InetAddress address) {
            return from == null || address != null && from.matches(address);
        }
    }

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
        List<Integer> lineOf = new ArrayList<>();
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
            AddressPatterns from = null;
            String fromOption = entry.getLoginOptions().get("from");
            if (fromOption != null) {
                from = AddressPatterns.parse(fromOption);
                if (from.problem() != null) {
                    warnings.add(where + "skipped: from=\"" + fromOption + "\": " + from.problem());
                    continue;
                }
                for (String host : from.hostNames()) {
                    warnings.add(where + "from= pattern '" + host + "' names a host; host names are not looked up"
                            + " (as OpenSSH's UseDNS no), so it matches no client: write addresses, e.g. 10.0.0.0/8");
                }
            }
            String comment = entry.getComment().strip();
            String firstWord = comment.split("\\s+", 2)[0];
            if (!firstWord.equals(comment)) {
                warnings.add(where + "the comment '" + comment + "' makes this key log in as '" + learner
                        + "' (its first word); if that is not the learner's name, write the name alone as the comment");
            }
            try {
                PublicKey key = entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
                if (key == null) {
                    warnings.add(where + "skipped: " + entry.getKeyType() + " keys are not supported by this server;"
                            + " ask the learner for an ed25519, ecdsa or rsa key (ssh-keygen -t ed25519)");
                    continue;
                }
                for (int j = 0; j < entries.size(); j++) {
                    Entry other = entries.get(j);
                    if (KeyUtils.compareKeys(other.key, key) && !other.learner.equals(learner)) {
                        warnings.add(where + "this key is also listed for '" + other.learner + "' (line " + lineOf.get(j)
                                + "): whoever holds it can log in as either; give each learner their own key");
                    }
                }
                entries.add(new Entry(learner, key, from));
                lineOf.add(i + 1);
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

    /** True if this key is registered for this learner and its from= option (if any) allows this address. */
    public boolean accepts(String learner, PublicKey key, InetAddress address) {
        for (Entry e : entries) {
            if (e.learner.equals(learner) && KeyUtils.compareKeys(e.key, key) && e.allows(address)) return true;
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
