package satlab.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs `satlab ARGS...` in-process, as the real command tree, with its output captured. */
final class CommandRun {

    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private CommandRun() {}

    static Result run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
