package satlab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the full-screen tutor, which `satlab` with no command starts. */
final class TutorOptions {

    @Option(names = "--ascii", description = "Draw with 7-bit characters only (automatic when the locale is not UTF-8).")
    boolean ascii;

    @Option(names = "--no-color", description = "No colour (also when the NO_COLOR variable is set). Verdicts are always words.")
    boolean noColor;

    @Option(names = "--lessons", paramLabel = "DIR", description = "Lessons to play instead of the bundled course.")
    Path lessons;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Directory of the progress database (default $XDG_STATE_HOME/satlab or ~/.local/state/satlab).")
    Path data;

    @Option(names = "--plain", description = "The line-by-line tutor (as 'satlab plain'); automatic with TERM=dumb or without a terminal.")
    boolean plain;

    @Option(names = "--seed", paramLabel = "N", description = "Seed quiz numbers with N instead of your user name (reproducible runs).")
    Long seed;
}
