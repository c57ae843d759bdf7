package satlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void aRunBuildsOnlyTheCommandItNames() {
        assertThat(Main.commandLine("eval").getSubcommands()).containsOnlyKeys("eval");
        assertThat(Main.commandLine("eval").getSubcommands().get("eval").isUnmatchedOptionsArePositionalParams()).isTrue();
    }

    @Test
    void helpAndUnknownWordsGetEveryCommand() {
        assertThat(Main.commandLine("help").getSubcommands()).containsKeys("eval", "serve", "help");
        assertThat(Main.commandLine("bogus").getSubcommands()).hasSize(Main.commandLine().getSubcommands().size());
        assertThat(Main.commandLine().getSubcommands().keySet()).startsWith("eval", "neuron").endsWith("help");
    }
}
