package satlab.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who of those who log in is an instructor: names given on the command line and, optionally,
 * a file of names (one a line, {@code #} comments). An instructor logs in exactly as a learner
 * does; the name alone decides that they get the lab console. The file decides who may run the
 * lab, so it is trusted as the password file is ({@link FileTrust}) and read again when it
 * changes; a changed file that others could write or that does not parse is refused and logged,
 * and the last good list stays.
 */
public final class Instructors {
    private final Set<String> named;
    private final Reloading<Set<String>> file;

    private Instructors(Set<String> named, Reloading<Set<String>> file) {
        this.named = Set.copyOf(named);
        this.file = file;
    }

    /** Nobody is an instructor (a lab without a console). */
    public static Instructors none() {
        return new Instructors(Set.of(), null);
    }

    /**
     * @param names names from {@code --instructors}
     * @param file  the {@code --instructors-file}, or null
     * @throws LabConfigException for a name that could not log in, or a file that is missing, untrusted or bad
     */
    public static Instructors of(List<String> names, Path file, ServerLog log) throws LabConfigException {
        Set<String> checked = new LinkedHashSet<>();
        for (String n : names) checked.add(checkName(n.strip(), "--instructors", 0));
        if (file == null) return new Instructors(checked, null);
        if (!Files.isRegularFile(file)) {
            throw new LabConfigException("instructors file " + file + " does not exist; write one name a line");
        }
        return new Instructors(checked, new Reloading<>(file, "instructors file", Instructors::read, loaded -> {}, log));
    }

    /** Whether this logged-in name gets the lab console; reads the file again if it changed. */
    public boolean contains(String name) {
        return named.contains(name) || (file != null && file.current().contains(name));
    }

    /** Whether any instructor is named at all (the lab then keeps a console's model). */
    public boolean any() {
        return !named.isEmpty() || (file != null && !file.current().isEmpty());
    }

    static Set<String> read(Path file) throws LabConfigException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabConfigException("cannot read instructors file " + file + ": " + PasswordFile.reason(e), e);
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            out.add(checkName(line, file.toString(), i + 1));
        }
        return out;
    }

    private static String checkName(String name, String where, int line) throws LabConfigException {
        if (LearnerNames.isValid(name)) return name;
        throw new LabConfigException((line > 0 ? where + ":" + line + ": " : where + ": ") + "'" + name
                + "' is not a name anyone can log in with: use " + LearnerNames.RULE);
    }
}
