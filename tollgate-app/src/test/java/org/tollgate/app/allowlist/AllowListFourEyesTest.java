package org.tollgate.app.allowlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.alert.AlertRepository;
import org.tollgate.app.audit.AuditLog;
import org.tollgate.app.auth.Caller;
import org.tollgate.app.auth.Role;
import org.tollgate.app.customer.CustomerRepository;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import org.tollgate.app.tenant.TenantKind;
import org.tollgate.app.tenant.TenantScope;
import tools.jackson.databind.JsonNode;

/**
 * The four-eyes rule for allow-list entries ({@code tollgate.allow-list.four-eyes}, on by default): an entry is pending,
 * and clears nothing, until a different analyst confirms it.
 */
class AllowListFourEyesTest extends ServiceTest {
    private static final String MADURO = """
            {"type":"individual","name":"Nicolas Maduro Moros","birth_date":"1962-11-23","nationality":"VE",
             "addresses":[{"line1":"Avenida Urdaneta","city":"Caracas","postal_code":"1010","country":"VE"}]}""";

    @Autowired
    AlertRepository alertRepository;

    @Autowired
    CustomerRepository customers;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate tx;

    private UUID reseller;
    private String analyst1;
    private String analyst2;

    @BeforeEach
    void tenant() {
        requireLists();
        reseller = newReseller(unique("allow-four-eyes"));
        analyst1 = newKey(reseller, "analyst");
        analyst2 = newKey(reseller, "analyst");
    }

    @Test
    void aPendingEntryClearsNothingUntilASecondAnalystConfirmsIt() {
        String customer = falsePositive();
        JsonNode entry = propose(customer, analyst1);
        assertThat(entry.get("status").asString()).isEqualTo("pending");
        assertThat(entry.has("confirmed_by")).isFalse();

        // pending: the next screening raises the match again
        JsonNode before = http().post("/api/v1/customers/" + customer + "/screen", analyst1, "")
                .json();
        assertThat(before.get("screening").get("suppressed").asInt()).isZero();
        assertThat(openAlerts(before)).isEqualTo(1);

        String confirm = "/api/v1/allow-list/" + entry.get("id").asString() + "/confirm";
        Http.Response own = http().post(confirm, analyst1, "");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body()).contains("four-eyes");

        Http.Response ok = http().post(confirm, analyst2, "");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("status").asString()).isEqualTo("active");
        assertThat(ok.json().get("confirmed_by").asString()).startsWith("api-key:tg_");
        assertThat(ok.json().get("confirmed_by").asString())
                .isNotEqualTo(ok.json().get("approved_by").asString());
        assertThat(http().post(confirm, analyst2, "").status()).isEqualTo(409);

        // close the alert the pending entry let through, then screen again: now the pair is cleared
        decideFalsePositive(before.get("alerts"));
        JsonNode after = http().post("/api/v1/customers/" + customer + "/screen", analyst1, "")
                .json();
        assertThat(after.get("screening").get("suppressed").asInt()).isEqualTo(1);
        assertThat(openAlerts(after)).isZero();

        JsonNode audit = http().get(
                        "/api/v1/audit?subject_type=allow_list_entry&subject_id="
                                + entry.get("id").asString(),
                        providerKey())
                .json();
        assertThat(audit.toString()).contains("allow_list.proposed", "allow_list.confirmed");
    }

    @Test
    void anotherTenantCannotConfirmAndAnAuditorCannotConfirm() {
        String customer = falsePositive();
        String confirm =
                "/api/v1/allow-list/" + propose(customer, analyst1).get("id").asString() + "/confirm";
        String stranger = newKey(newReseller(unique("allow-stranger")), "analyst");
        assertThat(http().post(confirm, stranger, "").status()).isEqualTo(404);
        assertThat(http().post(confirm, newKey(reseller, "auditor"), "").status())
                .isEqualTo(403);
        assertThat(http().post(confirm, newKey(reseller, "integration"), "").status())
                .isEqualTo(403);
        assertThat(http().get("/api/v1/allow-list?customer=" + customer, analyst1)
                        .json()
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("pending");
    }

    @Test
    void aPendingEntryIsReopenedWhenTheScreenedDataChangesAndCanNoLongerBeConfirmed() {
        String customer = falsePositive();
        String confirm =
                "/api/v1/allow-list/" + propose(customer, analyst1).get("id").asString() + "/confirm";
        http().patch("/api/v1/customers/" + customer, analyst1, "{\"other_names\":[\"Nicolas Maduro\"]}");
        JsonNode entry = http().get("/api/v1/allow-list?customer=" + customer, analyst1)
                .json()
                .get(0);
        assertThat(entry.get("status").asString()).isEqualTo("reopened");
        assertThat(http().post(confirm, analyst2, "").status()).isEqualTo(409);
    }

    /** With the rule off, an entry is active at once (the service built as the configuration would build it). */
    @Test
    void withTheRuleOffAnEntryIsActiveAtOnce() {
        String customer = falsePositive();
        AllowListService withoutFourEyes = new AllowListService(jdbc, alertRepository, customers, audit, clock, false);
        TenantScope scope = new TenantScope(reseller, TenantKind.RESELLER, Set.of(reseller));
        Caller caller = new Caller(reseller, TenantKind.RESELLER, Role.ANALYST, "api-key:tg_fourEyesOff");
        AllowListEntry e = tx.execute(s -> withoutFourEyes.create(
                caller, scope, UUID.fromString(customer), "us_ofac_sdn:22790", "namesake, passport checked", null));
        assertThat(e.status()).isEqualTo("active");
        assertThat(withoutFourEyes.clears(scope, UUID.fromString(customer), "us_ofac_sdn:22790"))
                .isTrue();
        assertThat(http().get("/api/v1/audit?subject_type=allow_list_entry&subject_id=" + e.id(), providerKey())
                        .json()
                        .toString())
                .contains("allow_list.created")
                .doesNotContain("allow_list.proposed");
    }

    /** A customer whose SDN alert was decided a false positive; returns its id. */
    private String falsePositive() {
        JsonNode c = http().post("/api/v1/customers", analyst1, MADURO).json();
        decideFalsePositive(c.get("alerts"));
        return c.get("id").asString();
    }

    private void decideFalsePositive(JsonNode alerts) {
        for (JsonNode a : alerts) {
            if (!a.get("status").asString().equals("open")) {
                continue;
            }
            Http.Response r = http().post(
                            "/api/v1/alerts/" + a.get("id").asString() + "/decision",
                            analyst1,
                            "{\"decision\":\"false_positive\",\"reason\":\"namesake, passport checked\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    private JsonNode propose(String customer, String key) {
        Http.Response r = http().post(
                        "/api/v1/allow-list",
                        key,
                        "{\"customer_id\":\"" + customer + "\",\"entity_id\":\"us_ofac_sdn:22790\","
                                + "\"reason\":\"namesake, passport checked\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private static int openAlerts(JsonNode customer) {
        int n = 0;
        for (JsonNode a : customer.get("alerts")) {
            if (a.get("status").asString().equals("open")) {
                n++;
            }
        }
        return n;
    }
}
