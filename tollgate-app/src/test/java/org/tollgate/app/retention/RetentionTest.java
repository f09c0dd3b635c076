package org.tollgate.app.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * The retention purge on the shared test database. Records are made through the API and then dated back with SQL
 * (the customer table and the evidence tables have no append-only trigger), so the purge runs at the real time and
 * touches nothing of the other tests, which never date anything back.
 */
class RetentionTest extends ServiceTest {
    private static final String PERSON = "{\"type\":\"individual\",\"name\":\"%s\",\"birth_date\":\"1971-05-04\","
            + "\"nationality\":\"DE\",\"addresses\":[{\"line1\":\"Torstrasse 1\",\"city\":\"Berlin\","
            + "\"postal_code\":\"10119\",\"country\":\"DE\"}],\"email\":\"r@example.com\"}";

    private UUID tenant;
    private String key;

    @BeforeEach
    void tenant() {
        tenant = newReseller(unique("retention"));
        key = newKey(tenant, "integration");
    }

    @Test
    void nothingYoungerThanItsPeriodIsDeleted() {
        // closed 4 years ago: the identity period (5 years) has not run out
        UUID closedRecently = customer("Retention Recent " + tenant);
        close(closedRecently);
        dateBack(closedRecently, 4, 4);
        // closed 6 years ago but accessed 4 years ago: the later of the two counts
        UUID accessedRecently = customer("Retention Accessed " + tenant);
        close(accessedRecently);
        dateBack(accessedRecently, 6, 6);
        Http.Response ingest = http().post(
                        "/api/v1/access-events",
                        key,
                        "{\"events\":[{\"customer_id\":\"" + accessedRecently + "\",\"ip\":\"176.36.0.1\",\"time\":\""
                                + yearsAgo(4) + "\",\"kind\":\"login\"}]}");
        assertThat(ingest.status()).as(ingest.body()).isEqualTo(200);
        assertThat(ingest.json().get("accepted").asInt()).isEqualTo(1);
        // open, with evidence 9 years old and a superseded assessment 9 years old
        UUID open = customer("Retention Open " + tenant);
        http().post("/api/v1/customers/" + open + "/screen", key, "");
        evidenceBack(open, 9);

        JsonNode report = purge(false);
        assertThat(report.get("dry_run").asBoolean()).isFalse();

        for (UUID c : List.of(closedRecently, accessedRecently, open)) {
            assertThat(count("customer_version", c)).as("versions of " + c).isPositive();
            assertThat(http().get("/api/v1/customers/" + c, key).status()).isEqualTo(200);
        }
        assertThat(ids(report.get("identity_purged"))).doesNotContain(closedRecently, accessedRecently, open);
        assertThat(count("screening_result", open)).isEqualTo(2);
        assertThat(count("risk_assessment", open)).isEqualTo(2);
        assertThat(http().get("/api/v1/customers/" + accessedRecently + "/account", key)
                        .json()
                        .get("identity_kept_until")
                        .asString())
                .startsWith(String.valueOf(OffsetDateTime.now(ZoneOffset.UTC).getYear() + 1));
    }

