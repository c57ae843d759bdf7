package satlab.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * The server's trust in the files that decide who logs in, as OpenSSH's StrictModes: the data
 * directory, the password file, the authorized_keys file and the directories holding them must
 * belong to the account running the server (or root) and must not be writable by its group or by
 * others, or another local account could let itself in. A directory with the sticky bit (/tmp)
 * protects files from other users' renames and passes. The messages say what is wrong and the
 * command that fixes it.
 */
final class FileTrust {
    private static final int STICKY = 01000;

    private FileTrust() {}

    /** Checks a file (following a symbolic link to the real file) and the directory it is in. */
    static void checkFile(Path file, String what) throws LabConfigException {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return; // a missing file is reported by the code that reads it, with its own fix
        }
        check(real, what + " " + file, false);
        Path dir = real.getParent();
        if (dir != null) check(dir, "directory " + dir + " (which holds " + what + " " + file + ")", true);
    }

    /** Checks a directory (the data directory). */
    static void checkDirectory(Path dir, String what) throws LabConfigException {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            return;
        }
        check(real, what + " " + dir, true);
    }

    private static void check(Path path, String what, boolean directory) throws LabConfigException {
        PosixFileAttributes attributes;
        try {
            if (!Files.getFileStore(path).supportsFileAttributeView("posix")) return;
            attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return;
        }
        UserPrincipal owner = attributes.owner();
        String me = System.getProperty("user.name");
        if (!ownedByMeOrRoot(path, owner, me)) {
            throw new LabConfigException(what + " belongs to "
                    + owner.getName() + ", not to " + me + " who runs the server, so " + owner.getName()
                    + " could change who may log in; fix: chown " + me + " " + path);
        }
        Set<PosixFilePermission> perms = attributes.permissions();
        boolean groupWrite = perms.contains(PosixFilePermission.GROUP_WRITE);
        boolean otherWrite = perms.contains(PosixFilePermission.OTHERS_WRITE);
        if (!groupWrite && !otherWrite) return;
        if (directory && sticky(path)) return;
        String who = otherWrite ? "any local user" : "the group " + groupName(path);
        throw new LabConfigException(what + " can be written by "
                + who + " (mode " + mode(perms) + "), who could then change who may log in; the server will not"
                + " trust it. Fix: chmod go-w " + path);
    }

    /** By uid where the platform tells it (a uid without a name in /etc/passwd still matches), else by name. */
    private static boolean ownedByMeOrRoot(Path path, UserPrincipal owner, String me) {
        try {
            Object mine = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            Object theirs = Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
            if (mine instanceof Integer m && theirs instanceof Integer t) return t == 0 || t.equals(m);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException noUids) {
            // fall back to names
        }
        return owner.getName().equals(me) || owner.getName().equals("root");
    }

    private static boolean sticky(Path dir) {
        try {
            Object mode = Files.getAttribute(dir, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return mode instanceof Integer m && (m & STICKY) != 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String groupName(Path path) {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).group().getName();
        } catch (IOException e) {
            return "of the file";
        }
    }

    static String mode(Set<PosixFilePermission> perms) {
        int m = 0;
        for (PosixFilePermission p : perms) m |= 1 << (8 - p.ordinal());
        return String.format("%04o", m);
    }
}
