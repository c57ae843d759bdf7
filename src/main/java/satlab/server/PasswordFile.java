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
import satlab.store.StoreLocation;

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

    /** What {@link #upgrade} did. */
    public enum Upgrade {
        /** The user's line has the new hash. */
        DONE,
        /** Nothing to do: the user is gone from the file, or their hash is already that strong. */
        NOT_NEEDED,
        /** Another writer holds the file's lock (see {@link PasswordFileLock}): nothing was changed; try at the next login. */
        BUSY
    }

    /**
     * Rewrites the user's line with a new hash of {@code iterations} (after a good login, with the
     * password just checked), replacing the file in one atomic rename that keeps its permissions. A
     * line changed meanwhile to a hash at least that strong is left alone. A login waits for no
     * one: when another writer (a {@code satlab serve --passwd} beside the server, say) holds the
     * file's lock, nothing is written and the upgrade waits for the user's next login.
     */
    public static Upgrade upgrade(Path file, String user, char[] password, int iterations) throws LabConfigException {
        try (PasswordFileLock lock = PasswordFileLock.tryAcquire(file)) {
            if (lock == null) return Upgrade.BUSY;
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean changed = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (!line.startsWith(user + ":")) continue;
                Hash old = Hash.parse(line.substring(user.length() + 1));
                if (old != null && old.iterations >= iterations) return Upgrade.NOT_NEEDED;
                lines.set(i, user + ":" + hash(password, iterations, new SecureRandom()));
                changed = true;
            }
            if (!changed) return Upgrade.NOT_NEEDED;
            rewrite(file, lines);
            return Upgrade.DONE;
        } catch (IOException e) {
            throw new LabConfigException("cannot upgrade " + user + "'s hash in " + file + ": " + reason(e), e);
        }
    }

    /**
     * Replaces the file with {@code lines} in one atomic rename that keeps its permissions, so the
     * running server (which reloads the file when it changes) reads the old file or the new one,
     * never half of one. Callers hold the file's {@link PasswordFileLock} from reading the lines on.
     */
    private static void rewrite(Path file, List<String> lines) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, ".passwords-", ".tmp");
        try {
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, Files.exists(file) ? Files.getPosixFilePermissions(file)
                        : PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The index of the user's line in the file's lines, or -1. */
    private static int lineOf(List<String> lines, String user) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(user + ":")) return i;
        }
        return -1;
    }

    private static LabConfigException unknownUser(Path file, String user, PasswordFile known) {
        return new LabConfigException("no user '" + satlab.engine.Names.shown(user) + "' in " + file
                + satlab.engine.Names.closest(user, known.users.keySet()).map(k -> "; did you mean '" + k + "'?")
                        .orElse("") + " (add them with --add-user " + satlab.engine.Names.shown(user) + ")");
    }

    /** Gives a listed user a new password, rewriting the file atomically (see {@link #rewrite}). */
    public static void setPassword(Path file, String user, char[] password, int iterations) throws LabConfigException {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new LabConfigException("the password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        try (PasswordFileLock lock = PasswordFileLock.acquire(file, PasswordFileLock.WAIT)) {
            PasswordFile known = load(file);
            if (!known.contains(user)) throw unknownUser(file, user, known);
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.set(lineOf(lines, user), user + ":" + hash(password, iterations, new SecureRandom()));
            rewrite(file, lines);
        } catch (IOException e) {
            throw new LabConfigException("cannot write password file " + file + ": " + reason(e), e);
        }
    }

    /** Takes a user out of the file, rewriting it atomically; they can no longer log in with a password. */
    public static void removeUser(Path file, String user) throws LabConfigException {
        try (PasswordFileLock lock = PasswordFileLock.acquire(file, PasswordFileLock.WAIT)) {
            PasswordFile known = load(file);
            if (!known.contains(user)) throw unknownUser(file, user, known);
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.remove(lineOf(lines, user));
            rewrite(file, lines);
        } catch (IOException e) {
            throw new LabConfigException("cannot write password file " + file + ": " + reason(e), e);
        }
    }

    /** A user to add; an empty password means one is generated. */
    public record NewUser(String name, String password, int line) {}

    /** Letters and digits that cannot be misread for one another (no 0/O, 1/l/I). */
    private static final String GENERATED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int GENERATED_LENGTH = 14;

    /**
     * Reads a list of users to add: CSV lines {@code name[,password]} (everything after the first
     * comma is the password); a first line {@code name...} is a header; blank and {@code #} lines are
     * skipped. Every bad line is reported, as {@code source:line: what}.
     */
    public static List<NewUser> parseNewUsers(String source, String text) throws LabConfigException {
        List<NewUser> out = new java.util.ArrayList<>();
        List<String> problems = new java.util.ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            int comma = line.indexOf(',');
            String name = (comma < 0 ? line : line.substring(0, comma)).strip();
            String password = comma < 0 ? "" : line.substring(comma + 1);
            boolean header = first && name.equalsIgnoreCase("name");
            first = false;
            if (header) continue;
            String where = source + ":" + (i + 1) + ": ";
            if (!LearnerNames.isValid(name)) {
                problems.add(where + "user name '" + satlab.engine.Names.shown(name) + "' is not valid: use "
                        + LearnerNames.RULE);
            } else if (seen.containsKey(name)) {
                problems.add(where + name + " is already on line " + seen.get(name));
            } else if (!password.isEmpty() && password.length() < MIN_PASSWORD_LENGTH) {
                problems.add(where + name + "'s password has fewer than " + MIN_PASSWORD_LENGTH + " characters;"
                        + " leave it out to have one generated");
            } else {
                seen.put(name, i + 1);
                out.add(new NewUser(name, password, i + 1));
            }
        }
        if (!problems.isEmpty()) throw new LabConfigException(String.join("\n", problems));
        return out;
    }

    /**
     * Adds every user at once (one atomic rewrite), generating the passwords not given. Nothing is
     * written if any user is already in the file.
     *
     * @return the generated passwords by user, to show once
     */
    public static Map<String, String> addUsers(Path file, List<NewUser> users, int iterations, SecureRandom random)
            throws LabConfigException {
        Map<String, String> generated = new LinkedHashMap<>();
        privateParent(file);
        try (PasswordFileLock lock = PasswordFileLock.acquire(file, PasswordFileLock.WAIT)) {
            PasswordFile known = Files.exists(file) ? load(file) : null;
            List<String> taken = users.stream().map(NewUser::name).filter(n -> known != null && known.contains(n)).toList();
            if (!taken.isEmpty()) {
                throw new LabConfigException("already in " + file + ": " + String.join(", ", taken) + "; nothing was added"
                        + " (change a password with --passwd NAME)");
            }
            List<String> lines = new java.util.ArrayList<>(
                    known == null ? List.of() : Files.readAllLines(file, StandardCharsets.UTF_8));
            for (NewUser u : users) {
                String password = u.password();
                if (password.isEmpty()) {
                    StringBuilder p = new StringBuilder();
                    for (int i = 0; i < GENERATED_LENGTH; i++) p.append(GENERATED.charAt(random.nextInt(GENERATED.length())));
                    password = p.toString();
                    generated.put(u.name(), password);
                }
                lines.add(u.name() + ":" + hash(password.toCharArray(), iterations, random));
            }
            rewrite(file, lines);
        } catch (IOException e) {
            throw new LabConfigException("cannot write password file " + file + ": " + reason(e), e);
        }
        return generated;
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
        String line = user + ":" + hash(password, iterations, new SecureRandom()) + "\n";
        privateParent(file);
        // Under the lock too: an append to a file another writer is about to replace would be lost with it.
        try (PasswordFileLock lock = PasswordFileLock.acquire(file, PasswordFileLock.WAIT)) {
            if (Files.exists(file) && load(file).contains(user)) {
                throw new LabConfigException(user + " already has a password in " + file
                        + "; delete that line first to set a new one");
            }
            createPrivate(file);
            boolean needsNewline = Files.size(file) > 0 && !endsWithNewline(file);
            Files.writeString(file, (needsNewline ? "\n" : "") + line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LabConfigException("cannot write password file " + file + ": " + reason(e), e);
        }
    }

    /** The file's directory, made 0700 if missing, as serve makes the data directory. */
    private static void privateParent(Path file) throws LabConfigException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null) return;
        try {
            StoreLocation.createPrivateDirectories(parent);
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
