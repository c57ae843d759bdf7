package satlab.lesson;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plays every quiz of a course in order with answers from a file and prints a
 * transcript: question, answer given, right or wrong, the explanation, and a final
 * {@code score: 7/8}. Instructors test their lessons in CI with it.
 */
public final class HeadlessRunner {

    private HeadlessRunner() {}

    public record Score(int right, int total) {
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
     * @param seed each quiz's numbers come from {@code QuizBlock.seed(seed, lessonId, quizIndex)}
     */
    public static Score run(Course course, List<String> answers, long seed, PrintWriter out) {
        int next = 0;
        int right = 0;
        int total = 0;
        for (Lesson lesson : course.lessons()) {
            List<QuizBlock> quizzes = lesson.quizzes();
            out.println("== " + lesson.id() + ": " + lesson.title() + " (" + quizzes.size()
                    + (quizzes.size() == 1 ? " quiz)" : " quizzes)"));
            for (int i = 0; i < quizzes.size(); i++) {
                QuizBlock quiz = quizzes.get(i);
                total++;
                out.println();
                out.println("quiz " + (i + 1) + " (" + quiz.kind().name().toLowerCase(Locale.ROOT) + ", "
                        + lesson.source() + ":" + quiz.line() + ")");
                QuizInstance instance;
                try {
                    instance = quiz.instantiate(QuizBlock.seed(seed, lesson.id(), i));
                } catch (QuizError e) {
                    out.println("  error: this quiz cannot be asked with this seed: " + e.getMessage());
                    next++;
                    continue;
                }
                printQuestion(instance, out);
                if (next >= answers.size()) {
                    out.println("  answer: (none: the answer file ran out)");
                    out.println("  wrong; the answer is: " + instance.correctAnswer());
                    continue;
                }
                String given = answers.get(next++);
                Verdict verdict = instance.check(given);
                out.println("  answer: " + given);
                switch (verdict.result()) {
                    case RIGHT -> {
                        right++;
                        out.println("  right." + tail(verdict.feedback(), "Right."));
                    }
                    case WRONG -> out.println("  wrong; the answer is: " + instance.correctAnswer()
                            + tail(verdict.feedback(), "Not quite."));
                    case INVALID -> out.println("  not an answer (" + verdict.feedback() + "); the answer is: "
                            + instance.correctAnswer());
                }
                if (!instance.explanation().isEmpty()) out.println("  explanation: " + instance.explanation());
            }
            out.println();
        }
        if (next < answers.size()) {
            int extra = answers.size() - next;
            out.println("note: " + extra + (extra == 1 ? " answer was" : " answers were")
                    + " not used; the answer file has more lines than there are quizzes");
        }
        out.println("score: " + right + "/" + total);
        out.flush();
        return new Score(right, total);
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

    /** The feedback after the generic "Right."/"Not quite." the transcript already says. */
    private static String tail(String feedback, String generic) {
        String rest = feedback.startsWith(generic) ? feedback.substring(generic.length()).strip() : feedback;
        return rest.isEmpty() ? "" : " " + rest;
    }
}
