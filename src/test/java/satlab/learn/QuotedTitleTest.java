package satlab.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTitleTest {
    @Test
    void aTitleWithQuotesOfItsOwnIsNotNestedInMore() {
        assertThat(CourseStanding.quoted("What \"saturated\" means")).isEqualTo("'What \"saturated\" means'");
        assertThat(CourseStanding.quoted("Review")).isEqualTo("\"Review\"");
    }
}
