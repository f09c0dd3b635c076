package org.tollgate.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;

/**
 * Onboarding end to end over HTTP on the real (small) index: screening, alerts, four-eyes, allow-list, risk,
 * tenant isolation, idempotency and the audit chain.
 */
class CustomerFlowTest extends ServiceTest {
    /** Nicolás Maduro Moros, SDN entry 22790 of the 2021 OFAC set (DOB 23 Nov 1962, Venezuela). */
    private static final String MADURO = """
            {"type":"individual","name":"Nicolas Maduro Moros","birth_date":"1962-11-23","nationality":"VE",
             "addresses":[{"line1":"Avenida Urdaneta","city":"Caracas","postal_code":"1010","country":"VE"}],
             "email":"nm@example.org","phone":"+58 212 555 1234"}""";

    private static final String CLEAN = """
            {"type":"individual","name":"Jane Whitfield Okafor","birth_date":"1988-04-02","nationality":"US",
             "addresses":[{"line1":"12 Elm Street","city":"Springfield","postal_code":"62701","country":"US"}],
             "email":"jane@example.com","phone":"+1 217 555 0142",
             "payment_means":[{"kind":"card","country":"US"}],
             "verification":{"status":"verified","method":"documentary"}}""";

    private String key;
    private String analyst2;
    private UUID reseller;

    @BeforeEach
    void tenant() {
        requireLists();
        reseller = newReseller(unique("onboarding"));
        key = newKey(reseller, "analyst");
        analyst2 = newKey(reseller, "analyst");
    }

    @Test
    void aCustomerMatchingAnSdnEntryGetsAnAlertAndReview() {
        Http.Response r = http().post("/api/v1/customers", key, MADURO);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode c = r.json();
        assertThat(c.get("decision").asString()).isEqualTo("review");
        assertThat(c.get("risk").get("tier").asString()).isIn("low", "medium", "high");
        assertThat(c.get("alerts")).hasSize(1);
        JsonNode alert = c.get("alerts").get(0);
        assertThat(alert.get("entity_id").asString()).isEqualTo("us_ofac_sdn:22790");
        assertThat(alert.get("status").asString()).isEqualTo("open");
        assertThat(alert.get("subject").asString()).isEqualTo("customer");
        assertThat(codes(c.get("risk").get("reasons"))).contains("screening_alert", "high_risk_country");
        assertThat(c.get("derived").get("phone_country").asString()).isEqualTo("VE");
        assertThat(c.get("derived").get("foreign").get("status").asString()).isEqualTo("foreign");
        assertThat(c.get("screening").get("lists").has("us_ofac_sdn")).isTrue();

        // the stored result can be explained: the alert carries the hit with its explanation
        JsonNode detail =
                http().get("/api/v1/alerts/" + alert.get("id").asString(), key).json();
        assertThat(detail.get("hit").get("explanation").get("matched_name").asString())
                .isEqualTo("MADURO MOROS, Nicolas");
        JsonNode stored =
                jdbcScreening(UUID.fromString(alert.get("screening_id").asString()));
        assertThat(stored.get("engine_version").asString()).startsWith("tollgate-screening/");
        assertThat(stored.get("snapshots").asString()).contains("us_ofac_sdn");
    }

