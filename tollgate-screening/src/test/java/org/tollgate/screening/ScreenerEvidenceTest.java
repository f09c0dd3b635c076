package org.tollgate.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tollgate.lists.model.BirthDate;
import org.tollgate.lists.model.EntityType;
import org.tollgate.lists.model.Identifier;
import org.tollgate.lists.model.IdentifierType;
import org.tollgate.lists.model.PartialDate;
import org.tollgate.screening.explain.Explanation;
import org.tollgate.screening.explain.Factor;
import org.tollgate.screening.index.ScreeningIndex;

/** Weak aliases, secondary data and identifiers, explanations and query parsing. */
class ScreenerEvidenceTest {
    private static Hit hit(ScreeningQuery q, String id) {
        return RealIndex.hit(RealIndex.screen(q), id).orElseThrow(() -> new AssertionError(q + " did not find " + id));
    }

    private static Optional<Factor> factor(Hit h, String kind) {
        return h.explanation().factors().stream()
                .filter(f -> f.kind().equals(kind))
                .findFirst();
    }

    @Test
    void weakAliasesCountLess() {
        // Lionel DUMONT's "BILAL KUMKAL" is a weak a.k.a. on the SDN list; the same name as a strong alias of
        // another party scores higher
        Party dumont = RealIndex.parties().stream()
                .filter(p -> p.id().equals("us_ofac_sdn:7831"))
                .findFirst()
                .orElseThrow();
        assertThat(dumont.names()).contains(new PartyName("BILAL KUMKAL", NameStrength.WEAK));
        Party strong = new Party(
                "test:strong",
                "test",
                "strong",
                EntityType.PERSON,
                List.of(PartyName.strong("BILAL KUMKAL")),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty());
        Screener s = new Screener(ScreeningIndex.build(List.of(dumont, strong)));
        ScreeningResult r = s.screen(
                ScreeningQuery.of("Bilal Kumkal"), ScreeningOptions.defaults().withMinScore(0.5));
        assertThat(r.hits()).extracting(Hit::entityId).containsExactly("test:strong", "us_ofac_sdn:7831");
        Hit weak = r.hits().get(1);
        assertThat(weak.score()).isEqualTo(0.9);
        assertThat(weak.explanation().nameStrength()).isEqualTo("weak");
        assertThat(factor(weak, "alias_strength").orElseThrow().adjustment()).isEqualTo(0.9);
        assertThat(weak.explanation().composition()).contains("weak alias 0.90");
    }

    @Test
    void birthDateAgreementRaisesAndConflictLowers() {
        // PUTIN, Vladimir Vladimirovich: DOB 07 Oct 1952
        ScreeningQuery q = ScreeningQuery.of("Vladimir Putin");
        double plain = hit(q, "us_ofac_sdn:35096").score();
        Hit agreed = hit(q.withBirthDate(new PartialDate(1952, 10, 7)), "us_ofac_sdn:35096");
        assertThat(agreed.score()).isGreaterThanOrEqualTo(plain);
        assertThat(factor(agreed, "birth_date").orElseThrow().effect()).isEqualTo("agreed");
        Hit year = hit(q.withBirthDate(PartialDate.ofYear(1952)), "us_ofac_sdn:35096");
        assertThat(factor(year, "birth_date").orElseThrow().adjustment())
                .isLessThan(factor(agreed, "birth_date").orElseThrow().adjustment());
        Hit near = hit(q.withBirthDate(PartialDate.ofYear(1953)), "us_ofac_sdn:35096");
        assertThat(factor(near, "birth_date").orElseThrow().effect()).isEqualTo("conflicted");
        assertThat(near.alert()).isTrue();
        Hit far = hit(q.withBirthDate(PartialDate.ofYear(1990)), "us_ofac_sdn:35096");
        assertThat(far.score()).isLessThan(plain - 0.2);
        assertThat(far.alert()).isFalse();
        assertThat(far.explanation().composition()).contains("birth_date conflicted");
    }

    @Test
    void countryAgreementAndConflict() {
        // PRIGOZHIN, Yevgeniy Viktorovich: nationality Russia
        ScreeningQuery q = ScreeningQuery.of("Yevgeniy Prigozhin");
        Hit ru = hit(q.withCountry("RU"), "us_ofac_sdn:21171");
        Hit us = hit(q.withCountry("United States"), "us_ofac_sdn:21171");
        assertThat(factor(ru, "country").orElseThrow().effect()).isEqualTo("agreed");
        assertThat(factor(us, "country").orElseThrow().effect()).isEqualTo("conflicted");
        assertThat(ru.score()).isGreaterThan(us.score());
    }

    @Test
    void aPersonIsNotAVessel() {
        // EBANO is a Cuban vessel on the SDN list
        Hit vessel = hit(ScreeningQuery.of("Ebano").withType(EntityType.VESSEL), "us_ofac_sdn:4243");
        Hit person = hit(ScreeningQuery.of("Ebano").withType(EntityType.PERSON), "us_ofac_sdn:4243");
        assertThat(vessel.alert()).isTrue();
        assertThat(person.alert()).isFalse();
        assertThat(factor(person, "type").orElseThrow().adjustment()).isLessThanOrEqualTo(-0.3);
        assertThat(vessel.type()).isEqualTo("vessel");
    }

