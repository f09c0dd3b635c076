package org.tollgate.app.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;

class TenantIsolationTest extends ServiceTest {

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    @Test
    void aResellerSeesOnlyItselfAndGets404ForAnother() {
        UUID a = newReseller(unique("reseller-a"));
        UUID b = newReseller(unique("reseller-b"));
        String keyA = newKey(a, "admin");

        Http.Response own = http().get("/api/v1/tenants/" + a, keyA);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("kind").asString()).isEqualTo("reseller");
        assertThat(own.json().get("parent_id").asString())
                .isEqualTo(provider().provider().id().toString());

        Http.Response other = http().get("/api/v1/tenants/" + b, keyA);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().get("type").asString()).isEqualTo("urn:tollgate:problem:not-found");
        // the provider is not visible to its reseller either
        assertThat(http().get("/api/v1/tenants/" + provider().provider().id(), keyA)
                        .status())
                .isEqualTo(404);

        assertThat(ids(http().get("/api/v1/tenants", keyA).json())).containsExactly(a.toString());
        JsonNode me = http().get("/api/v1/tenants/me", keyA).json();
        assertThat(me.get("visible_tenant_ids").size()).isEqualTo(1);
    }

    @Test
    void aResellerCannotTouchAnotherResellersKeysOrUsers() {
        UUID a = newReseller(unique("reseller-a"));
        UUID b = newReseller(unique("reseller-b"));
        String keyA = newKey(a, "admin");
        newKey(b, "analyst");

        assertThat(http().get("/api/v1/tenants/" + b + "/api-keys", keyA).status())
                .isEqualTo(404);
        assertThat(http().post("/api/v1/tenants/" + b + "/api-keys", keyA, "{\"name\":\"x\",\"role\":\"admin\"}")
                        .status())
                .isEqualTo(404);
        assertThat(http().post(
                                "/api/v1/tenants/" + b + "/users",
                                keyA,
                                "{\"username\":\"" + unique("u") + "\",\"password\":\"long enough password\","
                                        + "\"role\":\"analyst\"}")
                        .status())
                .isEqualTo(404);
        // nothing was created in b: still its one key and no users
        assertThat(http().get("/api/v1/tenants/" + b + "/api-keys", providerKey())
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(http().get("/api/v1/tenants/" + b + "/users", providerKey())
                        .json()
                        .size())
                .isZero();
        // a key of b cannot be revoked through a's scope
        String bKeyId = http().get("/api/v1/tenants/" + b + "/api-keys", providerKey())
                .json()
                .get(0)
                .get("id")
                .asString();
        assertThat(http().delete("/api/v1/tenants/" + a + "/api-keys/" + bKeyId, keyA)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aResellerCannotCreateResellers() {
        UUID a = newReseller(unique("reseller-a"));
        Http.Response r = http().post("/api/v1/tenants", newKey(a, "admin"), "{\"name\":\"" + unique("sub") + "\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).contains("only a provider");
    }

    @Test
    void aNewResellerIsInTheProvidersScopeAtOnce() {
        // the provider's scope is cached for seconds: a reseller created now must not wait for the cache to expire
        List<String> before = ids(http().get("/api/v1/tenants", providerKey()).json());
        UUID fresh = newReseller(unique("reseller-new"));
        assertThat(before).doesNotContain(fresh.toString());
        assertThat(ids(http().get("/api/v1/tenants", providerKey()).json())).contains(fresh.toString());
        assertThat(http().get("/api/v1/tenants/" + fresh, providerKey()).status())
                .isEqualTo(200);
    }

    @Test
    void theProviderSeesItsResellers() {
        UUID a = newReseller(unique("reseller-a"));
        UUID b = newReseller(unique("reseller-b"));
        assertThat(http().get("/api/v1/tenants/" + a, providerKey()).status()).isEqualTo(200);
        assertThat(ids(http().get("/api/v1/tenants", providerKey()).json()))
                .contains(provider().provider().id().toString(), a.toString(), b.toString());
        // and manages their keys
        assertThat(http().get("/api/v1/tenants/" + a + "/api-keys", providerKey())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void resellerAdminManagesItsOwnUsersAndKeys() {
        UUID a = newReseller(unique("reseller-a"));
        String keyA = newKey(a, "admin");
        String username = unique("analyst");
        Http.Response u = http().post(
                        "/api/v1/tenants/" + a + "/users",
                        keyA,
                        "{\"username\":\"" + username
                                + "\",\"password\":\"long enough password\",\"role\":\"analyst\"}");
        assertThat(u.status()).isEqualTo(201);
        assertThat(u.json().get("username").asString()).isEqualTo(username);
        assertThat(u.json().has("password")).isFalse();
        assertThat(u.json().has("password_hash")).isFalse();
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u")
                .param("u", username)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("long enough password");

        Http.Response k = http().post(
                        "/api/v1/tenants/" + a + "/api-keys", keyA, "{\"name\":\"gateway\",\"role\":\"integration\"}");
        assertThat(k.status()).isEqualTo(201);
        String secret = k.json().get("key").asString();
        assertThat(secret).startsWith("tg_").hasSize(46);
        assertThat(k.json().get("api_key").get("prefix").asString()).isEqualTo(secret.substring(0, 11));
        // only the hash is stored, and listing never shows the secret
        assertThat(jdbc.sql("SELECT count(*) FROM api_key WHERE key_hash = :k OR prefix = :k")
                        .param("k", secret)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(http().get("/api/v1/tenants/" + a + "/api-keys", keyA).body())
                .doesNotContain(secret);
        assertThat(http().get("/api/v1/tenants/me", secret).json().get("role").asString())
                .isEqualTo("integration");
    }
}
