package org.tollgate.geo.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.policy.GeoPolicy;

class PlaceNameScreenerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    final PlaceNameScreener screener = PlaceNameScreener.defaults();
    final GeoPolicy policy = GeoPolicy.defaults();

    private List<String> found(String text) {
        return screener.screen(text, policy, TODAY).stream()
                .map(m -> m.jurisdiction() + ":" + m.place())
                .toList();
    }

    @Test
    void theAmazonCaseYaltaKrimeaFlagsCrimeaWhateverTheCountryFieldSays() {
        List<PlaceMatch> m = screener.screen("ul. Kirova 12, Yalta, Krimea 298600, Ukraine", policy, TODAY);
        assertThat(m)
                .extracting(PlaceMatch::jurisdiction, PlaceMatch::place, PlaceMatch::matched, PlaceMatch::start)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("UA-CRIMEA", "Yalta", "Yalta", 15),
                        org.assertj.core.groups.Tuple.tuple("UA-CRIMEA", "Crimea", "Krimea", 22));
        assertThat(found("Yalta, Krimea, Russia")).containsExactly("UA-CRIMEA:Yalta", "UA-CRIMEA:Crimea");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sevastopol, Nakhimova sq. 1 | UA-CRIMEA:Sevastopol",
                "SEBASTOPOL | UA-CRIMEA:Sevastopol",
                "г. Севастополь, ул. Ленина, 5 | UA-CRIMEA:Sevastopol",
                "проживает в Севастополе | UA-CRIMEA:Sevastopol",
                "м. Севастопіль | UA-CRIMEA:Sevastopol",
                "Simferopol 295000 | UA-CRIMEA:Simferopol",
                "Симферополь | UA-CRIMEA:Simferopol",
                "Сімферополь | UA-CRIMEA:Simferopol",
                "Kerch | UA-CRIMEA:Kerch",
                "Керчь | UA-CRIMEA:Kerch",
                "Feodosiya | UA-CRIMEA:Feodosia",
                "Feodosia | UA-CRIMEA:Feodosia",
                "Evpatoria | UA-CRIMEA:Yevpatoria",
                "Yevpatoriya | UA-CRIMEA:Yevpatoria",
                "Krym | UA-CRIMEA:Crimea",
                "Krim | UA-CRIMEA:Crimea",
                "Crimée | UA-CRIMEA:Crimea",
                "Республика Крым, Ялта | UA-CRIMEA:Crimea,UA-CRIMEA:Yalta",
                "в Крыму | UA-CRIMEA:Crimea",
                "Крымский федеральный университет | UA-CRIMEA:Crimea",
                "Donetsk | UA-DNR:Donetsk",
                "г. Донецк, Донецкая обл. | UA-DNR:Donetsk",
                "м. Донецьк | UA-DNR:Donetsk",
                "Makiivka | UA-DNR:Makiivka",
                "Horlivka | UA-DNR:Horlivka",
                "Gorlovka | UA-DNR:Horlivka",
                "ДНР | UA-DNR:Donetsk People's Republic",
                "Donetsk People's Republic | UA-DNR:Donetsk People's Republic",
                "Luhansk | UA-LNR:Luhansk",
                "Lugansk | UA-LNR:Luhansk",
                "Луганск | UA-LNR:Luhansk",
                "Луганськ | UA-LNR:Luhansk",
                "Havana | CU:Havana",
                "La Habana, Cuba | CU:Havana,CU:Cuba",
                "Santiago de Cuba | CU:Santiago de Cuba",
                "Yalta, St. Nicholas church | UA-CRIMEA:Yalta",
                "Donetsk, Donetsk, Donetsk | UA-DNR:Donetsk",
                "Camagüey | CU:Camagüey",
                "CAMAGUEY | CU:Camagüey",
                "Tehran | IR:Tehran",
                "Teheran, Iran | IR:Tehran,IR:Iran",
                "تهران، خیابان ولیعصر | IR:Tehran",
                "طهران | IR:Tehran",
                "Isfahan | IR:Isfahan",
                "Mashhad | IR:Mashhad",
                "Tabriz | IR:Tabriz",
                "Shiraz | IR:Shiraz",
                "شیراز | IR:Shiraz",
                "شيراز | IR:Shiraz", // written with the Arabic yeh
                "Pyongyang | KP:Pyongyang",
                "P'yŏngyang | KP:Pyongyang",
                "평양 | KP:Pyongyang",
                "평양시 중구역 | KP:Pyongyang",
                "朝鲜平壤市 | KP:Pyongyang",
                "DPRK | KP:North Korea",
                "D.P.R.K. | KP:North Korea",
                "Democratic People's Republic of Korea | KP:North Korea"
            })
    void findsPlacesInTheirSpellingsAndScripts(String text, String expected) {
        assertThat(found(text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // Same names, other places
                "Havana, IL 62644, USA",
                "Havana, Florida",
                "Donetsk, Rostov Oblast, Russia",
                "г. Донецк, Ростовская область",
                "Krym, Myasnikovsky District, Rostov Oblast",
                "Sebastopol, CA 95472",
                "Sebastopol, Victoria 3356, Australia",
                "Cuba, NY 14727",
                "Cuba, Missouri",
                "Kerman, CA 93630",
                "Nampo-dong, Jung-gu, Busan",
                "Balaklava, South Australia",
                "Guantanamo Bay Naval Station",
                // Streets named after places
                "1200 Havana Street, Aurora, CO",
                "12 Cuba St, Te Aro, Wellington",
                "Calle Cuba 5, Madrid",
                "вулиця Кримська, 3, Київ",
                // Ukraine outside the covered regions, and words that merely contain a name
                "Kramatorsk, Donetsk Oblast", // contains Donetsk: see below
                "Kyiv, Khreshchatyk 22",
                "Кримськ", // not a Cyrillic case ending
                "Крымск, Краснодарский край",
                "Santiago, Chile",
                "Santa Clara, California",
                "Iranian Street Food Ltd", // a word containing a name
                "Teheranstrasse 4, Berlin",
                "아이스크림 가게",
                "Michigan DNR, Lansing",
                "Ham LNR, London"
            })
    void avoidsFalsePositives(String text) {
        if (text.startsWith("Kramatorsk")) {
            // The oblast is named for its capital: the text names Donetsk, so it flags (for review). This is the
            // same over-reach as the oblast-level IP rule, and it is deliberate: a reviewer clears it.
            assertThat(found(text)).containsExactly("UA-DNR:Donetsk");
            return;
        }
        assertThat(found(text)).isEmpty();
    }

    @Test
    void placesFlagOnlyWhileTheirEmbargoIsInForce() throws GeoException {
        assertThat(screener.screen("Damascus, Syria", policy, LocalDate.of(2025, 6, 30)))
                .extracting(PlaceMatch::place)
                .containsExactly("Damascus", "Syria");
        assertThat(screener.screen("Damascus, Syria", policy, LocalDate.of(2025, 7, 1)))
                .isEmpty();
        assertThat(screener.screen("حلب", policy, LocalDate.of(2024, 1, 1)))
                .extracting(PlaceMatch::place)
                .containsExactly("Aleppo");
        // Before E.O. 14065 the DNR was not embargoed.
        assertThat(screener.screen("Donetsk", policy, LocalDate.of(2022, 2, 20)))
                .isEmpty();
        assertThat(screener.screen("Donetsk", policy, LocalDate.of(2022, 2, 21)))
                .hasSize(1);
        // A tenant that switched the DNR rule off does not flag its places.
        GeoPolicy tenant = policy.withOverride("embargoes:\n  - id: UA-DNR\n    enabled: false\n", "t.yaml");
        assertThat(screener.screen("Donetsk, Makiivka", tenant, TODAY)).isEmpty();
        assertThat(screener.screenAll("Donetsk")).hasSize(1);
    }

    @Test
    void reportsWhereInTheTextEachMentionIs() {
        String text = "Адрес: г. Севастополь, ул. Большая Морская";
        PlaceMatch m = screener.screen(text, policy, TODAY).get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("Севастополь");
        assertThat(m.matched()).isEqualTo("Севастополь");
        assertThat(m.kind()).isEqualTo("city");
        assertThat(screener.screen("", policy, TODAY)).isEmpty();
        assertThat(screener.screen(null, policy, TODAY)).isEmpty();
        assertThat(screener.spellings()).isGreaterThan(300);
    }
}
