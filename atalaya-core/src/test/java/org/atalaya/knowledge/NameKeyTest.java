package org.atalaya.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
    @Test
    void lowerCasesStripsAccentsAndCollapsesSpaces() {
        assertThat(NameKey.of("  Nikol   Pashinián ")).isEqualTo("nikol pashinian");
        assertThat(NameKey.of("Vladímir\tPutin")).isEqualTo("vladimir putin");
        assertThat(NameKey.of("Ñañez Ü")).isEqualTo("nanez u");
    }

    @Test
    void isIdempotent() {
        String key = NameKey.of("Emomali Rajmón");
        assertThat(NameKey.of(key)).isEqualTo(key);
    }
}
