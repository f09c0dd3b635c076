package org.tollgate.screening.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tollgate.screening.explain.MatchMethod;
import org.tollgate.screening.variants.TokenFeatures;
import org.tollgate.screening.variants.VariantTable;

class TokenSimilarityTest {
    private static TokenFeatures f(String s) {
        return TokenFeatures.of(s, false, VariantTable.standard());
    }

    private static TokenFeatures consonantal(String s) {
        return TokenFeatures.of(s, true, VariantTable.standard());
    }

    private static TokenFeatures syllabic(String s) {
        return TokenFeatures.of(s, false, true, VariantTable.standard());
    }

    private static double sim(TokenFeatures a, TokenFeatures b) {
        return TokenSimilarity.value(TokenSimilarity.compare(a, b));
    }

    private static MatchMethod method(TokenFeatures a, TokenFeatures b) {
        return TokenSimilarity.method(TokenSimilarity.compare(a, b));
    }

    @Test
    void exactAndVariant() {
        assertThat(sim(f("putin"), f("putin"))).isEqualTo(1.0);
        assertThat(method(f("putin"), f("putin"))).isEqualTo(MatchMethod.EXACT);
        assertThat(sim(f("mohamed"), f("muhammad"))).isEqualTo(0.95, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(method(f("gaddafi"), f("qadhafi"))).isEqualTo(MatchMethod.VARIANT);
    }

    @Test
    void typosScaleWithLength() {
        double oneLong = sim(f("prigozhin"), f("prigozhyn"));
        double oneShort = sim(f("anna"), f("bnna"));
        double twoLong = sim(f("prigozhin"), f("prigojhyn"));
        assertThat(oneLong).isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(method(f("prigozhin"), f("prigozhyn"))).isEqualTo(MatchMethod.EDIT_DISTANCE);
        assertThat(oneShort).isLessThan(oneLong);
        assertThat(twoLong).isBetween(0.7, 0.86).isLessThan(oneLong);
        // two edits in a short word are no match
        assertThat(sim(f("anna"), f("enno"))).isZero();
        // a transposition is one edit
        assertThat(sim(f("vladimir"), f("vladmiir"))).isGreaterThanOrEqualTo(0.87);
    }

    @Test
    void soundAlikesNeedCloseSpellings() {
        assertThat(method(f("smith"), f("smyth"))).isIn(MatchMethod.PHONETIC, MatchMethod.EDIT_DISTANCE);
        assertThat(sim(f("kirby"), f("group"))).isZero();
        assertThat(sim(f("olsen"), f("wilson"))).isZero();
    }

    @Test
    void consonantOnlyTransliterationsMatchVocalisedSpellings() {
        assertThat(sim(consonantal("tkryty"), f("tikriti"))).isGreaterThanOrEqualTo(0.9);
        assertThat(method(consonantal("tkryty"), f("tikriti"))).isEqualTo(MatchMethod.TRANSLITERATION);
        assertThat(sim(consonantal("grtlr"), f("gertler"))).isGreaterThanOrEqualTo(0.9);
        assertThat(sim(consonantal("grtlr"), f("garcia"))).isZero();
    }

    @Test
    void initialsMatchTheFirstLetter() {
        assertThat(method(f("j"), f("john"))).isEqualTo(MatchMethod.INITIAL);
        assertThat(sim(f("j"), f("john"))).isLessThan(0.7);
        assertThat(sim(f("k"), f("john"))).isZero();
    }

    @Test
    void chineseAndKoreanSyllablesMatchOnlyExactlyOrByVariant() {
        assertThat(sim(syllabic("zheng"), f("zhang"))).isZero();
        assertThat(sim(syllabic("chen"), f("chan"))).isEqualTo(0.95, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(sim(f("zheng"), f("zhang"))).isGreaterThan(0.8);
    }

    @Test
    void numbersMatchOnlyExactly() {
        assertThat(sim(f("1"), f("2"))).isZero();
        assertThat(sim(f("no1"), f("no2"))).isZero();
        assertThat(sim(f("7406784"), f("7406784"))).isEqualTo(1.0);
    }

    @Test
    void legalFormsMatchEachOtherOnly() {
        assertThat(sim(f("#llc"), f("#llc"))).isEqualTo(1.0);
        assertThat(sim(f("#llc"), f("#jsc"))).isEqualTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(sim(f("#llc"), f("llc"))).isZero();
    }

    @Test
    void editDistanceAndJaroWinkler() {
        assertThat(EditDistance.bounded("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(EditDistance.bounded("kitten", "sitting", 2)).isEqualTo(3);
        assertThat(EditDistance.bounded("ab", "ba", 2)).isEqualTo(1);
        assertThat(JaroWinkler.similarity("martha", "marhta"))
                .isEqualTo(0.9611, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    }
}
