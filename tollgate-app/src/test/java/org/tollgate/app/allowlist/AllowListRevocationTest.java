package org.tollgate.app.allowlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tollgate.app.allowlist.AllowListFixture.assertConflict;
import static org.tollgate.app.allowlist.AllowListFixture.assertInvalid;
import static org.tollgate.app.allowlist.AllowListFixture.openAlerts;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Revoking an allow-list entry ({@code POST /api/v1/allow-list/{id}/revoke}): final, at once and without a second
 * analyst; the next screening raises the pair's alert again.
 */
class AllowListRevocationTest extends ServiceTest {
    private UUID reseller;
    private String analyst1;
    private String analyst2;
    private AllowListFixture fixture;

    @BeforeEach
    void tenant() {
        requireLists();
        reseller = newReseller(unique("allow-revoke"));
        analyst1 = newKey(reseller, "analyst");
        analyst2 = newKey(reseller, "analyst");
        fixture = new AllowListFixture(http(), analyst1, analyst2);
    }

    @Test
    void aRevokedEntryNoLongerClearsTheNextScreening() {
        String customer = fixture.falsePositive();
        String id = fixture.active(customer, null).get("id").asString();

        // in force: the pair is suppressed
        JsonNode cleared = fixture.screen(customer);
        assertThat(cleared.get("screening").get("suppressed").asInt()).isEqualTo(1);
        assertThat(openAlerts(cleared)).isZero();

        // revoked by the analyst who proposed it, at once: no second analyst needed
        Http.Response r = revoke(id, analyst1, "customer relationship under review again");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode revoked = r.json();
        assertThat(revoked.get("status").asString()).isEqualTo("revoked");
        assertThat(revoked.get("revoked_by").asString()).startsWith("api-key:tg_");
        assertThat(revoked.get("revoke_reason").asString()).isEqualTo("customer relationship under review again");
        assertThat(revoked.has("revoked_at")).isTrue();
        assertThat(fixture.entry(customer, id).get("status").asString()).isEqualTo("revoked");

        JsonNode after = fixture.screen(customer);
        assertThat(after.get("screening").get("suppressed").asInt()).isZero();
        assertThat(openAlerts(after)).isEqualTo(1);

        List<JsonNode> audit = fixture.audit(providerKey(), id, "allow_list.revoked");
        assertThat(audit).hasSize(1);
        JsonNode details = audit.get(0).get("details");
        assertThat(audit.get(0).get("actor").asString())
                .isEqualTo(revoked.get("revoked_by").asString());
        assertThat(details.get("reason").asString()).isEqualTo("customer relationship under review again");
        assertThat(details.get("previous_status").asString()).isEqualTo("active");
        assertThat(details.get("entity_id").asString()).isEqualTo(AllowListFixture.ENTITY);
    }

    @Test
    void aRevocationIsFinal() {
        String customer = fixture.falsePositive();
        String id = fixture.active(customer, null).get("id").asString();
        assertThat(revoke(id, analyst2, "sanctions exposure confirmed elsewhere")
                        .status())
                .isEqualTo(200);

        assertConflict(revoke(id, analyst1, "again"));
        assertConflict(http().post(
                        "/api/v1/allow-list/" + id + "/expiry",
                        analyst1,
                        "{\"expires_at\":\"2099-01-01\",\"reason\":\"longer\"}"));
        assertConflict(http().post("/api/v1/allow-list/" + id + "/confirm", analyst1, ""));
        assertThat(fixture.audit(providerKey(), id, "allow_list.revoked")).hasSize(1);
        assertThat(fixture.entry(customer, id).get("revoke_reason").asString())
                .isEqualTo("sanctions exposure confirmed elsewhere");
    }

    @Test
    void aPendingOrReopenedEntryCanBeRevoked() {
        String customer = fixture.falsePositive();
        String pending = fixture.propose(customer, null).get("id").asString();
        Http.Response r = revoke(pending, analyst1, "proposed by mistake");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("revoked");
        // a revoked proposal can no longer be confirmed into force
        assertConflict(http().post("/api/v1/allow-list/" + pending + "/confirm", analyst2, ""));

        String reopened = fixture.active(customer, null).get("id").asString();
        http().patch("/api/v1/customers/" + customer, analyst1, "{\"other_names\":[\"Nicolas Maduro\"]}");
        assertThat(fixture.entry(customer, reopened).get("status").asString()).isEqualTo("reopened");
        // a change of the screened data re-opens what is in force or pending, never a revoked entry
        assertThat(fixture.entry(customer, pending).get("status").asString()).isEqualTo("revoked");
        Http.Response again = revoke(reopened, analyst1, "no longer relevant");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("revoked");
        assertThat(fixture.audit(providerKey(), reopened, "allow_list.revoked")
                        .get(0)
                        .get("details")
                        .get("previous_status")
                        .asString())
                .isEqualTo("reopened");
    }

    @Test
    void aReasonIsRequired() {
        String customer = fixture.falsePositive();
        String id = fixture.active(customer, null).get("id").asString();
        String path = "/api/v1/allow-list/" + id + "/revoke";
        assertInvalid(http().post(path, analyst1, "{}"), "reason");
        assertInvalid(http().post(path, analyst1, "{\"reason\":\"   \"}"), "reason");
        assertInvalid(http().post(path, analyst1, "{\"reason\":\"" + "x".repeat(2001) + "\"}"), "reason");
        assertThat(fixture.entry(customer, id).get("status").asString()).isEqualTo("active");
        assertThat(fixture.audit(providerKey(), id, "allow_list.revoked")).isEmpty();
    }

    @Test
    void anotherTenantGetsNotFoundAndAnAuditorIsRefused() {
        String customer = fixture.falsePositive();
        String id = fixture.active(customer, null).get("id").asString();
        String stranger = newKey(newReseller(unique("allow-revoke-stranger")), "analyst");
        Http.Response r = revoke(id, stranger, "not mine");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:tollgate:problem:not-found");
        assertThat(revoke(id, newKey(reseller, "auditor"), "read-only").status())
                .isEqualTo(403);
        assertThat(revoke(id, newKey(reseller, "integration"), "a machine").status())
                .isEqualTo(403);
        assertThat(fixture.entry(customer, id).get("status").asString()).isEqualTo("active");
        assertThat(fixture.audit(providerKey(), id, "allow_list.revoked")).isEmpty();
    }

    private Http.Response revoke(String id, String key, String reason) {
        return http().post("/api/v1/allow-list/" + id + "/revoke", key, "{\"reason\":\"" + reason + "\"}");
    }
}
