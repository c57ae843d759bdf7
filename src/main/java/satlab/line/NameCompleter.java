package satlab.line;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import satlab.engine.Interpreter;

/**
 * Tab completion for the REPL: REPL commands at the start of a line, the options of
 * {@code :network} and {@code :train} after them, otherwise the
 * engine's functions and constants and the variables defined so far (read live, so a
 * name assigned a moment ago completes).
 */
final class NameCompleter implements Completer {

    private final Interpreter interpreter;
    private final List<Candidate> functions;

    NameCompleter(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.functions = functionCandidates();
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        candidates.addAll(candidates(line));
    }

    /** The candidates for a parsed line; JLine keeps those that start with the word typed so far. */
    List<Candidate> candidates(ParsedLine line) {
        List<Candidate> out = new ArrayList<>();
        if (line.wordIndex() == 0 && line.word().startsWith(":")) {
            for (ColonCommand c : ColonCommand.values()) {
                out.add(new Candidate(c.word(), c.word(), "commands", c.summary(), null, null, true));
            }
            return out;
        }
        Optional<ColonCommand> command = ColonCommand.find(line.line().strip().split("\\s+", 2)[0]);
        if (line.wordIndex() > 0 && command.isPresent() && afterDashes(line)) {
            for (String option : ReplCommands.options(command.get())) {
                out.add(new Candidate(option, "--" + option, "options", null, null, null, true));
            }
            return out;
        }
        out.addAll(functions);
        for (String name : Interpreter.constantNames()) {
            out.add(new Candidate(name, name, "constants", null, null, null, false));
        }
        for (String name : interpreter.variables().keySet()) {
            out.add(new Candidate(name, name, "variables", interpreter.variables().get(name).toString(), null, null,
                    false));
        }
        return out;
    }

    /** The word being completed follows "--": an option's name (the dashes are not name characters). */
    private static boolean afterDashes(ParsedLine line) {
        if (!(line instanceof ReplParser.NameLine n)) return false;
        return n.wordStart() >= 2 && n.line().startsWith("--", n.wordStart() - 2);
    }

    /** Functions complete with their opening bracket, described by the engine's own help line. */
    private static List<Candidate> functionCandidates() {
        Set<String> names = Interpreter.functionNames();
        List<String> help = Interpreter.functionHelp();
        List<Candidate> out = new ArrayList<>();
        Iterator<String> helpLines = help.size() == names.size() ? help.iterator() : null;
        for (String name : names) {
            String description = helpLines != null ? helpLines.next() : null;
            out.add(new Candidate(name + "(", name, "functions", description, null, null, false));
        }
        return out;
    }
}
