package org.geofacts.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AliasKeyTest {

    @Test
    void foldsCaseAccentsHyphensAndSpacing() {
        assertThat(AliasKey.fold("Kim Jong-un")).isEqualTo("kim jong un");
        assertThat(AliasKey.fold("  KIM  JONG UN ")).isEqualTo("kim jong un");
        assertThat(AliasKey.fold("Kím Jŏng Un")).isEqualTo("kim jong un");
    }

    @Test
    void foldsFullWidthLettersButNotLookAlikesFromOtherScripts() {
        assertThat(AliasKey.fold("Ｐｕｔｉｎ")).isEqualTo("putin");
        // Cyrillic "Рutin" (first letter U+0420) is a different name, not a spelling of Putin.
        assertThat(AliasKey.fold("\u0420utin")).isNotEqualTo("putin");
    }
}
