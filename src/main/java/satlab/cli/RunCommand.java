package satlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import satlab.lesson.CourseLoader;
import satlab.lesson.Diagnostic;
import satlab.learn.Headless;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Play every quiz of lessons headless with answers from a file, print a transcript and the score.",
            "Answers, one a line ('#' comments allowed): yes/no (or y/n), option numbers for choice",
            "quizzes (2, or 1,3 when several are right), a number or expression for number quizzes.",
            "Each line is one attempt, as a learner's: after a wrong answer with attempts left the",
            "next line is the retry; a line '?' shows the hint.",
            "Exit status: 0 when every answer is right, 1 otherwise.",
            "",
            "Examples:",
            "  satlab run lessons/04-cancel.md --answers answers.txt --seed 1",
            "  satlab run lessons/ --answers answers.txt --learner bob   # bob's own numbers",
        })
final class RunCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Lesson files or directories, played in course order.")
    List<Path> paths;

    @Option(names = "--answers", required = true, paramLabel = "FILE", description = "The answers, one a line.")
    Path answers;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for the quizzes' random numbers (default: 0), as the tutor's --seed.")
    Long seed;

    @Option(names = "--learner", paramLabel = "NAME",
            description = "Draw the numbers this learner was given (their name seeds them, as in the tutor).")
    String learner;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String answerText;
        try {
            answerText = Files.readString(answers, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("satlab run: cannot read the answer file " + answers + ": "
                    + (Files.exists(answers) ? e.getMessage() : "no such file"));
            return 2;
        }
        CourseLoader.LoadResult loaded = CourseLoader.load(paths);
        if (loaded.hasErrors()) {
            for (Diagnostic d : loaded.diagnostics()) err.println(d);
            err.println("satlab run: fix the errors above first (satlab check lists them)");
            err.flush();
            return 1;
        }
        if (seed != null && learner != null) {
            err.println("satlab run: give --seed or --learner, not both");
            return 2;
        }
        Object who = learner != null ? learner : seed != null ? seed : (Object) 0L;
        Headless.Result score = Headless.run(loaded.course(), Headless.answers(answerText), who,
                learner != null ? learner : "satlab-run", java.time.Clock.systemUTC(), out);
        return score.allRight() ? 0 : 1;
    }
}
