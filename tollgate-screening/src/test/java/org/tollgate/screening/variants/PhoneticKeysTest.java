package org.tollgate.screening.variants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneticKeysTest {
    @Test
    void skeletonKeepsWhatAConsonantalScriptWrites() {
        assertThat(PhoneticKeys.skeleton("mohammed")).isEqualTo("mhmd");
        assertThat(PhoneticKeys.skeleton("muhammad")).isEqualTo("mhmd");
        assertThat(PhoneticKeys.skeleton("mhmd")).isEqualTo("mhmd");
        assertThat(PhoneticKeys.skeleton("hussein")).isEqualTo("hsn");
        assertThat(PhoneticKeys.skeleton("hsyn")).isEqualTo("hsn");
        assertThat(PhoneticKeys.skeleton("khamenei")).isEqualTo(PhoneticKeys.skeleton("khamnhay"));
        assertThat(PhoneticKeys.skeleton("tikriti")).isEqualTo(PhoneticKeys.skeleton("tkryty"));
        // letters that only meet once vowels are gone stay apart
        assertThat(PhoneticKeys.skeleton("aziz")).isEqualTo("zz");
        assertThat(PhoneticKeys.skeleton("djamel")).isEqualTo("jml");
    }

    @Test
    void doubleMetaphoneCodesSoundAlikes() {
        assertThat(PhoneticKeys.primary("smith")).isEqualTo(PhoneticKeys.primary("smyth"));
        assertThat(PhoneticKeys.primary("putin")).isNotEqualTo(PhoneticKeys.primary("prigozhin"));
    }
}
