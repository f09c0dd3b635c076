package org.tollgate.geo.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.mmdb.Location;

class GeoPolicyTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    final GeoPolicy policy = GeoPolicy.defaults();

    static Location at(String country, String region) {
        return new Location(country, region, "", "", "", "", Optional.empty(), "", "");
    }

    static Location atCode(String country, String regionCode) {
        return new Location(country, "", regionCode, "", "", "", Optional.empty(), "", "");
    }

    private String rule(Location l, LocalDate day) {
        return policy.decide(l, day).primary().map(RuleMatch::id).orElse("-");
    }

    @Test
    void theDefaultPolicyIsTheUsComprehensiveSetOfToday() {
        assertThat(policy.version()).isEqualTo("us-ofac-2026-11-29");
        assertThat(policy.issued()).contains(TODAY);
        assertThat(policy.disagreement()).isEqualTo(DisagreementRule.EITHER);
        assertThat(policy.inForce(RuleKind.EMBARGO, TODAY))
                .extracting(PolicyRule::id)
                .containsExactly("CU", "IR", "KP", "UA-CRIMEA", "UA-DNR", "UA-LNR");
        assertThat(policy.inForce(RuleKind.EMBARGO, LocalDate.of(2025, 6, 30)))
                .extracting(PolicyRule::id)
                .containsExactly("CU", "IR", "KP", "UA-CRIMEA", "UA-DNR", "UA-LNR", "SY");
        assertThat(policy.inForce(RuleKind.EMBARGO, LocalDate.of(2022, 2, 20)))
                .extracting(PolicyRule::id)
                .containsExactly("CU", "IR", "KP", "UA-CRIMEA", "SY");
        PolicyRule syria = policy.rule("SY").orElseThrow();
        assertThat(syria.until()).contains(LocalDate.of(2025, 7, 1));
        assertThat(syria.inForce(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(syria.inForce(LocalDate.of(2025, 7, 1))).isFalse();
        PolicyRule dnr = policy.rule("UA-DNR").orElseThrow();
        assertThat(dnr.coarse()).isTrue();
        assertThat(dnr.countries()).containsExactly("UA", "RU");
        assertThat(dnr.regionCodes()).containsExactly("UA-14");
        PolicyRule measure = policy.rule("RU-IT-SERVICES").orElseThrow();
        assertThat(measure.kind()).isEqualTo(RuleKind.SPECIAL_MEASURE);
        assertThat(measure.measure()).isEqualTo("prohibition");
        assertThat(measure.from()).contains(LocalDate.of(2024, 9, 12));
    }

    @Test
    void wholeCountriesAndRegionsMatchByNameOrCode() {
        assertThat(rule(at("CU", ""), TODAY)).isEqualTo("CU");
        assertThat(rule(at("IR", "Tehran"), TODAY)).isEqualTo("IR");
        assertThat(rule(at("KP", ""), TODAY)).isEqualTo("KP");
        assertThat(rule(at("UA", "Crimea"), TODAY)).isEqualTo("UA-CRIMEA");
        assertThat(rule(at("UA", "Sebastopol City"), TODAY)).isEqualTo("UA-CRIMEA");
        assertThat(rule(at("RU", "Republic of Crimea"), TODAY)).isEqualTo("UA-CRIMEA");
        assertThat(rule(atCode("UA", "UA-40"), TODAY)).isEqualTo("UA-CRIMEA");
        assertThat(rule(at("UA", "Donets'ka Oblast'"), TODAY)).isEqualTo("UA-DNR"); // punctuation ignored
        assertThat(rule(at("UA", "DONETSK"), TODAY)).isEqualTo("UA-DNR");
        assertThat(rule(at("UA", "Luhansk"), TODAY)).isEqualTo("UA-LNR");
        assertThat(rule(at("UA", "Lugansk"), TODAY)).isEqualTo("UA-LNR");
        assertThat(rule(atCode("UA", "UA-09"), TODAY)).isEqualTo("UA-LNR");
        // The rest of Ukraine, and Crimea's name in another country, are not embargoed.
        assertThat(rule(at("UA", "Kyiv City"), TODAY)).isEqualTo("-");
        assertThat(rule(at("UA", "Kharkiv Oblast"), TODAY)).isEqualTo("-");
        assertThat(rule(at("UA", ""), TODAY)).isEqualTo("-");
        assertThat(rule(at("US", "Crimea"), TODAY)).isEqualTo("-");
        // Russia: the special measure outranks high risk; Crimea's rule outranks both for RU-labelled Crimea.
        assertThat(policy.decide(at("RU", "Moscow"), TODAY).matches())
                .extracting(RuleMatch::id)
                .containsExactly("RU-IT-SERVICES", "HR-RU");
        assertThat(policy.decide(at("RU", "Republic of Crimea"), TODAY).matches())
                .extracting(RuleMatch::id)
                .containsExactly("UA-CRIMEA", "RU-IT-SERVICES", "HR-RU");
        assertThat(rule(at("RU", "Moscow"), LocalDate.of(2024, 9, 11))).isEqualTo("HR-RU");
    }

    @Test
    void syriaIsEmbargoedUntilItsEndDateAndHighRiskAfter() {
        PolicyDecision before = policy.decide(at("SY", "Damascus Governorate"), LocalDate.of(2025, 6, 30));
        assertThat(before.embargoed()).isTrue();
        assertThat(before.primary().orElseThrow().id()).isEqualTo("SY");
        PolicyDecision after = policy.decide(at("SY", "Damascus Governorate"), LocalDate.of(2025, 7, 1));
        assertThat(after.embargoed()).isFalse();
        assertThat(after.highRisk()).isTrue();
        assertThat(after.primary().orElseThrow().id()).isEqualTo("HR-SY");
        assertThat(policy.decide(at("SY", ""), TODAY).embargoed()).isFalse();
    }

    @Test
    void whenTheDatabasesDisagreeEitherAnswerCountsByDefault() throws GeoException {
        Location countryDb = at("RU", "");
        Location cityDb = at("UA", "Crimea");
        PolicyDecision d = policy.decide(countryDb, cityDb, TODAY);
        assertThat(d.embargoed()).isTrue();
        assertThat(d.matches())
                .extracting(m -> m.id() + "@" + m.database())
                .containsExactly("UA-CRIMEA@city", "RU-IT-SERVICES@country", "HR-RU@country");

        GeoPolicy trustCountryDb = policy.withOverride("disagreement: country-database", "t.yaml");
        assertThat(trustCountryDb.decide(countryDb, cityDb, TODAY).embargoed()).isFalse();
        GeoPolicy trustCityDb = policy.withOverride("disagreement: city-database", "t.yaml");
        assertThat(trustCityDb.decide(countryDb, cityDb, TODAY).matches())
                .extracting(RuleMatch::id)
                .containsExactly("UA-CRIMEA");
        // Agreeing databases are both used.
        assertThat(policy.decide(at("IR", ""), at("IR", "Tehran"), TODAY).matches())
                .extracting(m -> m.id() + "@" + m.database())
                .containsExactly("IR@country+city");
    }

    @Test
    void aTenantOverrideIsMergedOverTheDefault() throws GeoException {
        GeoPolicy tenant = policy.withOverride("""
                tenant: reseller-eu
                version: "3"
                embargoes:
                  - id: UA-DNR
                    enabled: false
                  - id: BY
                    name: Belarus (tenant choice)
                    countries: [Belarus]
                    from: 2026-01-01
                highRisk:
                  - id: HR-VE
                    until: 2026-06-01
                """, "reseller-eu.yaml");
        assertThat(tenant.version()).isEqualTo("us-ofac-2026-11-29+3");
        assertThat(tenant.tenant()).isEqualTo("reseller-eu");
        assertThat(tenant.inForce(RuleKind.EMBARGO, TODAY))
                .extracting(PolicyRule::id)
                .containsExactly("CU", "IR", "KP", "UA-CRIMEA", "UA-LNR", "BY");
        assertThat(tenant.rule("BY").orElseThrow().countries()).containsExactly("BY");
        assertThat(tenant.decide(at("UA", "Donetsk"), TODAY).embargoed()).isFalse();
        assertThat(tenant.decide(at("BY", "Minsk City"), TODAY)
                        .primary()
                        .orElseThrow()
                        .id())
                .isEqualTo("BY");
        // The merged high-risk rule kept its other fields.
        PolicyRule ve = tenant.rule("HR-VE").orElseThrow();
        assertThat(ve.countries()).containsExactly("VE");
        assertThat(ve.from()).contains(LocalDate.of(2019, 8, 5));
        assertThat(ve.until()).contains(LocalDate.of(2026, 6, 1));
        assertThat(tenant.decide(at("VE", ""), TODAY).highRisk()).isFalse();
        // The default is untouched.
        assertThat(policy.decide(at("UA", "Donetsk"), TODAY).embargoed()).isTrue();
        assertThat(policy.withOverride("tenant: acme", "acme.yaml").version()).isEqualTo("us-ofac-2026-11-29+acme");
    }

    @Test
    void mistakesInAPolicyAreNamedWithFileAndPlace() {
        assertThatThrownBy(() -> policy.withOverride("embargoes:\n  - id: X\n    regons: [Crimea]\n", "typo.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessageStartingWith("typo.yaml: embargoes[0].regons: unknown field (known: [")
                .hasMessageContaining("regions");
        assertThatThrownBy(() -> GeoPolicy.parse("name: no version\n", "p.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessage("p.yaml: the policy has no version");
        assertThatThrownBy(
                        () -> GeoPolicy.parse("version: 1\nembargoes:\n  - id: X\n    countries: [Narnia]\n", "p.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessage("p.yaml: embargoes[X].countries: unknown country 'Narnia'");
        assertThatThrownBy(() -> GeoPolicy.parse(
                        "version: 1\nembargoes:\n  - id: X\n    countries: [CU]\n    from: 2025-07-01\n    until: 2025-07-01\n",
                        "p.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessage("p.yaml: embargoes[X]: until (2025-07-01) must come after from (2025-07-01)");
        assertThatThrownBy(() -> GeoPolicy.parse(
                        "version: 1\nembargoes:\n  - id: X\n    countries: [CU]\n    from: 1 July 2025\n", "p.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessage("p.yaml: embargoes[X].from: not a date (YYYY-MM-DD): '1 July 2025'");
        assertThatThrownBy(() -> GeoPolicy.parse(
                        "version: 1\nembargoes:\n  - id: X\n    countries: [CU]\nhighRisk:\n  - id: X\n    countries: [RU]\n",
                        "p.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessage("p.yaml: highRisk[X]: the id X is used twice");
        assertThatThrownBy(() -> GeoPolicy.parse(
                        "version: 1\nspecialMeasures:\n  - id: M\n    countries: [RU]\n    measure: ban\n", "p.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessage("p.yaml: specialMeasures[M].measure: must be prohibition or condition, not 'ban'");
        assertThatThrownBy(() -> GeoPolicy.parse("version: 1\ndisagreement: majority\n", "p.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessageContaining("disagreement must be either, country-database or city-database");
        assertThatThrownBy(() -> GeoPolicy.parse("version: [1, 2]\n", "p.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessageStartingWith("p.yaml: version: Cannot deserialize value of type `java.lang.String`");
        assertThatThrownBy(() -> GeoPolicy.parse("version: 1\nembargoes: [\n  {id: X\n", "broken.yaml"))
                .isInstanceOf(GeoException.class)
                .hasMessageStartingWith("broken.yaml: embargoes[0]: while parsing a flow mapping")
                .hasMessageContaining("line 4, column 1");
    }
}
