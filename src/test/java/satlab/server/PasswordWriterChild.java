package satlab.server;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/**
 * A second process writing the password file, for {@link PasswordFileLockTest}:
 * {@code add FILE PREFIX N} adds N users one rewrite each, as N runs of {@code serve --add-users}
 * would; {@code hold FILE} takes the writers' lock, says "locked", and keeps it until its input ends.
 */
public final class PasswordWriterChild {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (PasswordFileLock lock = PasswordFileLock.acquire(file, PasswordFileLock.WAIT)) {
                System.out.println("locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // hold until the parent closes our input
                }
            }
            return;
        }
        SecureRandom random = new SecureRandom();
        int n = Integer.parseInt(args[3]);
        for (int i = 0; i < n; i++) {
            PasswordFile.addUsers(file, List.of(new PasswordFile.NewUser(args[2] + i, "password" + i, 1)),
                    PasswordFile.MIN_ITERATIONS, random);
        }
        System.out.println("added " + n);
    }
}
