package org.tollgate.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/screen} and {@code GET /api/v1/lists} on the small real index. */
class ScreenAndListsTest extends ServiceTest {

    @Test
    void adHocScreeningAnswersHitsShapedLikeTheCommandLine() {
        requireLists();
        UUID t = newReseller(unique("screen"));
        String key = newKey(t, "integration");
        Http.Response r = http().post(
                        "/api/v1/screen",
                        key,
                        "{\"name\":\"Nicolas Maduro Moros\",\"type\":\"person\",\"birth_date\":\"1962-11-23\","
                                + "\"country\":\"VE\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("threshold").asDouble()).isEqualTo(0.80);
        JsonNode hit = body.get("hits").get(0);
        assertThat(hit.get("entity_id").asString()).isEqualTo("us_ofac_sdn:22790");
        assertThat(hit.get("source").asString()).isEqualTo("us_ofac_sdn");
        assertThat(hit.get("source_ref").asString()).isEqualTo("22790");
        assertThat(hit.get("name").asString()).isEqualTo("MADURO MOROS, Nicolas");
        assertThat(hit.get("alert").asBoolean()).isTrue();
        JsonNode e = hit.get("explanation");
        assertThat(e.has("alignments") && e.get("alignments").get(0).has("query"))
                .isTrue();
        assertThat(e.get("factors").toString()).contains("birth_date");

        // nothing about the party is stored: the audit record names no one
        JsonNode log = http().get("/api/v1/audit?action=screening.ad_hoc", newKey(t, "auditor"))
                .json();
        assertThat(log.toString()).contains("screening.ad_hoc").doesNotContain("Maduro");
    }

    @Test
    void invalidInputNamesTheField() {
        UUID t = newReseller(unique("screen"));
        String key = newKey(t, "integration");
        Http.Response r = http().post("/api/v1/screen", key, "{\"name\":\"A B\",\"birth_date\":\"some day\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("birth_date");
    }

    @Test
    void listStatusShowsSourcesHashesCountsAndTheLastUpdate() {
        requireLists();
        JsonNode s = http().get("/api/v1/lists", providerKey()).json();
        assertThat(s.get("engine_version").asString()).startsWith("tollgate-screening/");
        JsonNode sdn = null;
        for (JsonNode src : s.get("sources")) {
            if (src.get("source").asString().equals("us_ofac_sdn")) {
                sdn = src;
            }
        }
        assertThat(sdn).isNotNull();
        assertThat(sdn.get("entity_count").asInt()).isEqualTo(8976);
        assertThat(sdn.get("sha256").asString()).hasSize(64);
        assertThat(sdn.get("in_force").asBoolean()).isTrue();
        assertThat(sdn.get("last_update").get("outcome").asString()).isIn("accepted", "unchanged");
        assertThat(s.get("parties").asInt()).isGreaterThan(8976);

        // a refresh on unchanged files is recorded as unchanged and keeps the same snapshot
        JsonNode results =
                http().post("/api/v1/lists/refresh", providerKey(), "").json();
        assertThat(results.toString()).contains("\"outcome\":\"unchanged\"");
        JsonNode after = http().get("/api/v1/lists", providerKey()).json();
        assertThat(after.get("sources").toString()).contains(sdn.get("sha256").asString());
    }
}
