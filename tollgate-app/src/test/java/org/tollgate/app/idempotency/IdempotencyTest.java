package org.tollgate.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;

class IdempotencyTest extends ServiceTest {

    private long tenantsNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM tenant WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private long auditedCreates(String name) {
        return sealed().sql("SELECT count(*) FROM audit_event WHERE action = 'tenant.created' AND details LIKE :n")
                .param("n", "%\"" + name + "\"%")
                .query(Long.class)
                .single();
    }

    @Test
    void aRetriedCreateReturnsTheFirstResponseAndCreatesNothingTwice() {
        String name = unique("idem");
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"" + name + "\"}";

        Http.Response first = http().post("/api/v1/tenants", providerKey(), body, "Idempotency-Key", key);
        Http.Response second = http().post("/api/v1/tenants", providerKey(), body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("Idempotent-Replayed")).contains("true");
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(tenantsNamed(name)).isEqualTo(1);
        assertThat(auditedCreates(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String other = unique("other");
        assertThat(http().post(
                                "/api/v1/tenants",
                                providerKey(),
                                "{\"name\":\"" + unique("idem") + "\"}",
                                "Idempotency-Key",
                                key)
                        .status())
                .isEqualTo(201);
        Http.Response reused =
                http().post("/api/v1/tenants", providerKey(), "{\"name\":\"" + other + "\"}", "Idempotency-Key", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("type").asString()).isEqualTo("urn:tollgate:problem:idempotency-key-reused");
        assertThat(tenantsNamed(other)).isZero();
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        String name = unique("no-key");
        assertThat(http().post("/api/v1/tenants", providerKey(), "{\"name\":\"" + name + "\"}")
                        .status())
                .isEqualTo(201);
        // the same name again is a conflict, not a replay
        Http.Response again = http().post("/api/v1/tenants", providerKey(), "{\"name\":\"" + name + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(tenantsNamed(name)).isEqualTo(1);
    }

    @Test
    void aFailedCreateStoresNothingSoTheRetryRunsAgain() {
        String name = unique("taken");
        newReseller(name);
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"" + name + "\"}";
        assertThat(http().post("/api/v1/tenants", providerKey(), body, "Idempotency-Key", key)
                        .status())
                .isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_key WHERE key = :k")
                        .param("k", key)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void keysArePerTenant() {
        UUID a = newReseller(unique("reseller-a"));
        String userBody = "{\"username\":\"%s\",\"password\":\"long enough password\",\"role\":\"analyst\"}";
        String key = UUID.randomUUID().toString();
        Http.Response byProvider = http().post(
                        "/api/v1/tenants/" + a + "/users",
                        providerKey(),
                        userBody.formatted(unique("p")),
                        "Idempotency-Key",
                        key);
        Http.Response byReseller = http().post(
                        "/api/v1/tenants/" + a + "/users",
                        newKey(a, "admin"),
                        userBody.formatted(unique("r")),
                        "Idempotency-Key",
                        key);
        assertThat(byProvider.status()).isEqualTo(201);
        assertThat(byReseller.status()).isEqualTo(201);
        assertThat(byReseller.body()).isNotEqualTo(byProvider.body());
    }
}
