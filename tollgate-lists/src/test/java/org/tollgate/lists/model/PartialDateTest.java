package org.tollgate.lists.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {
    @ParameterizedTest
    @CsvSource({
        "1970, 1970, YEAR",
        "1970-05, 1970-05, MONTH",
        "1970-05-01, 1970-05-01, DAY",
        "01 May 1970, 1970-05-01, DAY",
        "May 1970, 1970-05, MONTH",
        "01/05/1970, 1970-05-01, DAY",
        "1970/05/01, 1970-05-01, DAY",
        "'17 Sep 1958', 1958-09-17, DAY",
        "'12 February 2001', 2001-02-12, DAY"
    })
    void parsesListForms(String text, String iso, DatePrecision precision) {
        PartialDate d = PartialDate.parse(text).orElseThrow();
        assertThat(d).hasToString(iso);
        assertThat(d.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource({"''", "circa", "31 Feb 1970", "1970-13", "Smarch 1970", "12345"})
    void rejectsWhatIsNotADate(String text) {
        assertThat(PartialDate.parse(text)).isEmpty();
    }

    @Test
    void rangeOfAPartialDateCoversTheWholePeriod() {
        PartialDate feb = new PartialDate(2024, 2, 0);
        assertThat(feb.earliest()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(feb.latest()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.ofYear(1960).latest()).isEqualTo(LocalDate.of(1960, 12, 31));
    }

    @ParameterizedTest
    @CsvSource({"1, 0, 0, 0001", "999, 7, 0, 0999-07", "2024, 2, 9, 2024-02-09", "1960, 12, 31, 1960-12-31"})
    void writesIsoWithZeroPadding(int year, int month, int day, String iso) {
        PartialDate d = new PartialDate(year, month, day);
        assertThat(d).hasToString(iso);
        assertThat(PartialDate.parse(iso)).contains(d);
    }

    @Test
    void aDayWithoutAMonthIsInvalid() {
        assertThatThrownBy(() -> new PartialDate(1970, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void birthDateRangeMustBeOrdered() {
        assertThatThrownBy(() -> new BirthDate(PartialDate.ofYear(1962), PartialDate.ofYear(1960), false))
                .hasMessageContaining("ends before it starts");
        BirthDate range = new BirthDate(PartialDate.ofYear(1960), PartialDate.ofYear(1962), true);
        assertThat(range.isRange()).isTrue();
        assertThat(range).hasToString("~1960..1962");
    }
}
