package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What every command shares: --version, help wrapped once, completion and the man page from the same model. */
class CommandModelTest {

    private static final String VERSION = CommandRun.run("--version").out().strip();

    @Test
    void everyCommandsVersionOptionPrintsTheVersion() {
        assertThat(VERSION).matches("satlab \\d+\\.\\d+\\.\\d+.*");
        for (String name : Main.commandLine().getSubcommands().keySet()) {
            if (name.equals("help")) continue;
            CommandRun.Result r = CommandRun.run(name, "--version");
            assertThat(r.exit()).as(name).isZero();
            assertThat(r.out().strip()).as(name + " --version").isEqualTo(VERSION);
        }
    }

    @Test
    void helpTextIsWrappedOnceNoSentenceBreaksOffAfterAWordOrTwo() {
        for (var e : Main.commandLine().getSubcommands().entrySet()) {
            List<String> lines = e.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF).lines().toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i).strip();
                String next = lines.get(i + 1).strip();
                boolean fragment = !line.isEmpty() && line.split(" ").length <= 2 && !line.matches(".*[.:!?)]$")
                        && !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !line.startsWith("-");
                assertThat(fragment).as("satlab %s --help, line %d: '%s' then '%s'", e.getKey(), i + 1, line, next)
                        .isFalse();
            }
            assertThat(lines).as(e.getKey()).allMatch(l -> l.length() <= 80);
        }
        // The case that was reported: run's answers paragraph.
        assertThat(CommandRun.run("run", "--help").out()).doesNotContain("for\nchoice\nquizzes")
                .contains("option numbers for\nchoice quizzes");
    }

    @Test
    void paragraphsJoinHandBrokenLinesButKeepSentencesBlankLinesAndExamples() {
        assertThat(Main.paragraphs(new String[] {"one two", "three.", "Next line:", "  example", "  more", "",
            "last"})).containsExactly("one two three.", "Next line:", "  example", "  more", "", "last");
    }

    @Test
    void completionScriptsComeFromTheCommandTree() {
        CommandRun.Result bash = CommandRun.run("completion", "bash");
        assertThat(bash.exit()).isZero();
        assertThat(bash.out()).contains("complete -F _complete_satlab", "_picocli_satlab_network", "--activation");
        CommandRun.Result zsh = CommandRun.run("completion", "zsh");
        assertThat(zsh.out()).startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit")
                .contains("complete -F _complete_satlab");
        assertThat(CommandRun.run("completion", "fish").exit()).isEqualTo(2);
    }

    @Test
    void theManPageListsEveryCommandAndOptionInRoff() {
        CommandRun.Result man = CommandRun.run("man");
        assertThat(man.exit()).isZero();
        String page = man.out();
        assertThat(page).startsWith(".TH SATLAB 1 \"\" \"" + VERSION + "\"");
        for (var e : Main.commandLine().getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            assertThat(page).contains(".SS \"satlab " + e.getKey() + "\"");
            for (var option : e.getValue().getCommandSpec().options()) {
                assertThat(page).as(e.getKey() + " " + option.longestName())
                        .contains("\\fB" + ManCommand.escape(option.longestName()) + "\\fR");
            }
        }
        // No line may start with a roff control character by accident.
        assertThat(page.lines().filter(l -> l.startsWith("'"))).isEmpty();
        assertThat(page.lines().filter(l -> l.startsWith(".") && !l.matches("\\.(TH|SH|SS|TP|PP|br|nf|fi|RS|RE|B|I)( .*)?")))
                .isEmpty();
    }

    @Test
    void roffEscapingKeepsHyphensBackslashesAndLeadingDots() {
        assertThat(ManCommand.escape("--seed=N")).isEqualTo("\\-\\-seed=N");
        assertThat(ManCommand.escape("a\\b")).isEqualTo("a\\eb");
        assertThat(ManCommand.escape(".hidden")).isEqualTo("\\&.hidden");
    }

    @CommandLine.Command(name = "pct", description = {"Scores out of 100%%, 5% tolerance.", "Two%nlines."})
    static final class Percent implements Runnable {
        @CommandLine.Option(names = "--tolerance", paramLabel = "N%", description = "1% by default (a lone % is"
                + " shown as written, as --help shows it)")
        String tolerance;

        @CommandLine.Option(names = "--share", description = "Up to 50%% of the class.")
        String share;

        @Override
        public void run() {}
    }

    @Test
    void percentSignsInDescriptionsReachTheManPageAsHelpShowsThem() {
        CommandLine root = new CommandLine(new Percent());
        root.addSubcommand("sub", new CommandLine(new Percent()));
        String page = ManCommand.page(root, "1.0");
        // A lone % is not a format (picocli shows the line as written); %% is a percent sign; %n a break.
        assertThat(page).contains("1% by default (a lone % is shown as written, as \\-\\-help shows it)")
                .contains("Up to 50% of the class.")
                .contains("scores out of 100%%, 5% tolerance. Two lines.")
                .contains("=\\fIN%\\fR");
        String help = root.getSubcommands().get("sub").getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help).contains("1% by default").contains("Up to 50% of the class.");
        assertThat(ManCommand.shown("100%% sure")).isEqualTo("100% sure");
        assertThat(ManCommand.shown("5% off")).isEqualTo("5% off");
    }
}
