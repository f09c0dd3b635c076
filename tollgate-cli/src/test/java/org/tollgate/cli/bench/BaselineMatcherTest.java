package org.tollgate.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.NameKind;

/** The Jaro-Winkler + Soundex baseline. */
class BaselineMatcherTest {
    @Test
    void jaroWinklerHasTheTextbookValues() {
        assertThat(BaselineMatcher.jaroWinkler("MARTHA", "MARHTA")).isCloseTo(0.961, within(0.001));
        assertThat(BaselineMatcher.jaroWinkler("DWAYNE", "DUANE")).isCloseTo(0.840, within(0.001));
        assertThat(BaselineMatcher.jaroWinkler("DIXON", "DICKSONX")).isCloseTo(0.813, within(0.001));
        assertThat(BaselineMatcher.jaroWinkler("ABC", "XYZ")).isZero();
        assertThat(BaselineMatcher.jaroWinkler("PUTIN", "PUTIN")).isEqualTo(1.0);
    }

    @Test
    void theLengthAndLetterBoundIsNeverBelowTheScore() {
        Random rnd = new Random(5);
        String letters = "ABDEHIKLMNORSTU ";
        for (int i = 0; i < 5000; i++) {
            String a = random(rnd, letters);
            String b = random(rnd, letters);
            double bound = BaselineMatcher.upperBound(
                    a.length(), BaselineMatcher.histogram(a), b.length(), BaselineMatcher.histogram(b));
            assertThat(bound).as("%s / %s", a, b).isGreaterThanOrEqualTo(BaselineMatcher.jaroWinkler(a, b) - 1e-12);
        }
    }

    private static String random(Random rnd, String letters) {
        StringBuilder b = new StringBuilder();
        int n = 3 + rnd.nextInt(20);
        for (int i = 0; i < n; i++) {
            b.append(letters.charAt(rnd.nextInt(letters.length())));
        }
        return b.toString().strip().isEmpty() ? "A" : b.toString().strip();
    }

    @Test
    void listedNamesAreComparedAsWrittenAndAsFirstLastBehindASoundexFilter() {
        List<Entity> list = List.of(
                Entity.builder("us_ofac_sdn", "35096")
                        .type(EntityType.PERSON)
                        .name("PUTIN, Vladimir Vladimirovich", NameKind.PRIMARY)
                        .name("PUTIN, Vladimir", NameKind.STRONG_ALIAS)
                        .build(),
                Entity.builder("un_sc", "QDe.004")
                        .type(EntityType.ORGANIZATION)
                        .name("AL-QAIDA", NameKind.PRIMARY)
                        .name("القاعدة", NameKind.ORIGINAL_SCRIPT)
                        .build());
        BaselineMatcher m = new BaselineMatcher(list);
        assertThat(m.size()).isEqualTo(2 + 2 + 1 + 1);
        List<BaselineMatcher.Scored> hits = m.screen("Vladimir Putin", 0.8, 10);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).entityId()).isEqualTo("us_ofac_sdn:35096");
        assertThat(hits.get(0).score()).isEqualTo(1.0);
        assertThat(hits.get(0).matchedName()).isEqualTo("VLADIMIR PUTIN");
        assertThat(m.screen("al qaida", 0.8, 10))
                .extracting(BaselineMatcher.Scored::entityId)
                .containsExactly("un_sc:QDe.004");
        // no word with a Soundex code in common: not compared at all
        assertThat(m.screen("Zzyzx", 0.0, 10)).isEmpty();
        // no transliteration: another script finds nothing
        assertThat(m.screen("Владимир Путин", 0.0, 10)).isEmpty();
    }
}
