package satlab.learn;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import satlab.lesson.Course;
import satlab.lesson.Lesson;
import satlab.lesson.Markdown;
import satlab.lesson.Paragraph;
import satlab.lesson.QuizBlock;
import satlab.lesson.QuizInstance;
import satlab.lesson.Wrap;
import satlab.store.AttemptRecord;

/**
 * Plays every quiz of a course with answers from a file, as a learner would with the
 * same learning model: each line is one attempt (a wrong answer with attempts left
 * takes the next line as the retry), {@code ?} shows the hint. Prints a transcript and
 * {@code score: 7/8}; instructors test their lessons in CI with it
 * ({@code satlab run}).
 */
public final class Headless {

    private Headless() {}

    /** What a run gave: the score and the records a learner's store would now hold. */
    public record Result(int right, int total, List<AttemptRecord> records) {
        public boolean allRight() {
            return right == total;
        }

        @Override
        public String toString() {
            return right + "/" + total;
        }
    }

    /**
     * The answers in a file's text: one a line; blank lines and {@code #} comments
     * (whole lines, or after a space at the end of a line) are skipped.
     */
    public static List<String> answers(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            int comment = s.indexOf(" #");
            if (comment >= 0) s = s.substring(0, comment).strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            out.add(s);
        }
        return out;
    }

    /**
     * Plays the course.
     *
     * @param who     whose numbers: a learner's name ({@code --learner}) or a seed number ({@code --seed})
     * @param learner the name the records carry
     */
    public static Result run(Course course, List<String> answers, Object who, String learner, Clock clock,
            PrintWriter out) {
        int next = 0;
        int right = 0;
        int total = 0;
        List<AttemptRecord> records = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            List<Quiz> quizzes = Quiz.of(lesson);
            out.println("== " + lesson.id() + ": " + lesson.title() + " (" + quizzes.size()
                    + (quizzes.size() == 1 ? " quiz)" : " quizzes)"));
            for (Quiz quiz : quizzes) {
                total++;
                out.println();
                out.println("quiz " + quiz.number() + " (" + quiz.block().kind().name().toLowerCase(Locale.ROOT) + ", "
                        + lesson.source() + ":" + quiz.block().line() + ", id " + quiz.id() + ")");
                Take take = Take.of(QuizProgress.of(quiz, List.of(), who));
                if (take.question() instanceof Question.Broken b) {
                    out.println("  error: " + b.message());
                    continue;
                }
                printQuestion(take.instance(), out);
                while (take.open()) {
                    if (next >= answers.size()) {
                        out.println("  answer: (none: the answer file ran out)");
                        break;
                    }
                    String given = answers.get(next++);
                    if (given.equals("?")) {
                        take = take.withHint();
                        out.println("  hint: " + (take.instance().hint().isBlank() ? "(none)" : take.instance().hint()));
                        continue;
                    }
                    Take.Answered a = take.answer(given, learner, clock.instant());
                    out.println("  answer " + take.attempt() + ": " + given);
                    if (a.record().isEmpty()) {
                        out.println("  not an answer: " + a.take().message());
                    } else {
                        records.add(a.record().get());
                        out.println("  " + a.take().message());
                    }
                    take = a.take();
                }
                if (take.status() == QuizProgress.Status.RIGHT) right++;
                if (take.showSolution() && !take.instance().explanation().isEmpty()) {
                    out.println("  explanation: " + take.instance().explanation());
                }
                if (take.open()) out.println("  unanswered; the answer is: " + take.instance().correctAnswer());
            }
            out.println();
        }
        if (next < answers.size()) {
            int extra = answers.size() - next;
            out.println("note: " + extra + (extra == 1 ? " answer was" : " answers were")
                    + " not used; the answer file has more lines than the quizzes took");
        }
        out.println("score: " + right + "/" + total);
        out.flush();
        return new Result(right, total, records);
    }

    private static void printQuestion(QuizInstance instance, PrintWriter out) {
        Paragraph question = Paragraph.of(Paragraph.Kind.TEXT, Markdown.inline(instance.question()));
        for (Wrap.Line line : Wrap.paragraph(question, 76)) out.println("  " + line.text());
        List<QuizBlock.Option> options = instance.options();
        for (int k = 0; k < options.size(); k++) {
            Paragraph option = new Paragraph(Paragraph.Kind.NUMBERED, Markdown.inline(options.get(k).text()), k + 1, 0);
            for (Wrap.Line line : Wrap.paragraph(option, 74)) out.println("    " + line.text());
        }
    }
}
