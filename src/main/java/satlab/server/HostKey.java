package satlab.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import satlab.store.StoreLocation;

/**
 * The server's identity: made on first start, then read from the data directory, so learners'
 * known_hosts stay valid across restarts. An unreadable key file is an error, never silently
 * replaced: a new key would make every client warn of a man-in-the-middle.
 */
record HostKey(KeyPairProvider provider, String fingerprint, boolean created) {

    static HostKey load(Path file) throws LabConfigException {
        Path dir = file.toAbsolutePath().getParent();
        try {
            StoreLocation.createPrivateDirectories(dir);
        } catch (IOException e) {
            throw new LabConfigException("cannot create data directory for " + file + ": " + PasswordFile.reason(e), e);
        }
        FileTrust.checkDirectory(dir, "the data directory");
        if (Files.isSymbolicLink(file)) {
            throw new LabConfigException("host key " + file + " is a symbolic link; the server does not follow it (whoever"
                    + " controls the link's target controls the server's identity). Fix: replace the link with the key"
                    + " file itself (cp --remove-destination \"$(readlink -f " + file + ")\" " + file + ")");
        }
        boolean existed = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (existed) FileTrust.checkFile(file, "host key");
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file) {
            @Override
            protected KeyPair generateKeyPair(String algorithm) throws GeneralSecurityException {
                if (Files.exists(file)) throw new GeneralSecurityException("existing key file could not be read");
                return super.generateKeyPair(algorithm);
            }
        };
        provider.setAlgorithm(KeyUtils.EC_ALGORITHM);
        provider.setKeySize(256);
        provider.setOverwriteAllowed(false);
        List<KeyPair> keys = provider.loadKeys(null);
        if (keys.isEmpty() || !Files.exists(file)) {
            throw new LabConfigException(existed
                    ? "host key " + file + " could not be read; restore it from a backup, or delete it to make a new"
                            + " one (learners will then see a changed-host-key warning)"
                    : "could not write a new host key to " + file + "; check the data directory is writable");
        }
        try {
            if (posix(file) && !Files.isSymbolicLink(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new LabConfigException("cannot make host key " + file + " private (mode 0600): " + PasswordFile.reason(e), e);
        }
        return new HostKey(provider, KeyUtils.getFingerPrint(keys.get(0).getPublic()), !existed);
    }

    private static boolean posix(Path path) throws IOException {
        Path p = path;
        while (p != null && !Files.exists(p)) p = p.getParent();
        return p != null && Files.getFileStore(p).supportsFileAttributeView("posix");
    }
}
