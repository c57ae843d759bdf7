package satlab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * {@code satlab man}: the manual page satlab(1) in roff, generated from the command tree
 * that {@code --help} prints, so the two never drift apart.
 */
@Command(
        name = "man",
        mixinStandardHelpOptions = true,
        header = "Print the manual page satlab(1), generated from the commands' help.",
        description = {
            "Print satlab's manual page in roff. Read it, or install it where man finds it:",
            "  satlab man | man -l -",
            "  mkdir -p ~/.local/share/man/man1 && satlab man > ~/.local/share/man/man1/satlab.1",
        })
final class ManCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        out.print(page(Main.commandLine(), new Main.Version().getVersion()[0]));
        out.flush();
        return 0;
    }

    /** The whole page: the tutor's synopsis and options, then one section per command. */
    static String page(CommandLine root, String version) {
        StringBuilder m = new StringBuilder();
        CommandSpec top = root.getCommandSpec();
        m.append(".TH SATLAB 1 \"\" \"").append(escape(version)).append("\" \"User Commands\"\n");
        m.append(".SH NAME\nsatlab \\- ").append(escape(lowerFirst(described(top.usageMessage().description()))))
                .append('\n');
        m.append(".SH SYNOPSIS\n");
        m.append(synopsis(top));
        m.append(".br\n.B satlab\n.I COMMAND\n[OPTIONS]\n");
        m.append(".SH DESCRIPTION\n");
        m.append("With no command, satlab starts the full-screen tutor; it plays the course line by line on a dumb "
                + "terminal or when input or output is not a terminal.\n");
        m.append(options(top));
        m.append(".SH COMMANDS\n");
        root.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) return;
            CommandSpec s = sub.getCommandSpec();
            m.append(".SS \"").append(escape("satlab " + name)).append("\"\n");
            m.append(synopsis(s));
            m.append(paragraphs(s.usageMessage().header()));
            m.append(paragraphs(s.usageMessage().description()));
            m.append(options(s));
            m.append(paragraphs(s.usageMessage().footer()));
        });
        m.append(".SH FILES\n.TP\n.I $XDG_STATE_HOME/satlab/satlab.db\n");
        m.append("Progress and quiz answers (SQLite), in ~/.local/state/satlab when XDG_STATE_HOME is unset; "
                + "\\fB\\-\\-data\\fR \\fIDIR\\fR uses DIR/satlab.db.\n");
        m.append(".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nNo colour when set.\n.TP\n.B TERM\n"
                + "dumb (or unset) plays the course line by line.\n.TP\n.B LANG\n"
                + "A locale that is not UTF-8 draws with ASCII only.\n");
        m.append(".SH EXIT STATUS\n0 on success; 1 when a check finds errors or a run has wrong answers; "
                + "2 for a usage error.\n");
        m.append(".SH SEE ALSO\n\\fBsatlab \\-\\-help\\fR, \\fBsatlab COMMAND \\-\\-help\\fR, "
                + "\\fBsatlab completion\\fR\n");
        return m.toString();
    }

    private static String synopsis(CommandSpec spec) {
        // picocli wraps the synopsis at 80 columns; man wraps it to the reader's width.
        String text = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).strip();
        return escape(String.join(" ", text.split("\\s*\n\\s*"))) + "\n.br\n";
    }

    private static String options(CommandSpec spec) {
        StringBuilder out = new StringBuilder();
        List<ArgSpec> args = new ArrayList<>(spec.positionalParameters());
        args.addAll(spec.options());
        for (ArgSpec arg : args) {
            if (arg.hidden()) continue;
            out.append(".TP\n");
            if (arg instanceof OptionSpec o) {
                List<String> names = new ArrayList<>();
                for (String n : o.names()) {
                    names.add("\\fB" + escape(n) + "\\fR" + (o.arity().max() > 0 ? "=\\fI" + escape(o.paramLabel())
                            + "\\fR" : ""));
                }
                out.append(String.join(", ", names)).append('\n');
            } else {
                out.append("\\fI").append(escape(((PositionalParamSpec) arg).paramLabel())).append("\\fR\n");
            }
            out.append(escape(described(arg.description()))).append('\n');
        }
        return out.toString();
    }

    /** Description lines, blank lines as paragraph breaks and indented lines kept as they are (examples). */
    private static String paragraphs(String[] lines) {
        StringBuilder out = new StringBuilder();
        boolean example = false;
        for (String line : Main.paragraphs(lines)) {
            if (line.isBlank()) {
                if (example) out.append(".fi\n");
                example = false;
                out.append(".PP\n");
            } else if (Character.isWhitespace(line.charAt(0))) {
                if (!example) out.append(".nf\n.RS 4\n");
                example = true;
                out.append(escape(shown(line).strip())).append('\n');
                continue;
            } else {
                if (example) out.append(".RE\n.fi\n");
                example = false;
                out.append(escape(shown(line))).append("\n.br\n");
            }
            if (example) continue;
        }
        if (example) out.append(".RE\n.fi\n");
        return out.toString();
    }

    /** Description lines as --help shows them ({@link #shown}), joined into one. */
    private static String described(String[] lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) out.add(shown(line));
        return String.join(" ", out);
    }

    /**
     * A description line as picocli's --help shows it: picocli reads descriptions as format
     * strings ({@code %%} is a percent sign, {@code %n} a line break, here a space: man fills
     * its own lines), and shows a line that is not a valid one ({@code 1% of it}) as written.
     * Formatting rendered text (a synopsis, a name) instead would break on its percent signs.
     */
    static String shown(String line) {
        String text;
        try {
            text = String.format(Locale.ROOT, line);
        } catch (IllegalFormatException notAFormat) {
            text = line;
        }
        return text.replace(System.lineSeparator(), " ").replace("\n", " ");
    }

    /** Roff-safe text: backslashes, hyphens (so options copy as typed), and a control character at a line start. */
    static String escape(String text) {
        String t = text.replace("\\", "\\e").replace("-", "\\-");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
