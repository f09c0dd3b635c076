package org.tollgate.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;

class ApiSecurityTest extends ServiceTest {

    @Test
    void apiWithoutKeyIs401ProblemWithBearerChallenge() {
        Http.Response r = http().get("/api/v1/tenants/me", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).contains("Bearer realm=\"tollgate\"");
        assertThat(r.header("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.json().get("status").asInt()).isEqualTo(401);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:tollgate:problem:unauthorized");
    }

    @Test
    void unknownKeyIs401() {
        Http.Response r = http().get("/api/v1/tenants/me", "tg_thisKeyDoesNotExistAnywhere000000000000000");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("detail").asString()).contains("unknown or revoked");
    }

    @Test
    void meDescribesTheCaller() {
        Http.Response r = http().get("/api/v1/tenants/me", providerKey());
        assertThat(r.status()).isEqualTo(200);
        JsonNode me = r.json();
        assertThat(me.get("tenant").get("id").asString())
                .isEqualTo(provider().provider().id().toString());
        assertThat(me.get("tenant").get("kind").asString()).isEqualTo("provider");
        assertThat(me.get("role").asString()).isEqualTo("admin");
        assertThat(me.get("actor").asString())
                .isEqualTo("api-key:" + provider().apiKey().apiKey().prefix());
        assertThat(me.get("visible_tenant_ids").isArray()).isTrue();
    }

    @Test
    void healthAndOpenApiArePublic() {
        Http.Response health = http().get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");

        Http.Response doc = http().get("/api/openapi.json", null);
        assertThat(doc.status()).isEqualTo(200);
        JsonNode paths = doc.json().get("paths");
        assertThat(paths.has("/api/v1/tenants")).isTrue();
        assertThat(paths.has("/api/v1/audit/verify")).isTrue();
        // schemas use the JSON names the API writes, and the caller/scope parameters are not exposed
        assertThat(doc.body()).contains("visible_tenant_ids").doesNotContain("visibleTenantIds");
        assertThat(paths.get("/api/v1/tenants/me").get("get").has("parameters")).isFalse();

        assertThat(http().get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void prometheusNeedsAnAdminOrAuditorKey() {
        assertThat(http().get("/actuator/prometheus", null).status()).isEqualTo(401);
        Http.Response r = http().get("/actuator/prometheus", providerKey());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void auditorIsReadOnly() {
        String auditor = newKey(provider().provider().id(), "auditor");
        assertThat(http().get("/api/v1/tenants", auditor).status()).isEqualTo(200);
        Http.Response r = http().post("/api/v1/tenants", auditor, "{\"name\":\"" + unique("nope") + "\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:tollgate:problem:forbidden");
    }

    @Test
    void analystCannotManageTenants() {
        String analyst = newKey(provider().provider().id(), "analyst");
        Http.Response r = http().post("/api/v1/tenants", analyst, "{\"name\":\"" + unique("nope") + "\"}");
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void revokedKeyStopsWorking() {
        Http.Response created = http().post(
                        "/api/v1/tenants/" + provider().provider().id() + "/api-keys",
                        providerKey(),
                        "{\"name\":\"short-lived\",\"role\":\"analyst\"}");
        String key = created.json().get("key").asString();
        String id = created.json().get("api_key").get("id").asString();
        assertThat(http().get("/api/v1/tenants/me", key).status()).isEqualTo(200);
        assertThat(http().delete("/api/v1/tenants/" + provider().provider().id() + "/api-keys/" + id, providerKey())
                        .status())
                .isEqualTo(204);
        assertThat(http().get("/api/v1/tenants/me", key).status()).isEqualTo(401);
    }

    @Test
    void consoleUsesFormLoginWithCsrf() {
        Http.Response console = http().get("/console", null);
        assertThat(console.status()).isEqualTo(302);
        assertThat(console.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        // a login POST without the CSRF token is refused
        Http.Response login = http().post("/login", null, "{}");
        assertThat(login.status()).isEqualTo(403);
    }
}
