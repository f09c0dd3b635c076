package org.tollgate.lists.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
    @ParameterizedTest
    @CsvSource({
        "Iran, IR",
        "'Korea, North', KP",
        "North Korea, KP",
        "'Korea, South', KR",
        "Burma, MM",
        "Russia, RU",
        "RUS, RU",
        "ru, RU",
        "Russian, RU",
        "Crimea region of Ukraine, UA",
        "Côte d'Ivoire, CI",
        "Syria, SY",
        "United Kingdom, GB",
        "'Congo, Democratic Republic of the', CD",
        "United Arab Emirates, AE",
        "Türkiye, TR",
        "West Bank, PS",
        "Antigua and Barbuda, AG",
        "Trinidad and Tobago, TT",
        "Sao Tome and Principe, ST",
        "'Bahamas, The', BS",
        "'Man, Isle of', IM",
        "'North Macedonia, The Republic of', MK",
        "Palestinian, PS"
    })
    void mapsListSpellingsToAlpha2(String text, String code) {
        assertThat(Countries.alpha2(text)).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"''", "Atlantis", "Region: Unknown", "-0-"})
    void unknownTextGivesNothing(String text) {
        assertThat(Countries.alpha2(text)).isEmpty();
    }
}
