package satlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each malformed fixture lists, in its .expected file, the exact diagnostics a user
 * must see: every problem in the file, each at the line and column of its cause.
 */
class MalformedLessonsTest {

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.RESOURCES.resolve("malformed"))) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void reportsEveryProblemAtItsPosition(Path fixture) {
        String name = fixture.getFileName().toString();
        Path expectedFile = fixture.resolveSibling(name.replace(".md", ".expected"));
        List<String> expected = Fixtures.read(expectedFile).lines().toList();

        LessonParser.Result result = LessonParser.parse(name, Fixtures.read(fixture));

        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactlyElementsOf(expected);
        assertThat(result.lesson()).as("a lesson with errors is not playable").isEmpty();
    }
}
