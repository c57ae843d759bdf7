package satlab.line;

import java.util.ArrayList;
import java.util.List;
import satlab.engine.EngineError;

/**
 * The options of {@code :network} and {@code :train}, written as on the command
 * line: {@code --name value} or {@code --name=value}; a value may be split after a
 * comma ({@code --start 0.6, 0.9}). Every position is an offset into the whole
 * command line, so an error's caret lands under the input.
 *
 * @param options in the order typed
 */
record SimArgs(List<Option> options) {

    /**
     * @param value empty for a flag
     * @param at offset of the value in the line (of the name, for a flag)
     */
    record Option(String name, String value, int nameAt, int at) {}

    /**
     * @param names the options that take a value
     * @param flags the options that take none
     * @param command the command's word, for messages
     */
    static SimArgs parse(String line, int argsAt, List<String> names, List<String> flags, String command) {
        List<Brackets.Part> words = Brackets.splitSpaces(line.substring(argsAt));
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Brackets.Part word = words.get(i);
            int at = argsAt + word.offset();
            if (!word.text().startsWith("--")) {
                throw error(line, at, word.text().length(), "expected an option such as --" + names.get(0)
                        + " here; " + command + " --help lists them");
            }
            int eq = word.text().indexOf('=');
            String name = word.text().substring(2, eq < 0 ? word.text().length() : eq);
            if (flags.contains(name) && eq < 0) {
                options.add(new Option(name, "", at, at));
                continue;
            }
            if (!names.contains(name)) {
                List<String> all = new ArrayList<>(names);
                all.addAll(flags);
                throw error(line, at, word.text().length(), "unknown option --" + name + "; " + command + " takes --"
                        + String.join(", --", all.subList(0, all.size() - 1)) + " and --" + all.get(all.size() - 1));
            }
            String value;
            int valueAt;
            if (eq >= 0) {
                value = word.text().substring(eq + 1);
                valueAt = at + eq + 1;
            } else if (i + 1 < words.size() && !words.get(i + 1).text().startsWith("--")) {
                Brackets.Part next = words.get(++i);
                value = next.text();
                valueAt = argsAt + next.offset();
            } else {
                throw error(line, at, word.text().length(), "--" + name + " needs a value");
            }
            while (value.endsWith(",") && i + 1 < words.size() && !words.get(i + 1).text().startsWith("--")) {
                value = value + " " + words.get(++i).text();
            }
            if (value.isEmpty()) throw error(line, at, word.text().length(), "--" + name + " needs a value");
            options.add(new Option(name, value, at, valueAt));
        }
        return new SimArgs(options);
    }

    /** A problem with one option's value, as an error whose caret sits under the value. */
    static EngineError badValue(String line, Option o, String message) {
        return error(line, o.at(), Math.max(1, Math.min(o.value().length(), line.length() - o.at())), message);
    }

    static EngineError error(String line, int offset, int length, String message) {
        return new EngineError(EngineError.Kind.SYNTAX, message, line, offset, length);
    }
}
