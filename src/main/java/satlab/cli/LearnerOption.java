package satlab.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --learner NAME}: whose progress a command works on; the OS user unless given. */
public final class LearnerOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private String name;

    @Option(names = "--learner", paramLabel = "NAME",
            description = "Whose progress to use (default: your user name, ${sys:user.name}).")
    void setName(String value) {
        if (value.isBlank() || value.chars().anyMatch(Character::isISOControl)) {
            throw new ParameterException(mixee.commandLine(),
                    "--learner needs a name (letters, digits, spaces...), got '" + value.strip() + "'");
        }
        name = value;
    }

    /** The learner's name: the option's value, or the OS user name. */
    public String name() {
        return name != null ? name : System.getProperty("user.name");
    }
}
