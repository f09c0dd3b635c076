package org.tollgate.geo.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tollgate.geo.GeoException;
import org.tollgate.geo.ip.IpAddress;
import org.tollgate.geo.testdata.Fixtures;
import org.tollgate.geo.testdata.GeoTestData;
import org.tollgate.lists.parse.ParseProblem;

class AsnTableTest {
    static Path resource(String name) {
        return Fixtures.path("/org/tollgate/geo/network/" + name);
    }

    @Test
    void readsGoodRowsAndNamesEveryBadOne() throws Exception {
        AsnTable t = AsnTable.load(List.of(resource("asn-bad-rows.csv")), HostingAsns.defaults());
        assertThat(t.ipv4Ranges()).isEqualTo(3);
        assertThat(t.ipv6Ranges()).isEqualTo(2);
        assertThat(t.problems())
                .extracting(ParseProblem::toString)
                .containsExactly(
                        "asn-bad-rows.csv: line 4: not an IP address range: 1.0.16.0 - 1.0.16.999",
                        "asn-bad-rows.csv: line 5: not an AS number: 'AS18144'",
                        "asn-bad-rows.csv: line 6: expected at least 3 fields, found 2",
                        "asn-bad-rows.csv: line 7: unterminated quoted field",
                        "asn-bad-rows.csv: line 8: range ends before it starts: 1.0.210.0 - 1.0.200.255");

        AsnInfo cloudflare = t.find(IpAddress.parse("1.0.0.1")).orElseThrow();
        assertThat(cloudflare.asn()).isEqualTo(13335);
        assertThat(cloudflare.name()).isEqualTo("Cloudflare, Inc.");
        assertThat(cloudflare.hostingProvider()).contains("Cloudflare");
        assertThat(t.find(IpAddress.parse("1.0.5.1")).orElseThrow().hosting()).isFalse();
        assertThat(t.find(IpAddress.parse("1.0.1.1"))).isEmpty();
        assertThat(t.find(IpAddress.parse("2001:4860:4860::8888")).orElseThrow().hostingProvider())
                .contains("Google");
        assertThat(t.find(IpAddress.parse("2a01:5ec0::1")).orElseThrow().name())
                .isEqualTo("Iran Cell \"MTN Irancell\"");
    }

    @Test
    void anOverlapIsReportedWithBothLinesAndTheLaterRowWins() throws Exception {
        AsnTable t = AsnTable.load(List.of(resource("asn-overlap.csv")), HostingAsns.none());
        assertThat(t.problems())
                .extracting(ParseProblem::toString)
                .containsExactly("asn-overlap.csv: line 2: range overlaps the range of asn-overlap.csv line 1; the"
                        + " later row wins where they overlap");
        assertThat(t.find(IpAddress.parse("1.0.0.127")).orElseThrow().asn()).isEqualTo(13335);
        assertThat(t.find(IpAddress.parse("1.0.0.128")).orElseThrow().asn()).isEqualTo(4134);
        assertThat(t.find(IpAddress.parse("1.0.0.128")).orElseThrow().hosting()).isFalse();
    }

    @Test
    void readsTheRealTables() throws GeoException {
        Path dir = GeoTestData.dir().resolve("asn");
        AsnTable t = AsnTable.load(
                List.of(dir.resolve("asn-ipv4.csv"), dir.resolve("asn-ipv6.csv")), HostingAsns.defaults());
        // 411,961 IPv4 rows and 103,197 IPv6 rows; one IPv4 row overlaps its predecessor (two US DoD networks).
        assertThat(t.ipv4Ranges()).isEqualTo(411_961);
        assertThat(t.ipv6Ranges()).isEqualTo(103_197);
        assertThat(t.problems())
                .extracting(ParseProblem::toString)
                .containsExactly("asn-ipv4.csv: line 399116: range overlaps the range of asn-ipv4.csv line 399115;"
                        + " the later row wins where they overlap");
        assertThat(t.sources())
                .containsExactly(
                        "asn-ipv4.csv (@ip-location-db/asn@2.3.2026061719)",
                        "asn-ipv6.csv (@ip-location-db/asn@2.3.2026061719)");

        AsnInfo google = t.find(IpAddress.parse("8.8.8.8")).orElseThrow();
        assertThat(google.asn()).isEqualTo(15169);
        assertThat(google.name()).isEqualTo("Google LLC");
        assertThat(google.hostingProvider()).contains("Google");
        AsnInfo kp = t.find(IpAddress.parse("175.45.176.1")).orElseThrow();
        assertThat(kp.asn()).isEqualTo(131279);
        assertThat(kp.name()).isEqualTo("Star Joint Venture Co. Ltd.");
        assertThat(kp.hosting()).isFalse();
        AsnInfo crimea = t.find(IpAddress.parse("217.147.8.1")).orElseThrow();
        assertThat(crimea.asn()).isEqualTo(6789);
        assertThat(crimea.name()).isEqualTo("CRELCOM LLC");
        assertThat(t.find(IpAddress.parse("2a01:5ec0::1")).orElseThrow().asn()).isEqualTo(44244);
        // The overlap: DoD NIC (AS721) wins from its first address on.
        assertThat(t.find(IpAddress.parse("215.0.0.0")).orElseThrow().asn()).isEqualTo(721);
        assertThat(t.find(IpAddress.parse("214.255.255.255")).orElseThrow().asn())
                .isEqualTo(749);
    }

