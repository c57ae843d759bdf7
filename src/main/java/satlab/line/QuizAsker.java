package satlab.line;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import satlab.lesson.Lesson;
import satlab.lesson.Markdown;
import satlab.lesson.Paragraph;
import satlab.lesson.QuizBlock;
import satlab.lesson.QuizError;
import satlab.lesson.QuizInstance;
import satlab.lesson.Verdict;
import satlab.lesson.Wrap;
import satlab.store.Attempt;
import satlab.store.AttemptRecord;
import satlab.store.Store;

/**
 * Asks one quiz at a prompt: {@code ?} shows the hint, Enter moves on (keeping an
 * earlier answer, if any), anything else is judged; the verdict, the explanation and
 * the right answer follow, and the answer is in the store before "Saved." is said.
 */
final class QuizAsker {

    /** How asking ended: answered or passed over, or the learner left. */
    enum Outcome { DONE, GONE }

    private final Prompter prompter;
    private final PrintWriter out;
    private final Style style;
    private final Store store;
    private final String learner;
    private final Object seedSource;
    private final Clock clock;
    private final int width;

    QuizAsker(Prompter prompter, PrintWriter out, Style style, Store store, String learner, Object seedSource,
              Clock clock, int width) {
        this.prompter = prompter;
        this.out = out;
        this.style = style;
        this.store = store;
        this.learner = learner;
        this.seedSource = seedSource;
        this.clock = clock;
        this.width = width;
    }

    Outcome ask(Lesson lesson, QuizBlock quiz) {
        List<QuizBlock> all = lesson.quizzes();
        int index = lesson.quizIndex(quiz);
        long seed = QuizBlock.seed(seedSource, lesson.id(), index);
        QuizInstance instance;
        try {
            instance = quiz.instantiate(seed);
        } catch (QuizError e) {
            out.println("This quiz cannot be asked (" + lesson.source() + ":" + quiz.line() + "): " + e.getMessage());
            return Outcome.DONE;
        }
        out.println(style.heading("Quiz " + (index + 1) + " of " + all.size()));
        print(Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline(instance.question())));
        for (int k = 0; k < instance.options().size(); k++) {
            print(new Paragraph(Paragraph.Kind.NUMBERED, Markdown.inline(instance.options().get(k).text()), k + 1, 0));
        }
        Optional<Attempt> earlier = Answers.latest(store, learner, lesson, index);
        String keys = instance.hint().isEmpty() ? "" : "; ? for a hint";
        earlier.ifPresent(a -> say("You answered " + a.record().answer() + " before ("
                + (a.correct() ? "right" : "wrong") + "); Enter keeps that answer."));
        say("Answer with " + instance.expects() + keys + "; Enter to go on without answering.");
        while (true) {
            Optional<String> typed = prompter.ask("answer> ");
            if (typed.isEmpty()) return Outcome.GONE;
            String text = typed.get().strip();
            if (text.isEmpty()) return Outcome.DONE;
            if (text.equals("?")) {
                print(Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline(
                        instance.hint().isEmpty() ? "This quiz has no hint." : "Hint: " + instance.hint())));
                continue;
            }
            Verdict verdict = instance.check(text);
            if (verdict.result() == Verdict.Result.INVALID) {
                say(verdict.feedback());
                continue;
            }
            store.recordAttempt(new AttemptRecord(learner, lesson.id(), index, quiz.fingerprint(), seed, text,
                    verdict.right(), clock.instant()));
            report(verdict);
            return Outcome.DONE;
        }
    }

    private void report(Verdict verdict) {
        out.println(verdict.right() ? style.right(verdict.feedback()) : style.wrong(verdict.feedback()));
        if (!verdict.right()) say("The answer is: " + verdict.correctAnswer());
        if (!verdict.explanation().isEmpty()) {
            print(Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline(verdict.explanation())));
        }
        // The store has committed the answer by now when it is saving; the reason it is not
        // was given at the start, so a short note is enough here.
        say(store.isSaving() ? "Saved." : "Not saved to disk: kept for this session only.");
    }

    private void say(String sentence) {
        Wrap.text(sentence, width).forEach(out::println);
    }

    private void print(Paragraph p) {
        out.print(style.lines(Wrap.paragraph(p, width)));
    }
}