    @Test
    void anExpiredClosedCustomersIdentityIsPurgedAndThePurgeIsInTheAuditChain() {
        UUID c = customer("Retention Expired " + tenant);
        close(c);
        dateBack(c, 6, 6);
        assertThat(count("customer_version", c)).isEqualTo(1);

        JsonNode report = purge(false);

        assertThat(ids(report.get("identity_purged"))).contains(c);
        assertThat(report.get("deleted").get("identity").get("customer_version").asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(count("customer_version", c)).isZero();
        // the screening evidence (younger than 10 years) is kept, and with it the customer row without personal data
        assertThat(count("screening_result", c)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM customer WHERE id = :c AND identity_purged_at IS NOT NULL")
                        .param("c", c)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Http.Response gone = http().get("/api/v1/customers/" + c, key);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).doesNotContain("Retention Expired");

        JsonNode audited = http().get("/api/v1/audit?action=retention.purged&limit=20", providerKey())
                .json();
        assertThat(audited.size()).isPositive();
        boolean named = false;
        for (JsonNode r : audited) {
            named |= ids(r.get("details").get("identity_purged_ids")).contains(c);
        }
        assertThat(named).as("a retention.purged record names " + c).isTrue();
        JsonNode verify = http().get("/api/v1/audit/verify", providerKey()).json();
        assertThat(verify.get("intact").asBoolean()).as(verify.toString()).isTrue();

        // ten years on, the evidence expires too, and the customer row goes with it
        evidenceBack(c, 11);
        JsonNode later = purge(false);
        assertThat(later.get("deleted")
                        .get("screening_evidence")
                        .get("screening_result")
                        .asLong())
                .isGreaterThanOrEqualTo(1);
        assertThat(count("screening_result", c)).isZero();
        assertThat(count("risk_assessment", c)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM customer WHERE id = :c")
                        .param("c", c)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(http().get("/api/v1/customers/" + c, key).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/audit/verify", providerKey())
                        .json()
                        .get("intact")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void aDryRunCountsAndDeletesNothing() {
        UUID c = customer("Retention Dry " + tenant);
        close(c);
        dateBack(c, 7, 7);
        long auditBefore = auditHead();

        JsonNode report = purge(true);

        assertThat(report.get("dry_run").asBoolean()).isTrue();
        assertThat(ids(report.get("identity_purged"))).contains(c);
        assertThat(count("customer_version", c)).isEqualTo(1);
        assertThat(http().get("/api/v1/customers/" + c, key).status()).isEqualTo(200);
        assertThat(auditHead()).isEqualTo(auditBefore);
    }

    @Test
    void customerVersionsStayAppendOnlyOutsideThePurge() {
        UUID c = customer("Retention Immutable " + tenant);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("DELETE FROM customer_version WHERE customer_id = :c")
                                .param("c", c)
                                .update())
                .hasMessageContaining("immutable");
        // the setting of another transaction does not leak: a fresh transaction is refused again
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("UPDATE customer_version SET created_by = 'x' WHERE customer_id = :c")
                                .param("c", c)
                                .update())
                .hasMessageContaining("immutable");
        assertThat(count("customer_version", c)).isEqualTo(1);
    }

    @Test
    void onlyTheProvidersAdminsPurgeAndClosingIsTenantScoped() {
        String resellerAdmin = newKey(tenant, "admin");
        assertThat(http().post("/api/v1/admin/retention/purge?dry_run=true", resellerAdmin, "")
                        .status())
                .isEqualTo(403);
        assertThat(http().post("/api/v1/admin/retention/purge?dry_run=true", key, "")
                        .status())
                .isEqualTo(403);
        JsonNode policy = http().get("/api/v1/admin/retention", providerKey()).json();
        assertThat(policy.get("screening_evidence").asString()).isEqualTo("P10Y");
        assertThat(policy.get("identity").asString()).isEqualTo("P5Y");

        UUID c = customer("Retention Scoped " + tenant);
        String other = newKey(newReseller(unique("retention-other")), "integration");
        assertThat(http().post("/api/v1/customers/" + c + "/close", other, "{\"reason\":\"x\"}")
                        .status())
                .isEqualTo(404);
        Http.Response noReason = http().post("/api/v1/customers/" + c + "/close", key, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"");

        JsonNode closed = http().post("/api/v1/customers/" + c + "/close", key, "{\"reason\":\"account terminated\"}")
                .json();
        assertThat(closed.get("status").asString()).isEqualTo("closed");
        assertThat(closed.get("identity_kept_until").asString()).isNotEmpty();
        assertThat(http().post("/api/v1/customers/" + c + "/close", key, "{\"reason\":\"again\"}")
                        .status())
                .isEqualTo(409);
        JsonNode reopened =
                http().post("/api/v1/customers/" + c + "/reopen", key, "").json();
        assertThat(reopened.get("status").asString()).isEqualTo("active");
        assertThat(reopened.has("identity_kept_until")).isFalse();
    }

    private UUID customer(String name) {
        Http.Response r = http().post("/api/v1/customers", key, PERSON.formatted(name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").asString());
    }

    private void close(UUID c) {
        Http.Response r = http().post("/api/v1/customers/" + c + "/close", key, "{\"reason\":\"account terminated\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Dates the closing and the last change of the customer back. */
    private void dateBack(UUID c, int closedYearsAgo, int changedYearsAgo) {
        jdbc.sql("UPDATE customer SET closed_at = :closed, updated_at = :changed, created_at = :changed WHERE id = :c")
                .param("closed", OffsetDateTime.ofInstant(yearsAgo(closedYearsAgo), ZoneOffset.UTC))
                .param("changed", OffsetDateTime.ofInstant(yearsAgo(changedYearsAgo), ZoneOffset.UTC))
                .param("c", c)
                .update();
    }

    /** Dates the customer's screening results and risk assessments back (the latest stays the latest). */
    private void evidenceBack(UUID c, int years) {
        jdbc.sql("UPDATE screening_result SET screened_at = screened_at - make_interval(years => :y)"
                        + " WHERE customer_id = :c")
                .param("y", years)
                .param("c", c)
                .update();
        jdbc.sql("UPDATE risk_assessment SET assessed_at = assessed_at - make_interval(years => :y)"
                        + " WHERE customer_id = :c")
                .param("y", years)
                .param("c", c)
                .update();
    }

    private JsonNode purge(boolean dryRun) {
        Http.Response r = http().post("/api/v1/admin/retention/purge?dry_run=" + dryRun, providerKey(), "");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private long count(String table, UUID customer) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE customer_id = :c")
                .param("c", customer)
                .query(Long.class)
                .single();
    }

    private long auditHead() {
        return sealed().sql("SELECT seq FROM audit_chain_head")
                .query(Long.class)
                .single();
    }

    private static Instant yearsAgo(int years) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusYears(years).toInstant();
    }

    private static List<UUID> ids(JsonNode array) {
        List<UUID> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(UUID.fromString(n.asString())));
        return out;
    }
}
