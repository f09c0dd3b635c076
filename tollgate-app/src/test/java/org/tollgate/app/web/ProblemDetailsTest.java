package org.tollgate.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;

class ProblemDetailsTest extends ServiceTest {

    private static List<String> fields(Http.Response r) {
        List<String> fields = new ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void eachInvalidFieldIsNamed() {
        String tenant = provider().provider().id().toString();
        Http.Response r = http().post(
                        "/api/v1/tenants/" + tenant + "/users",
                        providerKey(),
                        "{\"username\":\"bad name!\",\"password\":\"short\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        JsonNode p = r.json();
        assertThat(p.get("type").asString()).isEqualTo("urn:tollgate:problem:invalid-request");
        assertThat(p.get("status").asInt()).isEqualTo(400);
        assertThat(fields(r)).containsExactlyInAnyOrder("username", "password", "role");
    }

    @Test
    void aBlankNameIsNamed() {
        Http.Response r = http().post("/api/v1/tenants", providerKey(), "{\"name\":\"  \"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("name");
        assertThat(r.json().get("detail").asString()).startsWith("name: ");
    }

    @Test
    void aWrongTypeIsNamedByItsJsonPath() {
        String tenant = provider().provider().id().toString();
        Http.Response r = http().post(
                        "/api/v1/tenants/" + tenant + "/api-keys",
                        providerKey(),
                        "{\"name\":\"k\",\"role\":\"superuser\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("role");
    }

    @Test
    void malformedJsonAndBadPathParametersAre400() {
        assertThat(fields(http().post("/api/v1/tenants", providerKey(), "{\"name\":")))
                .containsExactly("body");
        Http.Response r = http().get("/api/v1/tenants/not-a-uuid", providerKey());
        assertThat(r.status()).isEqualTo(400);
        assertThat(fields(r)).containsExactly("id");
        Http.Response limit = http().get("/api/v1/audit?limit=5000", providerKey());
        assertThat(limit.status()).isEqualTo(400);
        assertThat(fields(limit)).containsExactly("limit");
    }

    @Test
    void unknownResourcesAre404Problems() {
        Http.Response r = http().get("/api/v1/tenants/00000000-0000-0000-0000-000000000000", providerKey());
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asString()).contains("tenant 00000000-0000-0000-0000-000000000000 not found");
    }
}
