package satlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void sameTextSameFingerprintWhateverTheLineEnds() {
        assertThat(Fingerprint.of("What is σ(10)?\r\nAnswer to 5 digits.\r\n"))
                .isEqualTo(Fingerprint.of("What is σ(10)?\nAnswer to 5 digits."))
                .hasSize(16)
                .matches("[0-9a-f]{16}");
    }

    @Test
    void anEditChangesIt() {
        assertThat(Fingerprint.of("What is σ(10)?")).isNotEqualTo(Fingerprint.of("What is σ(5)?"));
    }
}
