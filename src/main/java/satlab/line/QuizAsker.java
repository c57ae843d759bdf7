package satlab.line;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import satlab.learn.LessonStanding;
import satlab.learn.Question;
import satlab.learn.QuizProgress;
import satlab.learn.Take;
import satlab.lesson.Lesson;
import satlab.lesson.Markdown;
import satlab.lesson.Paragraph;
import satlab.lesson.QuizBlock;
import satlab.lesson.QuizInstance;
import satlab.lesson.Wrap;
import satlab.store.Store;

/**
 * Asks one quiz at a prompt through the learning model ({@link Take}): {@code ?} shows
 * the hint, Enter moves on without answering, anything else is an attempt; after a
 * wrong one with attempts left the learner tries again, and the right answer and the
 * explanation follow the last. Each answer is in the store before "Saved." is said.
 * A quiz already finished is shown with its answer, not asked again (the menu's
 * review asks missed ones with fresh numbers).
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
    private final boolean scripted;
    private int missed;

    QuizAsker(Prompter prompter, PrintWriter out, Style style, Store store, String learner, Object seedSource,
              Clock clock, int width, boolean scripted) {
        this.prompter = prompter;
        this.out = out;
        this.style = style;
        this.store = store;
        this.learner = learner;
        this.seedSource = seedSource;
        this.clock = clock;
        this.width = width;
        this.scripted = scripted;
    }

    /** Quizzes this session finished wrong (out of attempts). */
    int missed() {
        return missed;
    }

    Outcome ask(Lesson lesson, QuizBlock quiz) {
        int index = lesson.quizIndex(quiz);
        LessonStanding standing = LessonStanding.read(store, learner, seedSource, lesson);
        QuizProgress p = standing.quiz(index);
        return take(Take.of(p), "Quiz " + (index + 1) + " of " + standing.total());
    }

    /** Asks a missed quiz again with fresh numbers. */
    Outcome review(QuizProgress p) {
        return take(Take.review(p, seedSource), "Review: " + p.quiz().lesson().title() + ", quiz " + p.quiz().number());
    }

    private Outcome take(Take take, String heading) {
        out.println(style.heading(heading));
        if (take.question() instanceof Question.Broken b) {
            say(capitalised(b.message()) + ".");
            return Outcome.DONE;
        }
        QuizInstance instance = take.instance();
        print(Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline(instance.question())));
        for (int k = 0; k < instance.options().size(); k++) {
            print(new Paragraph(Paragraph.Kind.NUMBERED, Markdown.inline(instance.options().get(k).text()), k + 1, 0));
        }
        if (take.finished()) {
            say("You answered " + take.last().given() + ": " + take.message());
            explain(take);
            return Outcome.DONE;
        }
        if (take.last() != null) say("You answered " + take.last().given() + " before. " + take.message());
        String keys = instance.hint().isEmpty() ? "" : "; ? for a hint";
        say("Answer with " + instance.expects() + keys + "; Enter to go on without answering"
                + (take.quiz().attempts() > 1 ? " (" + take.quiz().attempts() + " attempts)" : "") + ".");
        while (take.open()) {
            Optional<String> typed = prompter.ask(take.attempt() > 1 ? "attempt " + take.attempt() + "> " : "answer> ");
            if (typed.isEmpty()) return Outcome.GONE;
            String text = typed.get().strip();
            if (scripted && (text.isEmpty() || text.startsWith("#"))) continue;
            int comment = text.indexOf(" #");
            if (scripted && comment >= 0) text = text.substring(0, comment).strip();
            if (text.isEmpty()) return Outcome.DONE;
            if (text.equals("?")) {
                take = take.withHint();
                print(Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline(
                        instance.hint().isEmpty() ? "This quiz has no hint." : "Hint: " + instance.hint())));
                continue;
            }
            Take.Answered a = take.answer(text, learner, clock.instant());
            take = a.take();
            if (a.record().isEmpty()) {
                say(take.message());
                continue;
            }
            store.recordAttempt(a.record().get());
            boolean right = take.status() == QuizProgress.Status.RIGHT;
            Wrap.text(take.message(), width, TerminalWidth.OF).forEach(l -> out.println(right ? style.right(l) : style.wrong(l)));
            if (take.status() == QuizProgress.Status.MISSED && !take.review()) missed++;
            if (take.finished()) explain(take);
            // The store has committed the answer by now when it is saving; the reason it is not
            // was given at the start, so a short note is enough here.
            say(store.isSaving() ? "Saved." : "Not saved to disk: kept for this session only.");
        }
        return Outcome.DONE;
    }

    private void explain(Take take) {
        if (take.showSolution() && !take.instance().explanation().isEmpty()) {
            print(Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline(take.instance().explanation())));
        }
    }

    private void say(String sentence) {
        Wrap.text(sentence, width, TerminalWidth.OF).forEach(out::println);
    }

    private void print(Paragraph p) {
        out.print(style.lines(Wrap.paragraph(p, width, TerminalWidth.OF)));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
