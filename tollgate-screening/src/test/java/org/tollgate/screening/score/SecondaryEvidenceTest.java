package org.tollgate.screening.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.PartialDate;

class SecondaryEvidenceTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.04, 0.05, 0.25, 1.0, 1.05, 2.349, 2.35, 9.96, 12.5, 57.123})
    void oneDecimalWritesWhatPercentPointOneFWrites(double x) {
        assertThat(SecondaryEvidence.oneDecimal(x)).isEqualTo(String.format(Locale.ROOT, "%.1f", x));
    }

    @Test
    void aConflictingBirthDateSaysHowFarApart() {
        PartialDate query = new PartialDate(1970, 5, 1);
        BirthDate listed = new BirthDate(new PartialDate(1961, 5, 1), new PartialDate(1961, 5, 1), false);
        var f = SecondaryEvidence.birthDate(query, List.of(listed));
        assertThat(f.effect()).isEqualTo("conflicted");
        assertThat(f.detail()).isEqualTo("query 1970-05-01, list 1961-05-01 (9.0 years apart)");
        assertThat(f.adjustment()).isNegative();
    }

    @Test
    void anAgreeingBirthDateNamesThePrecision() {
        PartialDate query = new PartialDate(1958, 9, 17);
        BirthDate listed = new BirthDate(PartialDate.ofYear(1958), PartialDate.ofYear(1958), false);
        var f = SecondaryEvidence.birthDate(query, List.of(listed));
        assertThat(f.effect()).isEqualTo("agreed");
        assertThat(f.detail()).isEqualTo("query 1958-09-17, list 1958 (year)");
    }
}
