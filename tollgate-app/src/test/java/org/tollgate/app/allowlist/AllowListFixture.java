package org.tollgate.app.allowlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tollgate.app.support.Http;
import tools.jackson.databind.JsonNode;

/**
 * What the revocation and expiry tests set up through the REST API: a customer whose OFAC SDN alert (the entry of
 * Nicolás Maduro Moros in the 2021 set the test index holds) was decided a false positive, and allow-list entries
 * for that pair — proposed by one analyst and, when they should be active, confirmed by a second.
 */
final class AllowListFixture {
    static final String ENTITY = "us_ofac_sdn:22790";

    static final String MADURO = """
            {"type":"individual","name":"Nicolas Maduro Moros","birth_date":"1962-11-23","nationality":"VE",
             "addresses":[{"line1":"Avenida Urdaneta","city":"Caracas","postal_code":"1010","country":"VE"}]}""";

    private final Http http;
    private final String analyst1;
    private final String analyst2;

    AllowListFixture(Http http, String analyst1, String analyst2) {
        this.http = http;
        this.analyst1 = analyst1;
        this.analyst2 = analyst2;
    }

    /** A customer whose SDN alert was decided a false positive; returns its id. */
    String falsePositive() {
        JsonNode c = http.post("/api/v1/customers", analyst1, MADURO).json();
        decideFalsePositive(c.get("alerts"));
        return c.get("id").asString();
    }

    /** Decides every open alert a false positive. */
    void decideFalsePositive(JsonNode alerts) {
        for (JsonNode a : alerts) {
            if (!a.get("status").asString().equals("open")) {
                continue;
            }
            Http.Response r = http.post(
                    "/api/v1/alerts/" + a.get("id").asString() + "/decision",
                    analyst1,
                    "{\"decision\":\"false_positive\",\"reason\":\"namesake, passport checked\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    /** An entry proposed by the first analyst (pending under the four-eyes rule). */
    JsonNode propose(String customer, @Nullable String expiresAt) {
        Http.Response r = http.post(
                "/api/v1/allow-list",
                analyst1,
                "{\"customer_id\":\"" + customer + "\",\"entity_id\":\"" + ENTITY + "\","
                        + (expiresAt == null ? "" : "\"expires_at\":\"" + expiresAt + "\",")
                        + "\"reason\":\"namesake, passport checked\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("status").asString()).isEqualTo("pending");
        return r.json();
    }

    /** An entry proposed by the first analyst and confirmed by the second: active. */
    JsonNode active(String customer, @Nullable String expiresAt) {
        JsonNode e = propose(customer, expiresAt);
        Http.Response r = http.post("/api/v1/allow-list/" + e.get("id").asString() + "/confirm", analyst2, "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("active");
        return r.json();
    }

    /** Screens the customer again; returns the answer (customer view with its screening and alerts). */
    JsonNode screen(String customer) {
        Http.Response r = http.post("/api/v1/customers/" + customer + "/screen", analyst1, "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The entry as the list endpoint shows it. */
    JsonNode entry(String customer, String id) {
        for (JsonNode e :
                http.get("/api/v1/allow-list?customer=" + customer, analyst1).json()) {
            if (e.get("id").asString().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no allow-list entry " + id);
    }

    /** The audit records of an entry with the given action, newest first. */
    List<JsonNode> audit(String providerKey, String id, String action) {
        List<JsonNode> out = new ArrayList<>();
        http.get("/api/v1/audit?subject_type=allow_list_entry&subject_id=" + id + "&action=" + action, providerKey)
                .json()
                .forEach(out::add);
        return out;
    }

    static int openAlerts(JsonNode customer) {
        int n = 0;
        for (JsonNode a : customer.get("alerts")) {
            if (a.get("status").asString().equals("open")) {
                n++;
            }
        }
        return n;
    }

    /** Asserts a 400 problem document naming exactly {@code field}. */
    static void assertInvalid(Http.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode errors = r.json().get("errors");
        assertThat(errors).as(r.body()).hasSize(1);
        assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
    }

    /** Asserts a 409 problem document. */
    static void assertConflict(Http.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:tollgate:problem:conflict");
    }
}
