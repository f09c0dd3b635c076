package org.tollgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tollgate.lists.testdata.TestData;
import picocli.CommandLine;

/**
 * {@code tollgate demo --exit-after-setup} on a fresh embedded database with the real SDN, UN and CSL files: the
 * sample customers, their decisions and alerts, tenant isolation and the fixed API key, looked at over HTTP while
 * the demo service is still up.
 */
class DemoCommandTest {
    private static final String FIXED_KEY = "tg_DemoDemoDemoDemoDemoDemoDemoDemoDemoDemo-_A";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** What the test saw over HTTP, checked after the command returned. */
    private final Map<String, Object> seen = new HashMap<>();

    @Test
    void setsUpTheDemoAndItAnswersOverHttp(@TempDir Path dir) {
        String lists = String.join(
                ",",
                "ofac-csv=" + TestData.file("ofac_sdn_2024-05-03"),
                "un-xml=" + TestData.file("un_sc_consolidated_2026-02-27/UN_consolidated.xml"),
                "csl-csv=" + TestData.file("us_trade_csl_2022-05/consolidated.csv.gz"));
        DemoCommand demo = new DemoCommand();
        demo.afterSetup = (base, setup) -> look(base, setup);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(demo);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(
                "--exit-after-setup",
                "--port",
                "0",
                "--data-dir",
                dir.toString(),
                "--lists",
                lists,
                "--api-key",
                FIXED_KEY);

        assertThat(code).as(err.toString()).isZero();
        assertThat(seen).as("looked at the running demo").containsKey("me");
        assertThat(out.toString())
                .contains("API key:   " + FIXED_KEY)
                .containsPattern("Console:    http://127\\.0\\.0\\.1:\\d+/console")
                .contains("/swagger-ui.html")
                .contains("$API/customers")
                .contains("$API/screen")
                .contains("/decision")
                .containsPattern(
                        "Users:     admin / \\S{12,}    analyst / \\S{12,}    reseller / \\S{12,} \\(Demo Reseller\\)")
                .containsPattern("Console:    http://127\\.0\\.0\\.1:\\d+/console   \\(sign in as admin or analyst");

        // the fixed key works, as the provider's integration key
        JsonNode me = (JsonNode) seen.get("me");
        assertThat(me.path("role").asText()).isEqualTo("integration");
        assertThat(me.path("tenant").path("name").asText()).isEqualTo("Demo Cloud");

        // a dozen customers; the provider sees the reseller's too
        JsonNode all = (JsonNode) seen.get("customers");
        assertThat(all.size()).isEqualTo(12);
        @SuppressWarnings("unchecked")
        Map<String, JsonNode> byName = (Map<String, JsonNode>) seen.get("byName");
        assertThat(byName).hasSize(12);
        for (String clean : new String[] {
            "Jane Whitfield Okafor",
            "Lukas Brenner",
            "Aiko Tanaka",
            "Sofia Marques Oliveira",
            "Northwind Analytics LLC",
            "Mateo García Ruiz"
        }) {
            assertThat(byName.get(clean).path("decision").asText()).as(clean).isEqualTo("approve");
            assertThat(byName.get(clean).path("alerts").size()).as(clean).isZero();
        }
        // listed: alerts against the right list entries, sent to review
        assertListed(byName, "Nicolas Maduro Moros", "us_ofac_sdn:22790");
        assertListed(byName, "Thomas Lubanga", "un_sc:");
        assertListed(byName, "Alagir Resistor Factory", "us_trade_csl:");
        assertListed(byName, "Caribe Servicios Digitales SA", "us_ofac_sdn:23343");
        assertThat(byName.get("Caribe Servicios Digitales SA").path("alerts").findValuesAsText("subject"))
                .contains("beneficial_owner:0");
        // embargoed places
        assertThat(byName.get("Olena Kovalenko").path("decision").asText()).isEqualTo("reject");
        assertThat(byName.get("Reza Ahmadi").path("decision").asText()).isEqualTo("reject");
        assertThat(byName.get("Reza Ahmadi").path("risk").path("tier").asText()).isEqualTo("prohibited");

        // open alerts for the listed customers: 2 + at least 1 + 1 + at least 1
        assertThat(((JsonNode) seen.get("openAlerts")).size()).isGreaterThanOrEqualTo(4);

        // the reseller sees only its own customer; the provider's are 404 to it
        JsonNode resellers = (JsonNode) seen.get("resellerCustomers");
        assertThat(resellers.size()).isEqualTo(1);
        assertThat(resellers.get(0).path("id").asText())
                .isEqualTo(byName.get("Mateo García Ruiz").path("id").asText());
        assertThat(seen.get("resellerGetsProviderCustomer")).isEqualTo(404);
        // and the reseller's customer belongs to the reseller tenant
        assertThat(byName.get("Mateo García Ruiz").path("tenant_id").asText()).isEqualTo(seen.get("resellerId"));
    }

    @Test
    void aMalformedFixedKeyIsRefused(@TempDir Path dir) {
        CliRun r = CliRun.of("demo", "--exit-after-setup", "--data-dir", dir.toString(), "--api-key", "tg_short");
        assertThat(r.exitCode()).isEqualTo(TollgateCommand.EXIT_USAGE);
        assertThat(r.err()).contains("must be tg_ followed by 43 URL-safe base64 characters");
    }

    private static void assertListed(Map<String, JsonNode> byName, String name, String entityPrefix) {
        JsonNode c = byName.get(name);
        assertThat(c.path("decision").asText()).as(name).isIn("review", "reject");
        assertThat(c.path("alerts").findValuesAsText("entity_id"))
                .as(name)
                .anySatisfy(id -> assertThat(id).startsWith(entityPrefix));
    }

    private void look(String base, DemoCommand.DemoSetup setup) {
        String api = base + "/api/v1";
        seen.put("me", get(api + "/tenants/me", FIXED_KEY).body());
        JsonNode customers = get(api + "/customers", FIXED_KEY).body();
        seen.put("customers", customers);
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode c : customers) {
            JsonNode full =
                    get(api + "/customers/" + c.path("id").asText(), FIXED_KEY).body();
            byName.put(full.path("customer").path("name").asText(), full);
        }
        seen.put("byName", byName);
        seen.put(
                "openAlerts",
                get(api + "/alerts?status=open&limit=1000", FIXED_KEY).body());
        seen.put(
                "resellerCustomers",
                get(api + "/customers", setup.resellerKey()).body());
        String maduro = setup.customers().stream()
                .filter(c -> c.name().equals("Nicolas Maduro Moros"))
                .findFirst()
                .orElseThrow()
                .id();
        seen.put(
                "resellerGetsProviderCustomer",
                get(api + "/customers/" + maduro, setup.resellerKey()).status());
        seen.put("resellerId", setup.reseller());
    }

    private record Response(int status, JsonNode body) {}

    private static Response get(String url, String key) {
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + key)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body()));
        } catch (Exception e) {
            throw new IllegalStateException(url, e);
        }
    }
}
