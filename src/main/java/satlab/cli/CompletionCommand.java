package satlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code satlab completion bash|zsh}: the shell completion script, generated from the command tree. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        header = "Print a shell completion script for bash or zsh.",
        description = {
            "Print a script that completes satlab's commands and options, generated from the same command model as "
                    + "--help, so it always matches this version.",
            "",
            "Install it for bash, or for zsh (which runs it through bashcompinit):",
            "  satlab completion bash > ~/.local/share/bash-completion/completions/satlab",
            "  echo 'source <(satlab completion zsh)' >> ~/.zshrc",
            "Or try it in the current shell: source <(satlab completion bash)",
        })
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String script = AutoComplete.bash("satlab", Main.commandLine());
        if (shell == Shell.zsh) {
            // picocli's script runs in zsh once bash-style completion is loaded.
            out.println("autoload -U +X compinit && compinit");
            out.println("autoload -U +X bashcompinit && bashcompinit");
        }
        out.print(script);
        out.flush();
        return 0;
    }
}
