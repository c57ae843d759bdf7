package satlab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The lab's password file: one {@code user:hash} line per learner, where the hash is
 * {@code pbkdf2-sha256$ITERATIONS$SALT$KEY} (salt and key in Base64). Blank lines and lines
 * starting with {@code #} are ignored.
 */
public final class PasswordFile {
    public static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023); hashes with fewer are upgraded at the user's next good login. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    static final int MIN_ITERATIONS = 1_000;
    static final int MAX_ITERATIONS = 10_000_000;
    public static final int MIN_PASSWORD_LENGTH = 8;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final Map<String, Hash> users;
    private final int cost;
    private final Hash decoy;
    private final byte[] padSalt = new byte[SALT_BYTES];

    private PasswordFile(Map<String, Hash> users) {
        this.users = Collections.unmodifiableMap(users);
        // Every check costs what the file's dearest hash costs: an unknown user (the decoy) and a user
        // whose hash has fewer iterations cost the same, so timing tells neither which names exist
        // nor whose hash is old.
        this.cost = users.values().stream().mapToInt(Hash::iterations).max().orElse(DEFAULT_ITERATIONS);
        this.decoy = Hash.parse(hash("decoy".toCharArray(), cost, new SecureRandom()));
        new SecureRandom().nextBytes(padSalt);
    }

    public static PasswordFile load(Path file) throws LabConfigException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabConfigException("cannot read password file " + file + ": " + reason(e)
                    + "; create it with `satlab serve --add-user NAME --passwords " + file + "`", e);
        }
        Map<String, Hash> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String where = file + ":" + (i + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new LabConfigException(where + "expected user:" + SCHEME + "$iterations$salt$key (no ':' found)");
            }
            String user = line.substring(0, colon);
            if (!LearnerNames.isValid(user)) {
                throw new LabConfigException(where + "user name '" + user + "' is not valid: use " + LearnerNames.RULE);
            }
            Hash hash = Hash.parse(line.substring(colon + 1));
            if (hash == null) {
                throw new LabConfigException(where + "the hash for '" + user + "' is not " + SCHEME
                        + "$iterations$salt$key; add the user again with `satlab serve --add-user " + user + "`");
            }
            if (users.putIfAbsent(user, hash) != null) {
                throw new LabConfigException(where + "user '" + user + "' appears twice; delete one of the lines");
            }
        }
        return new PasswordFile(users);
    }

    public boolean contains(String user) {
        return users.containsKey(user);
    }

    public int size() {
        return users.size();
    }

    /**
     * True if the password is the user's. It costs the same whatever the user (known or not, old
     * hash or new) and the comparison takes the same time whatever the input.
     */
    public boolean verify(String user, String password) {
        Hash stored = users.get(user);
        Hash expected = stored != null ? stored : decoy;
        char[] chars = password.toCharArray();
        byte[] actual = derive(chars, expected.salt, expected.iterations, expected.key.length * 8);
        if (expected.iterations < cost) derive(chars, padSalt, cost - expected.iterations, KEY_BITS);
        return MessageDigest.isEqual(actual, expected.key) && stored != null;
    }

    /** The PBKDF2 iterations one check for this user costs: the same for every name, known or not. */
    int iterationsFor(String user) {
        Hash expected = users.getOrDefault(user, decoy);
        return expected.iterations + Math.max(0, cost - expected.iterations);
    }

    /** True if the user's hash has fewer iterations than {@link #DEFAULT_ITERATIONS} asks for now. */
    public boolean needsUpgrade(String user) {
        Hash stored = users.get(user);
        return stored != null && stored.iterations < DEFAULT_ITERATIONS;
    }

    /**
     * Rewrites the user's line with a new hash of {@code iterations} (after a good login, with the
     * password just checked), replacing the file in one atomic rename that keeps its permissions. A
     * line changed meanwhile to a hash at least that strong is left alone.
     */
    public static void upgrade(Path file, String user, char[] password, int iterations) throws LabConfigException {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean changed = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.startsWith(user + ":")) continue;
                Hash old = Hash.parse(line.substring(user.length() + 1));
                if (old != null && old.iterations >= iterations) return;
                lines.set(i, user + ":" + hash(password, iterations, new SecureRandom()));
                changed = true;
            }
            if (!changed) return;
            Path dir = file.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(dir, ".passwords-", ".tmp");
            try {
                if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
                }
                Files.write(temp, lines, StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new LabConfigException("cannot upgrade " + user + "'s hash in " + file + ": " + reason(e), e);
        }
    }

    /** The text after {@code user:} for a new line. */
    public static String hash(char[] password, int iterations, SecureRandom random) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be in " + MIN_ITERATIONS + ".." + MAX_ITERATIONS);
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BITS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /**
     * Appends a learner to the file (created with mode 0600 if missing).
     *
     * @throws LabConfigException if the name is invalid, the password too short, the user already
     *     listed, or the file unreadable or unwritable
     */
    public static void addUser(Path file, String user, char[] password, int iterations) throws LabConfigException {
        if (!LearnerNames.isValid(user)) {
            throw new LabConfigException("user name '" + user + "' is not valid: use " + LearnerNames.RULE);
        }
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new LabConfigException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (Files.exists(file) && load(file).contains(user)) {
            throw new LabConfigException(user + " already has a password in " + file
                    + "; delete that line first to set a new one");
        }
        String line = user + ":" + hash(password, iterations, new SecureRandom()) + "\n";
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            createPrivate(file);
            boolean needsNewline = Files.size(file) > 0 && !endsWithNewline(file);
            Files.writeString(file, (needsNewline ? "\n" : "") + line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LabConfigException("cannot write password file " + file + ": " + reason(e), e);
        }
    }

    private static void createPrivate(Path file) throws IOException {
        try {
            if (Files.getFileStore(file.toAbsolutePath().getParent()).supportsFileAttributeView("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException alreadyThere) {
            // appending to the instructor's existing file keeps its permissions
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return m == null ? kind : kind + " (" + m + ")";
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks PBKDF2WithHmacSHA256", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }

    private record Hash(int iterations, byte[] salt, byte[] key) {
        static Hash parse(String text) {
            String[] parts = text.split("\\$", -1);
            if (parts.length != 4 || !parts[0].equals(SCHEME)) return null;
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS || salt.length < 8 || key.length < 16) {
                    return null;
                }
                return new Hash(iterations, salt, key);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
