package satlab.lesson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks that no two quizzes of a lesson share an identity: their answers would be mixed up. */
final class QuizIdentity {

    private QuizIdentity() {}

    static void reportDuplicates(List<Step> steps, Report report) {
        Map<String, QuizBlock> seen = new HashMap<>();
        for (Step step : steps) {
            for (Block block : step.blocks()) {
                if (!(block instanceof QuizBlock quiz)) continue;
                QuizBlock first = seen.putIfAbsent(quiz.id(), quiz);
                if (first == null) continue;
                boolean derived = quiz.id().startsWith("q-") && first.id().equals(quiz.id())
                        && QuizBlock.derivedId(quiz.kind(), quiz.lets(), quiz.ask(), quiz.options()).equals(quiz.id());
                report.error(quiz.line(), 1, derived
                        ? "this quiz asks the same question as the quiz on line " + first.line()
                                + ", so their answers would be mixed up: give each an 'id:' (such as 'id: second-try')"
                        : "quiz id '" + quiz.id() + "' is also the id of the quiz on line " + first.line()
                                + ": give each quiz of a lesson its own 'id:'");
            }
        }
    }
}
