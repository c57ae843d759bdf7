package satlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the bundled course's quizzes from the question text alone, as a careful
 * learner would: it reads the numbers the question shows and works the answer out
 * with plain {@link Math}, never with satlab's engine, so a quiz whose own answer
 * expression is wrong (or whose question hides a number) fails against it. Choice
 * and fixed yes/no answers are the ones the lessons teach.
 *
 * <p>Run {@link #main} to rewrite the seed-1 answer files in
 * {@code src/test/resources/lessons/answers/} after editing a lesson.
 */
final class CourseOracle {

    private static final String NUM = "(-?[0-9]+(?:\\.[0-9]+)?(?:e-?[0-9]+)?)";

    private record Rule(Pattern question, Function<Matcher, String> answer) {}

    private static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String regex, Function<Matcher, String> answer) {
        RULES.add(new Rule(Pattern.compile(regex, Pattern.DOTALL), answer));
    }

    private static double d(Matcher m, int g) {
        return Double.parseDouble(m.group(g));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** Nielsen's neuron (x = 1, y = 0, quadratic cost) after some epochs of gradient descent. */
    static double nielsenOutput(double w, double b, double eta, int epochs) {
        for (int i = 0; i < epochs; i++) {
            double a = sigmoid(w + b);
            double delta = a * a * (1 - a);
            w -= eta * delta;
            b -= eta * delta;
        }
        return sigmoid(w + b);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static String num(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    static {
        // 01-sigmoid
        rule("largest value σ'\\(z\\) can take", m -> "0.25");
        rule("Is σ'\\(−3\\) equal to σ'\\(3\\)", m -> "yes");
        rule("output is a = " + NUM + "\\. What is its slope", m -> num(d(m, 1) * (1 - d(m, 1))));
        // 02-saturation: the prose's own "under 2.7 %" must be accepted.
        rule("σ'\\(5\\) ≈ 0\\.00665\\. What percentage", m -> "2.7");
        rule("output is a = " + NUM + "\\. By the \\|z\\| > 5 rule",
                m -> yes(d(m, 1) > sigmoid(5) || d(m, 1) < sigmoid(-5)));
        rule("says the same as \"the neuron is saturated\"", m -> "1");
        // 03-weighted-sum
        rule("Weights 50, −30, 80, inputs 0.9, 0.2, 0.6, bias 0.1", m -> "87.1");
        rule("weights \\[" + NUM + ", " + NUM + ", " + NUM + "\\], inputs \\[" + NUM + ", " + NUM + ", " + NUM
                + "\\] and bias " + NUM + "\\. What is z",
                m -> num(d(m, 1) * d(m, 4) + d(m, 2) * d(m, 5) + d(m, 3) * d(m, 6) + d(m, 7)));
        rule("multiplied by 10 and the bias stays 0.1", m -> yes(Math.abs(10 * 0.87 + 0.1) > 5));
        rule("multiplied by 100 and the bias is 0", m -> "2");
        // 04-cancel
        rule("sigmoid outputs a = \\(" + NUM + ", " + NUM + "\\) as inputs", m -> num(1000 * (d(m, 1) + d(m, 2))));
        rule("activations \\(1, −0.99\\), bias 0\\. Is the neuron saturated", m -> yes(Math.abs(1000 - 990) > 5));
        rule("Weights \\(1000, 1000\\), activations \\(" + NUM + ", " + NUM + "\\), bias 0\\. What is z",
                m -> num(1000 * d(m, 1) + 1000 * d(m, 2)));
        // 05-slow-learning
        rule("After 150 epochs", m -> yes(nielsenOutput(2, 2, 0.15, 150) > 0.9));
        rule("σ'\\(10\\) ≈ 4.54e-5\\. How many times smaller", m -> num(0.25 / 4.54e-5));
        rule("starts at w = " + NUM + ", b = " + NUM + ", so its output is a = " + NUM,
                m -> num(d(m, 3) * d(m, 3) * (1 - d(m, 3))));
        rule("With the cross-entropy cost, which neurons", m -> "1");
        // 06-positive-inputs
        rule("100 inputs from U\\(−0.5, 0.5\\)", m -> num(Math.sqrt(100.0 / 12)));
        rule("outputs σ\\(z\\) − 0.5 instead of σ\\(z\\), can its neurons still saturate", m -> "yes");
        rule("has " + NUM + " inputs with mean " + NUM + " and variance 0.04, weights with Var\\(w\\) = 1/",
                m -> num(Math.sqrt(d(m, 1) * (1 / d(m, 1)) * (0.04 + d(m, 2) * d(m, 2)))));
        rule("tanh\\(3\\) ≈ 0.99505", m -> num(1 - 0.99505 * 0.99505));
        rule("Which statements are right\\?", m -> "1,2");
        // 07-initialisation
        rule("A neuron has " + NUM + " inputs from U\\(0, 1\\) and weights from N\\(0, " + NUM + "²\\), bias 0",
                m -> num(d(m, 2) * Math.sqrt(d(m, 1) / 3)));
        rule("largest weight sd", m -> num(5 / 1.96 / Math.sqrt(100 / 3.0)));
        rule("A layer has " + NUM + " inputs from U\\(0, 1\\) and weights from N\\(0, " + NUM + "²\\)\\. Is",
                m -> yes(d(m, 2) * Math.sqrt(d(m, 1) / 3) > 5));
        rule("A neuron has " + NUM + " inputs equal to 1", m -> num(Math.sqrt(d(m, 1) + 1)));
        rule("N\\(0, 1/1000\\) and the bias from N\\(0, 1\\)", m -> num(Math.sqrt(500 / 1000.0 + 1)));
        rule("256 inputs and 64 outputs", m -> num(2.0 / (256 + 64)));
        // 08-review
        rule("outputs a = " + NUM + "\\. What percentage of the peak", m -> num(400 * d(m, 1) * (1 - d(m, 1))));
        rule("A tanh neuron has z = " + NUM, m -> yes(Math.abs(d(m, 1)) > 2.5));
        rule("Weights \\[" + NUM + ", " + NUM + "\\], inputs \\[" + NUM + ", " + NUM + "\\], bias 0",
                m -> num(d(m, 1) * d(m, 3) + d(m, 2) * d(m, 4)));
        rule("If every weight is multiplied by " + NUM + ", is it saturated", m -> yes(0.87 * d(m, 1) > 5));
        rule("Why do large initial weights", m -> "2");
        rule("Which initial weights keep z in the steep middle", m -> "2,3");
        rule("Would replacing the sigmoid with tanh", m -> yes(Math.abs(10) <= 2.5));
        rule("Ten sigmoid layers of 100, Xavier", m -> "3");
    }

    private CourseOracle() {}

    /** The answer to one question as shown, or an error naming a question no rule knows. */
    static String answer(String question) {
        String q = question.replace('\n', ' ');
        for (Rule r : RULES) {
            Matcher m = r.question().matcher(q);
            if (m.find()) return r.answer().apply(m);
        }
        throw new AssertionError("the oracle has no rule for: " + q);
    }

    /** The answers to every quiz of a course for one seed, in order. */
    static List<String> answers(Course course, long seed) {
        List<String> out = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            // The numbers a learner playing with --seed gets: the learning model's seed for each quiz.
            for (satlab.learn.Quiz quiz : satlab.learn.Quiz.of(lesson)) {
                out.add(answer(quiz.block().instantiate(quiz.seed(seed)).question()));
            }
        }
        return out;
    }

    /**
     * Rewrites the seed-1 answer files for the bundled lessons; with {@code SEED FILE},
     * writes the whole course's answers for that seed instead, for
     * {@code satlab run lessons --answers FILE --seed SEED}.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length == 2) {
            Course course = CourseLoader.load(Fixtures.COURSE).course();
            java.nio.file.Files.write(java.nio.file.Path.of(args[1]), answers(course, Long.parseLong(args[0])));
            return;
        }
        for (java.nio.file.Path file : BundledCourseTest.lessonFiles().toList()) {
            Course course = CourseLoader.load(file).course();
            StringBuilder sb = new StringBuilder("# Right answers to lessons/" + file.getFileName()
                    + " played with --seed 1, worked out from the questions by CourseOracle\n"
                    + "# (plain arithmetic on the numbers each question shows).\n");
            for (String a : answers(course, 1)) sb.append(a).append('\n');
            java.nio.file.Files.writeString(Fixtures.RESOURCES.resolve("answers")
                    .resolve(file.getFileName().toString().replace(".md", ".txt")), sb.toString());
        }
    }
}
