package satlab.store.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The class list an instructor hands to {@code satlab results --gradebook --roster FILE}: CSV lines
 * {@code name,student_id,email}, where {@code name} is the learner's satlab name (their SSH user on the
 * lab server). A first line {@code name,...} is a header and skipped; so are blank lines and lines
 * starting with {@code #}. Fields may be quoted as in RFC 4180 (on one line).
 *
 * @param entries in the file's order
 */
public record Roster(String file, List<Entry> entries) {

    /** One learner; {@code studentId} and {@code email} are "" when not given. */
    public record Entry(String name, String studentId, String email, int line) {}

    /** The roster could not be read: every bad line, as {@code file:line: what; how to fix it}. */
    public static final class Invalid extends Exception {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final String FORMAT = "a roster line is name,student_id,email (the last two may be empty)";

    public Roster {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** Reads a roster's text; {@code file} names it in messages. */
    public static Roster parse(String file, String text) throws Invalid {
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = i + 1;
            String where = file + ":" + no + ": ";
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            List<String> fields;
            try {
                fields = fields(line);
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage() + "; " + FORMAT);
                first = false;
                continue;
            }
            boolean header = first && fields.get(0).strip().equalsIgnoreCase("name");
            first = false;
            if (header) continue;
            if (fields.size() > 3) {
                problems.add(where + fields.size() + " fields; " + FORMAT + " (quote a field that holds a comma)");
                continue;
            }
            String name = fields.get(0).strip();
            String id = fields.size() > 1 ? fields.get(1).strip() : "";
            String email = fields.size() > 2 ? fields.get(2).strip() : "";
            if (name.isEmpty()) {
                problems.add(where + "no name; " + FORMAT);
            } else if (name.chars().anyMatch(Character::isISOControl)) {
                problems.add(where + "the name holds a control character; " + FORMAT);
            } else if (names.containsKey(name)) {
                problems.add(where + "'" + name + "' is already on line " + names.get(name) + "; list each learner once");
            } else if (!id.isEmpty() && ids.containsKey(id)) {
                problems.add(where + "student id '" + id + "' is already on line " + ids.get(id)
                        + "; every learner needs their own");
            } else if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                problems.add(where + "'" + email + "' is not an e-mail address; leave the field empty if there is none");
            } else {
                names.put(name, no);
                if (!id.isEmpty()) ids.put(id, no);
                entries.add(new Entry(name, id, email, no));
            }
        }
        if (!problems.isEmpty()) throw new Invalid(problems);
        return new Roster(file, entries);
    }

    /** One line's fields; quoted fields may hold commas and doubled quotes. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                int open = i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new IllegalArgumentException("column " + (open + 1) + ": the quote is never closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("column " + (i + 1) + ": text after a closing quote");
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') field.append(line.charAt(i++));
            }
            out.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) return out;
            i++; // the comma
        }
    }
}