    @Test
    void vesselsAreFoundByImoNumberWhateverTheirName() {
        // EBANO: "Vessel Registration Identification IMO 7406784"; renamed vessels keep their IMO number
        ScreeningQuery renamed =
                ScreeningQuery.of("Sea Breeze").withType(EntityType.VESSEL).withIdentifier("IMO 7406784");
        ScreeningResult r = RealIndex.screen(renamed);
        assertThat(r.hits().get(0).entityId()).isEqualTo("us_ofac_sdn:4243");
        assertThat(r.hits().get(0).alert()).isTrue();
        assertThat(factor(r.hits().get(0), "identifier").orElseThrow().detail()).contains("7406784");
        assertThat(r.hits().get(0).explanation().composition()).contains("identifier agreed");
        // the number without its prefix too
        assertThat(RealIndex.screen(ScreeningQuery.of("Sea Breeze").withIdentifier("7406784"))
                        .alert())
                .isTrue();
    }

    @Test
    void anEqualPassportIsStrongEvidenceForAModerateName() {
        Party p = new Party(
                "test:p",
                "test",
                "p",
                EntityType.PERSON,
                List.of(PartyName.strong("AL-DARI, Harith Sulayman")),
                List.of(BirthDate.of(PartialDate.ofYear(1941))),
                List.of("IQ"),
                List.of(new Identifier(IdentifierType.PASSPORT, "NO245662", "IQ", "Passport")),
                Optional.empty());
        Screener s = new Screener(ScreeningIndex.build(List.of(p)));
        ScreeningOptions o = ScreeningOptions.defaults().withMinScore(0.1);
        double nameOnly = s.screen(ScreeningQuery.of("Harith Dari"), o).topScore();
        ScreeningResult withPassport = s.screen(ScreeningQuery.of("Harith Dari").withIdentifier("no 245662"), o);
        assertThat(withPassport.topScore()).isGreaterThan(nameOnly).isGreaterThanOrEqualTo(0.95);
        assertThat(withPassport.alert()).isTrue();
    }

    @Test
    void explanationsSayWhatMatchedAndHow() {
        Hit h = hit(
                ScreeningQuery.of("Vladimir Putin").withBirthDate(new PartialDate(1952, 10, 7)), "us_ofac_sdn:35096");
        Explanation e = h.explanation();
        assertThat(h.source()).isEqualTo("us_ofac_sdn");
        assertThat(h.sourceRef()).isEqualTo("35096");
        assertThat(h.name()).isEqualTo("PUTIN, Vladimir Vladimirovich");
        assertThat(e.queryTokens()).containsExactly("vladimir", "putin");
        assertThat(e.alignments()).allSatisfy(a -> {
            assertThat(a.weight()).isPositive();
            assertThat(a.similarity()).isBetween(0.0, 1.0);
        });
        assertThat(e.nameScore()).isBetween(0.0, 1.0);
        assertThat(e.composition()).startsWith("name ").contains("birth_date agreed");
        assertThat(e.score()).isEqualTo(h.score());
        if (h.matchedName().contains("Vladimirovich")) {
            assertThat(e.unmatchedList()).extracting(u -> u.token()).containsExactly("vladimirovich");
        }
    }

    @Test
    void queriesFromTextFieldsNameTheBadField() {
        ScreeningQuery q = ScreeningQuery.parse("Kim Jong Un", "person", "1984-01-08", "North Korea", "");
        assertThat(q.type()).contains(EntityType.PERSON);
        assertThat(q.birthDate()).contains(new PartialDate(1984, 1, 8));
        assertThat(q.country()).contains("KP");
        assertThatThrownBy(() -> ScreeningQuery.parse("X", "spaceship", "", "", ""))
                .isInstanceOf(ScreeningException.class)
                .hasMessageContaining("type 'spaceship'");
        assertThatThrownBy(() -> ScreeningQuery.parse("X", "", "1984-13-40", "", ""))
                .isInstanceOf(ScreeningException.class)
                .hasMessageContaining("birth_date '1984-13-40'");
        assertThatThrownBy(() -> ScreeningQuery.parse("X", "", "", "Atlantis", ""))
                .hasMessageContaining("country 'Atlantis'");
        assertThatThrownBy(() -> ScreeningQuery.parse(" ", "", "", "", "")).hasMessageContaining("name is empty");
        assertThatThrownBy(() -> ScreeningQuery.of("--")).isInstanceOf(ScreeningException.class);
    }

    @Test
    void optionsLimitAndThreshold() {
        ScreeningResult r = RealIndex.screener()
                .screen(
                        ScreeningQuery.of("Mohammed Ali"),
                        ScreeningOptions.defaults().withMinScore(0.5).withLimit(3));
        assertThat(r.hits()).hasSizeLessThanOrEqualTo(3);
        assertThat(r.hits()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(r.engineVersion()).isEqualTo(ScreeningEngine.VERSION);
        assertThat(r.threshold()).isEqualTo(0.8);
        ScreeningResult strict = RealIndex.screener()
                .screen(
                        ScreeningQuery.of("Vladimir Puttin"),
                        ScreeningOptions.defaults().withThreshold(0.99));
        assertThat(strict.hits()).isEmpty();
    }
}
