package org.tollgate.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;

/** Verification per beneficial owner: stored with the version and weighed in the risk like the customer's. */
class OwnerVerificationTest extends ServiceTest {
    private String key;

    @BeforeEach
    void tenant() {
        key = newKey(newReseller(unique("owner-verification")), "integration");
    }

    @Test
    void eachOwnersVerificationIsStoredAndWeighed() {
        JsonNode c = create(owner(
                        "Ingrid Solberg",
                        "NO",
                        "{\"status\":\"failed\",\"failure_resolution\":\"documents" + " refused\"}")
                + "," + owner("Paul Meyer", "US", "{\"status\":\"verified\",\"method\":\"documentary\"}"));
        JsonNode owners = c.get("customer").get("beneficial_owners");
        assertThat(owners.get(0).get("verification").get("status").asString()).isEqualTo("failed");
        assertThat(owners.get(1).get("verification").get("method").asString()).isEqualTo("documentary");
        assertThat(codes(c)).contains("owner_verification_failed").doesNotContain("owner_unverified");
        assertThat(c.get("risk").get("reasons").toString()).contains("Ingrid Solberg", "documents refused");
        assertThat(c.get("decision").asString()).isEqualTo("review");

        // stored: the version read back carries it
        JsonNode read =
                http().get("/api/v1/customers/" + c.get("id").asString(), key).json();
        assertThat(read.get("customer")
                        .get("beneficial_owners")
                        .get(0)
                        .get("verification")
                        .get("status")
                        .asString())
                .isEqualTo("failed");
    }

    @Test
    void aForeignOwnerLeftUnverifiedAddsPointsAUsOwnerDoesNot() {
        JsonNode foreign = create(owner("Jonas Lindqvist", "SE", "{\"status\":\"unverified\"}"));
        assertThat(codes(foreign)).contains("owner_unverified");
        JsonNode us = create(owner("Mary Ellison", "US", "{\"status\":\"unverified\"}"));
        assertThat(codes(us)).doesNotContain("owner_unverified");
        assertThat(foreign.get("risk").get("score").asInt())
                .isGreaterThan(us.get("risk").get("score").asInt());
        JsonNode pending = create(owner("Jonas Lindqvist", "SE", "{\"status\":\"pending\"}"));
        assertThat(codes(pending)).contains("owner_verification_pending");
        // none given: the customer's own verification covers the owner, as before
        JsonNode none = create(owner("Jonas Lindqvist", "SE", null));
        assertThat(codes(none)).noneMatch(code -> code.startsWith("owner_"));
    }

    @Test
    void anUnknownOwnerStatusNamesTheField() {
        Http.Response r =
                http().post("/api/v1/customers", key, body(owner("A Person", "SE", "{\"status\":\"maybe\"}")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("beneficial_owners[0].verification.status");
        Http.Response missing = http().post("/api/v1/customers", key, body(owner("A Person", "SE", "{}")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("beneficial_owners[0].verification.status");
    }

    private JsonNode create(String owners) {
        Http.Response r = http().post("/api/v1/customers", key, body(owners));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static String body(String owners) {
        return "{\"type\":\"organization\",\"name\":\"Fjordline Analytics AS\",\"nationality\":\"NO\","
                + "\"addresses\":[{\"line1\":\"Karl Johans gate 1\",\"city\":\"Oslo\",\"postal_code\":\"0154\","
                + "\"country\":\"NO\"}],\"control_person\":{\"name\":\"Ola Nordmann\",\"nationality\":\"NO\"},"
                + "\"verification\":{\"status\":\"verified\",\"method\":\"documentary\"},"
                + "\"beneficial_owners\":[" + owners + "]}";
    }

    private static String owner(String name, String nationality, String verification) {
        return "{\"name\":\"" + name + "\",\"nationality\":\"" + nationality + "\",\"ownership_percent\":40"
                + (verification == null ? "" : ",\"verification\":" + verification) + "}";
    }

    private static List<String> codes(JsonNode customer) {
        List<String> out = new ArrayList<>();
        customer.get("risk").get("reasons").forEach(r -> out.add(r.get("code").asString()));
        return out;
    }
}