    @Test
    void everyCuratedHostingAsIsInTheRealTableUnderItsProvidersName() throws Exception {
        Path dir = GeoTestData.dir().resolve("asn");
        AsnTable t =
                AsnTable.load(List.of(dir.resolve("asn-ipv4.csv"), dir.resolve("asn-ipv6.csv")), HostingAsns.none());
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        // Walk the table through the hosting list: each AS must announce something somewhere. Sample its name
        // through an address it announces, found via the CSV itself.
        try (var lines = java.nio.file.Files.lines(dir.resolve("asn-ipv4.csv"))) {
            lines.forEach(l -> {
                String[] f = l.split(",", 4);
                names.putIfAbsent(Long.parseLong(f[2]), f[3].replace("\"", ""));
            });
        }
        HostingAsns hosting = HostingAsns.defaults();
        assertThat(hosting.all()).hasSize(69);
        hosting.all().forEach((asn, provider) -> {
            assertThat(names)
                    .as("AS%d (%s) announces IPv4 space", asn, provider)
                    .containsKey(asn);
            String first = provider.split("[ (]")[0].toLowerCase(java.util.Locale.ROOT);
            String alias = ALIASES.getOrDefault(asn, first);
            assertThat(names.get(asn).toLowerCase(java.util.Locale.ROOT))
                    .as("AS%d is %s", asn, provider)
                    .contains(alias);
        });
        assertThat(t.size()).isPositive();
    }

    /** Providers whose AS is registered under another company name (facts checked against the table). */
    private static final java.util.Map<Long, String> ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry(16509L, "amazon"),
            java.util.Map.entry(14618L, "amazon"),
            java.util.Map.entry(8987L, "amazon"),
            java.util.Map.entry(396982L, "google"),
            java.util.Map.entry(8075L, "microsoft"),
            java.util.Map.entry(8068L, "microsoft"),
            java.util.Map.entry(31898L, "oracle"),
            java.util.Map.entry(45102L, "alibaba"),
            java.util.Map.entry(37963L, "alibaba"),
            java.util.Map.entry(132203L, "tencent"),
            java.util.Map.entry(45090L, "tencent"),
            java.util.Map.entry(55990L, "huawei"),
            java.util.Map.entry(136907L, "huawei"),
            java.util.Map.entry(63949L, "akamai"),
            java.util.Map.entry(20473L, "constant"),
            java.util.Map.entry(16276L, "ovh"),
            java.util.Map.entry(36352L, "hostpapa"),
            java.util.Map.entry(53667L, "frantech"),
            java.util.Map.entry(199524L, "g-core"),
            java.util.Map.entry(202422L, "g-core"),
            java.util.Map.entry(46606L, "unified layer"),
            java.util.Map.entry(26496L, "godaddy"),
            java.util.Map.entry(398101L, "godaddy"),
            java.util.Map.entry(55286L, "b2 net"),
            java.util.Map.entry(19551L, "incapsula"),
            java.util.Map.entry(60068L, "datacamp"),
            java.util.Map.entry(212238L, "datacamp"),
            java.util.Map.entry(9370L, "sakura"),
            java.util.Map.entry(43350L, "nforce"),
            java.util.Map.entry(8972L, "host europe"));
}
