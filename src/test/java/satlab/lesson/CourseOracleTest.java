package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.LongStream;

/**
 * The review's test, kept: the whole course played on seeds 1 to 30 with answers a
 * careful learner works out from each question (see {@link CourseOracle}) scores
 * full marks, as {@code satlab run lessons --answers FILE --seed N} would.
 */
class CourseOracleTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aCarefulLearnerGetsEveryQuizRight(long seed) {
        Course course = CourseLoader.load(Fixtures.COURSE).course();
        List<String> answers = CourseOracle.answers(course, seed);
        StringWriter transcript = new StringWriter();

        satlab.learn.Headless.Result score = satlab.learn.Headless.run(course, answers, seed, "oracle",
                java.time.Clock.systemUTC(), new PrintWriter(transcript));

        assertThat(score.total()).isEqualTo(answers.size()).isGreaterThanOrEqualTo(30);
        assertThat(score.allRight()).as(transcript.toString()).isTrue();
    }
}
