package org.tollgate.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tollgate.lists.model.EntityType;
import org.tollgate.screening.explain.MatchMethod;
import org.tollgate.screening.explain.TokenAlignment;
import org.tollgate.screening.index.ScreeningIndex;

/** The matching rules, each on real names from the lists, against an index of the real lists. */
class ScreenerMatchingTest {
    private static Hit alertFor(String query, String entityId) {
        ScreeningResult r = RealIndex.screen(query);
        Optional<Hit> h = RealIndex.hit(r, entityId);
        assertThat(h).as(query + " should find " + entityId + " in " + r.hits()).isPresent();
        assertThat(h.get().alert())
                .as(query + " -> " + h.get().explanation().composition())
                .isTrue();
        return h.get();
    }

    private static void noAlertFor(String query, String entityId) {
        ScreeningResult r = RealIndex.screen(query);
        RealIndex.hit(r, entityId)
                .ifPresent(h -> assertThat(h.alert())
                        .as(query + " must not alert on " + h.matchedName() + ": "
                                + h.explanation().composition())
                        .isFalse());
    }

    private static List<MatchMethod> methods(Hit h) {
        return h.explanation().alignments().stream().map(TokenAlignment::method).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AL-QAIDA", "AL QAIDA", "ALQAIDA", "al qa'ida", "Al-Qa'ida"})
    void caseHyphensAndJoinedWords(String query) {
        Hit h = alertFor(query, "us_ofac_sdn:6366");
        assertThat(h.score()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aJoinedWordAlignsWithTwoListWords() {
        Hit h = alertFor("ALQAIDA", "us_ofac_sdn:6366");
        assertThat(methods(h)).containsExactly(MatchMethod.JOINED);
        assertThat(h.explanation().alignments().get(0).listToken()).isEqualTo("al qaida");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kim Jong Un", "KIM, Jong Un", "Jong Un Kim", "Un Kim Jong", "kim jong-un", "김정은"})
    void wordOrderDoesNotMatter(String query) {
        Hit h = alertFor(query, "us_ofac_sdn:20157");
        assertThat(h.score()).isEqualTo(1.0);
        assertThat(RealIndex.screen(query).hits().get(0).matchedName()).isEqualTo("KIM, Jong Un");
    }

    @Test
    void missingMiddleNamesAndPatronymics() {
        // the list writes "PUTIN, Vladimir Vladimirovich" and "AL-DARI, Muthanna Harith"
        Hit putin = alertFor("Vladimir Putin", "us_ofac_sdn:35096");
        assertThat(putin.score()).isGreaterThanOrEqualTo(0.95);
        alertFor("Muthanna Al-Dari", "us_ofac_sdn:11493");
        alertFor("Yevgeniy Prigozhin", "us_ofac_sdn:21171");
        // and an extra middle name on the query side
        alertFor("Vladimir Vladimirovich Putin", "us_ofac_sdn:35096");
    }

    @Test
    void initialsAlignWithTheFirstLetter() {
        Hit h = alertFor("Y. V. Prigozhin", "us_ofac_sdn:21171");
        assertThat(methods(h)).contains(MatchMethod.INITIAL);
    }

    @ParameterizedTest
    @CsvSource({
        "Vladimir Puttin, us_ofac_sdn:35096",
        "Yevgeniy Prigozhyn, us_ofac_sdn:21171",
        "Ramzan Kadyrow, us_ofac_sdn:23343",
        "Muthana Harith Al-Dary, us_ofac_sdn:11493",
        "Yevgenyi Prigozhni, us_ofac_sdn:21171"
    })
    void oneAndTwoTypos(String query, String id) {
        Hit h = alertFor(query, id);
        assertThat(h.score()).isLessThan(1.0);
        assertThat(methods(h))
                .containsAnyOf(MatchMethod.EDIT_DISTANCE, MatchMethod.PHONETIC, MatchMethod.TRANSLITERATION);
    }

    @ParameterizedTest
    @CsvSource({
        "Ayman Mohamed Rabi al-Zawahiri, us_ofac_sdn:2676",
        "Aiman Mohammed Rabie Al Zawahiri, us_ofac_sdn:2676",
        "Evgeny Prigozhin, us_ofac_sdn:21171",
        "Yevgeny Prigozhin, us_ofac_sdn:21171",
        "Muammar Gaddafi, us_ofac_sdn:12606",
        "Moammar Kadhafi, us_ofac_sdn:12606",
        "Muammar Qadhafi, us_ofac_sdn:12606"
    })
    void romanisationVariants(String query, String id) {
        alertFor(query, id);
    }

    @Test
    void variantMatchesAreExplainedAsSuch() {
        Hit h = alertFor("Muammar Gathafi", "us_ofac_sdn:12606");
        assertThat(methods(h)).contains(MatchMethod.VARIANT);
    }

    @ParameterizedTest
    @CsvSource({
        "Владимир Путин, us_ofac_sdn:35096",
        "Путин Владимир Владимирович, us_ofac_sdn:35096",
        "Евгений Пригожин, us_ofac_sdn:21171",
        "Рамзан Кадыров, us_ofac_sdn:23343"
    })
    void cyrillicQueriesFindLatinNames(String query, String id) {
        alertFor(query, id);
    }

    @Test
    void otherScriptsFindLatinListedNames() {
        // Korean, Chinese, Greek and Hebrew queries against names the SDN list writes in Latin only
        alertFor("김정은", "us_ofac_sdn:20157");
        alertFor("李方伟", "us_ofac_sdn:11447");
        alertFor("Γεώργιος Μανίδης", "us_ofac_sdn:26684");
        Hit hebrew = alertFor("דן גרטלר", "us_ofac_sdn:23252");
        assertThat(methods(hebrew)).contains(MatchMethod.TRANSLITERATION);
    }

    @Test
    void arabicAndPersianQueriesFindLatinListedNames() {
        // against an index without the UN's original-script names, so the Latin names must be found
        List<Party> latin = RealIndex.parties().stream()
                .filter(p -> p.source().equals("us_ofac_sdn"))
                .toList();
        Screener s = new Screener(ScreeningIndex.build(latin));
        ScreeningOptions o = ScreeningOptions.defaults().withLimit(20);
        assertThat(ids(s.screen(ScreeningQuery.of("أيمن محمد ربيع الظواهري"), o)))
                .contains("us_ofac_sdn:2676");
        assertThat(ids(s.screen(ScreeningQuery.of("عدي صدام حسين التكريتي"), o)))
                .contains("us_ofac_sdn:7845");
        // Persian, with the zero-width non-joiner inside Khamenei
        assertThat(ids(s.screen(ScreeningQuery.of("علی حسینی خامنه\u200Cای"), o)))
                .contains("us_ofac_sdn:26945");
    }

    private static List<String> ids(ScreeningResult r) {
        return r.hits().stream().filter(Hit::alert).map(Hit::entityId).toList();
    }

    @Test
    void originalScriptListNamesAreIndexedToo() {
        // the UN writes Saddam Hussein in Arabic as well
        Hit h = alertFor("صدام حسين التكريتي", "un_sc:IQi.001");
        assertThat(h.matchedName()).isEqualTo("صدام حسين التكريتي");
        assertThat(h.explanation().nameStrength()).isEqualTo("original_script");
    }

    @Test
    void latinQueriesFindNamesListedOnlyInOtherScripts() {
        Party arabicOnly = new Party(
                "test:1",
                "test",
                "1",
                EntityType.PERSON,
                List.of(new PartyName("صدام حسين التكريتي", NameStrength.ORIGINAL_SCRIPT)),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        Party cyrillicOnly = new Party(
                "test:2",
                "test",
                "2",
                EntityType.PERSON,
                List.of(new PartyName("Пригожин Евгений Викторович", NameStrength.ORIGINAL_SCRIPT)),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        Screener s = new Screener(ScreeningIndex.build(List.of(arabicOnly, cyrillicOnly)));
        assertThat(s.screen(ScreeningQuery.of("Saddam Hussein al-Tikriti")).hits())
                .extracting(Hit::entityId)
                .containsExactly("test:1");
        assertThat(s.screen(ScreeningQuery.of("PRIGOZHIN, Yevgeniy Viktorovich"))
                        .hits())
                .extracting(Hit::entityId)
                .containsExactly("test:2");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Rosneft Oil Company PJSC", "OJSC Rosneft Oil Company", "Rosneft Oil Co OAO", "ПАО Роснефть"})
    void legalFormsAreCanonical(String query) {
        alertFor(query, "us_ofac_sdn:17022".equals("") ? "" : rosneftId());
    }

    private static String rosneftId() {
        // ROSNEFT OIL COMPANY is on the consolidated (non-SDN) list
        return RealIndex.parties().stream()
                .filter(p -> p.names().stream().anyMatch(n -> n.value().equals("ROSNEFT OIL COMPANY")))
                .map(Party::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anLlcByAnyNameIsTheSame() {
        Party p = new Party(
                "test:llc",
                "test",
                "llc",
                EntityType.ORGANIZATION,
                List.of(PartyName.strong("ROSNEFT LLC")),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        Screener s = new Screener(ScreeningIndex.build(List.of(p)));
        for (String q : List.of("Rosneft OOO", "ООО Роснефть", "Rosneft Limited Liability Company", "ROSNEFT L.L.C.")) {
            assertThat(s.screen(ScreeningQuery.of(q)).topScore()).as(q).isEqualTo(1.0);
        }
    }

    @Test
    void differentCompaniesDoNotMatchOnGenericWords() {
        // both are on the SDN list: the shared "TRADING CORPORATION" must not make them one
        noAlertFor("UNCHON TRADING CORPORATION", "us_ofac_sdn:39500");
        noAlertFor("CHILSONG TRADING CORPORATION", "us_ofac_sdn:36296");
        alertFor("UNCHON TRADING CORPORATION", "us_ofac_sdn:36296");
        assertThat(RealIndex.screen("Blue Harbour International Trading Company Limited")
                        .alert())
                .isFalse();
    }

    @Test
    void commonWordsCountLessThanRareOnes() {
        ScreeningIndex idx = RealIndex.screener().index();
        assertThat(idx.idf(idx.termId("muhammad"))).isLessThan(idx.idf(idx.termId("zawahiri")) / 2);
        assertThat(idx.idf(idx.termId("ali"))).isLessThan(idx.idf(idx.termId("prigozhin")));
        // a common first name with an unknown surname is no match
        assertThat(RealIndex.screen("Mohammed Blumenthal").alert()).isFalse();
        assertThat(RealIndex.screen("Kim Smithers").alert()).isFalse();
        // a one-word query must not alert on a longer name through a common word
        noAlertFor("Vladimir", "us_ofac_sdn:35096");
        noAlertFor("Mohammed", "us_ofac_sdn:2676");
    }
}