    @Test
    void theAnswerListsTheCustomersAlertsAsARead() {
        JsonNode created = http().post("/api/v1/customers", key, MADURO).json();
        String id = created.get("id").asString();
        assertThat(ids(created.get("alerts")))
                .hasSize(1)
                .isEqualTo(ids(http().get("/api/v1/customers/" + id, key).json().get("alerts")));

        // a change to another listed person: the answer holds the earlier alert and the new one, in the order a read
        // gives them (newest first)
        Http.Response changed = http().patch(
                        "/api/v1/customers/" + id,
                        key,
                        "{\"name\":\"Ramzan Akhmatovich Kadyrov\",\"birth_date\":\"1976-10-05\",\"nationality\":\"RU\"}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        List<String> after = ids(changed.json().get("alerts"));
        assertThat(after)
                .as(changed.json().toString())
                .hasSize(2)
                .endsWith(ids(created.get("alerts")).get(0));
        assertThat(after)
                .isEqualTo(ids(http().get("/api/v1/customers/" + id, key).json().get("alerts")));
        assertThat(changed.json().get("alerts").get(0).get("subject_name").asString())
                .isEqualTo("Ramzan Akhmatovich Kadyrov");
        assertThat(codes(changed.json().get("risk").get("reasons"))).contains("screening_alert");
        assertThat(changed.json().get("risk").get("reasons").toString()).contains("2 unresolved screening alert(s)");
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asString()));
        return out;
    }

    @Test
    void aCleanCustomerIsApproved() {
        Http.Response r = http().post("/api/v1/customers", key, CLEAN);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode c = r.json();
        assertThat(c.get("alerts")).isEmpty();
        assertThat(c.get("decision").asString()).isEqualTo("approve");
        assertThat(c.get("risk").get("tier").asString()).isEqualTo("low");
        assertThat(c.get("derived").get("foreign").get("status").asString()).isEqualTo("us_person");
        assertThat(c.get("derived").get("verification_required").asBoolean()).isFalse();
        assertThat(c.get("customer").get("phone").asString()).isEqualTo("+12175550142");

        String id = c.get("id").asString();
        assertThat(http().get("/api/v1/customers/" + id + "/risk", key)
                        .json()
                        .get("decision")
                        .asString())
                .isEqualTo("approve");
    }

    @Test
    void anotherResellersKeyGets404() {
        String id =
                http().post("/api/v1/customers", key, CLEAN).json().get("id").asString();
        String other = newKey(newReseller(unique("other")), "admin");
        assertThat(http().get("/api/v1/customers/" + id, other).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/customers/" + id + "/versions", other).status())
                .isEqualTo(404);
        assertThat(http().get("/api/v1/customers/" + id + "/risk", other).status())
                .isEqualTo(404);
        assertThat(http().patch("/api/v1/customers/" + id, other, "{\"email\":\"x@example.com\"}")
                        .status())
                .isEqualTo(404);
        // the provider sees its reseller's customer
        assertThat(http().get("/api/v1/customers/" + id, providerKey()).status())
                .isEqualTo(200);
    }

    @Test
    void anAlertOfAnotherResellerIs404() {
        String alert = http().post("/api/v1/customers", key, MADURO)
                .json()
                .get("alerts")
                .get(0)
                .get("id")
                .asString();
        String other = newKey(newReseller(unique("other")), "analyst");
        assertThat(http().get("/api/v1/alerts/" + alert, other).status()).isEqualTo(404);
        assertThat(http().post("/api/v1/alerts/" + alert + "/decision", other, "{\"decision\":\"escalated\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void createIsIdempotent() {
        Http.Response first = http().post("/api/v1/customers", key, CLEAN, "Idempotency-Key", "onboard-1");
        Http.Response again = http().post("/api/v1/customers", key, CLEAN, "Idempotency-Key", "onboard-1");
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(http().get("/api/v1/customers", key).json()).hasSize(1);
    }

    @Test
    void fourEyesTrueMatchNeedsASecondAnalyst() {
        JsonNode c = http().post("/api/v1/customers", key, MADURO).json();
        String alert = c.get("alerts").get(0).get("id").asString();
        String path = "/api/v1/alerts/" + alert + "/decision";

        Http.Response proposed =
                http().post(path, key, "{\"decision\":\"true_match\",\"note\":\"same DOB and nationality\"}");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        assertThat(proposed.json().get("status").asString()).isEqualTo("pending_confirmation");

        Http.Response self = http().post(path, key, "{\"decision\":\"true_match\"}");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("detail").asString()).contains("four-eyes");

        Http.Response confirmed = http().post(path, analyst2, "{\"decision\":\"true_match\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("true_match");
        assertThat(confirmed.json().get("confirmed_by").asString())
                .isNotEqualTo(confirmed.json().get("decided_by").asString());

        JsonNode after =
                http().get("/api/v1/customers/" + c.get("id").asString(), key).json();
        assertThat(after.get("decision").asString()).isEqualTo("reject");
        assertThat(after.get("risk").get("tier").asString()).isEqualTo("prohibited");
        JsonNode history = http().get("/api/v1/alerts/" + alert, key).json().get("history");
        assertThat(history).hasSize(3);
        assertThat(http().get(
                                "/api/v1/alerts?status=true_match&customer="
                                        + c.get("id").asString(),
                                key)
                        .json())
                .hasSize(1);
    }

    @Test
    void aFalsePositiveNeedsAReason() {
        JsonNode c = http().post("/api/v1/customers", key, MADURO).json();
        String path = "/api/v1/alerts/" + c.get("alerts").get(0).get("id").asString() + "/decision";
        Http.Response none = http().post(path, key, "{\"decision\":\"false_positive\"}");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        Http.Response ok = http().post(
                        path, key, "{\"decision\":\"false_positive\",\"reason\":\"different person: passport seen\"}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("reason").asString()).isEqualTo("different person: passport seen");
        assertThat(http().get("/api/v1/customers/" + c.get("id").asString(), key)
                        .json()
                        .get("risk")
                        .get("reasons")
                        .toString())
                .doesNotContain("screening_alert");
        assertThat(http().post(path, key, "{\"decision\":\"escalated\"}").status())
                .isEqualTo(409);
    }

    @Test
    void theAllowListSuppressesUntilAScreenedFieldChanges() {
        JsonNode c = http().post("/api/v1/customers", key, MADURO).json();
        String id = c.get("id").asString();
        String alert = c.get("alerts").get(0).get("id").asString();
        http().post(
                        "/api/v1/alerts/" + alert + "/decision",
                        key,
                        "{\"decision\":\"false_positive\",\"reason\":\"namesake, documents checked\"}");
        Http.Response entry = http().post(
                        "/api/v1/allow-list",
                        key,
                        "{\"customer_id\":\"" + id + "\",\"entity_id\":\"us_ofac_sdn:22790\","
                                + "\"reason\":\"namesake, documents checked\"}");
        assertThat(entry.status()).as(entry.toString()).isEqualTo(201);
        // four-eyes: a second analyst confirms the entry (AllowListFourEyesTest covers the rule itself)
        Http.Response confirmed =
                http().post("/api/v1/allow-list/" + entry.json().get("id").asString() + "/confirm", analyst2, "");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

        // screened again: the pair is cleared, no new alert
        JsonNode again =
                http().post("/api/v1/customers/" + id + "/screen", key, "").json();
        assertThat(again.get("screening").get("suppressed").asInt()).isEqualTo(1);
        assertThat(openAlerts(again)).isEmpty();

        // a change of a non-screened field does not screen again
        JsonNode email = http().patch("/api/v1/customers/" + id, key, "{\"email\":\"new@example.org\"}")
                .json();
        assertThat(email.get("version").asInt()).isEqualTo(2);
        assertThat(email.get("screening").get("screened_now").asBoolean()).isFalse();
        assertThat(openAlerts(email)).isEmpty();

        // a screened field changes: the entry is re-opened and the match raises a new alert
        JsonNode changed = http().patch("/api/v1/customers/" + id, key, "{\"other_names\":[\"Nicolas Maduro\"]}")
                .json();
        assertThat(changed.get("version").asInt()).isEqualTo(3);
        assertThat(changed.get("screening").get("screened_now").asBoolean()).isTrue();
        assertThat(changed.get("screening").get("suppressed").asInt()).isZero();
        assertThat(openAlerts(changed)).isNotEmpty();
        assertThat(changed.get("decision").asString()).isEqualTo("review");
        JsonNode entries = http().get("/api/v1/allow-list?customer=" + id, key).json();
        assertThat(entries.get(0).get("status").asString()).isEqualTo("reopened");

        JsonNode versions =
                http().get("/api/v1/customers/" + id + "/versions", key).json();
        assertThat(versions).hasSize(3);
        assertThat(versions.get(0).get("data").get("email").asString()).isEqualTo("nm@example.org");
    }

    @Test
    void validationNamesEachField() {
        Http.Response r = http().post("/api/v1/customers", key, """
                        {"type":"individual","name":"","nationality":"Atlantis","phone":"12",
                         "addresses":[{"line1":"x","country":"Narnia"}]}""");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").toString()).contains("\"name\"");

        Http.Response r2 = http().post("/api/v1/customers", key, """
                        {"type":"organization","name":"Acme Ltd","nationality":"Atlantis",
                         "addresses":[{"line1":"x","country":"Narnia"}],
                         "beneficial_owners":[{"name":"A B","ownership_percent":10}]}""");
        assertThat(r2.status()).isEqualTo(400);
        assertThat(fields(r2.json()))
                .contains("nationality", "addresses[0].country", "beneficial_owners[0].ownership_percent");
    }

    @Test
    void anEmbargoedRegionInTheAddressIsRejected() {
        JsonNode c = http().post("/api/v1/customers", key, """
                        {"type":"individual","name":"Olena Petrenko","nationality":"UA",
                         "addresses":[{"line1":"ul. Lenina 5","city":"Yalta, Krimea","country":"UA"}]}""").json();
        assertThat(c.get("decision").asString()).isEqualTo("reject");
        assertThat(c.get("risk").get("tier").asString()).isEqualTo("prohibited");
        assertThat(codes(c.get("risk").get("reasons"))).contains("embargoed_region");
    }

    @Test
    void anOrganisationWithoutOwnersIsHighRiskAndItsOwnersAreScreened() {
        JsonNode opaque = http().post("/api/v1/customers", key, """
                        {"type":"organization","name":"Blue Harbor Compute Ltd","nationality":"GB",
                         "addresses":[{"line1":"1 Quay","city":"London","country":"GB"}],
                         "payment_means":[{"kind":"digital_currency","wallet":"bc1qexample"}]}""").json();
        assertThat(codes(opaque.get("risk").get("reasons"))).contains("opaque_ownership", "anonymous_payment");
        assertThat(opaque.get("risk").get("tier").asString()).isEqualTo("high");
        assertThat(opaque.get("risk").get("edd").asBoolean()).isTrue();
        assertThat(opaque.get("decision").asString()).isEqualTo("review");

        JsonNode owned = http().post("/api/v1/customers", key, """
                        {"type":"organization","name":"Caribe Servicios Digitales SA","nationality":"PA",
                         "beneficial_owners":[{"name":"Nicolas Maduro Moros","birth_date":"1962-11-23",
                                               "nationality":"VE","ownership_percent":60}]}""").json();
        assertThat(owned.get("alerts")).hasSize(1);
        assertThat(owned.get("alerts").get(0).get("subject").asString()).isEqualTo("beneficial_owner:0");
        assertThat(owned.get("decision").asString()).isEqualTo("review");
    }

    @Test
    void theAuditChainVerifiesAfterOnboarding() {
        JsonNode c = http().post("/api/v1/customers", key, MADURO).json();
        http().post(
                        "/api/v1/alerts/" + c.get("alerts").get(0).get("id").asString() + "/decision",
                        key,
                        "{\"decision\":\"escalated\",\"note\":\"ask for passport\"}");
        http().post("/api/v1/screen", key, "{\"name\":\"Nicolas Maduro\"}");
        JsonNode v = http().get("/api/v1/audit/verify", providerKey()).json();
        assertThat(v.get("intact").asBoolean()).as(v.toString()).isTrue();
        JsonNode log = http().get(
                        "/api/v1/audit?subject_type=customer&subject_id="
                                + c.get("id").asString(),
                        newKey(reseller, "auditor"))
                .json();
        assertThat(log.toString()).contains("customer.created", "risk.assessed");
    }

    private JsonNode jdbcScreening(UUID id) {
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .valueToTree(jdbc.sql("SELECT engine_version, snapshots::text AS snapshots FROM screening_result"
                                + " WHERE id = :id")
                        .param("id", id)
                        .query()
                        .singleRow());
    }

    private static List<String> codes(JsonNode reasons) {
        List<String> out = new ArrayList<>();
        reasons.forEach(r -> out.add(r.get("code").asString()));
        return out;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    private static List<JsonNode> openAlerts(JsonNode customer) {
        List<JsonNode> out = new ArrayList<>();
        customer.get("alerts").forEach(a -> {
            if (a.get("status").asString().equals("open")) {
                out.add(a);
            }
        });
        return out;
    }
}
