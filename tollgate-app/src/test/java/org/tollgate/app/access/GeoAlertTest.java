package org.tollgate.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import org.tollgate.geo.testdata.GeoTestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access-log signals become geo alerts (decided like screening alerts) and risk, and the sign-up IP is geolocated;
 * against the real IP databases installed by the project's script.
 */
class GeoAlertTest extends ServiceTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant BASE =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.DAYS);

    private UUID reseller;
    private String key;

    @BeforeEach
    void setUp() {
        GeoTestData.dir(); // skips (fails under CI=true) without the installed databases
        reseller = newReseller(unique("geo"));
        key = newKey(reseller, "integration");
    }

    /**
     * Creates a clean customer (verified, a card of its country, nationality and address in {@code country}) and
     * returns its id; {@code extra} fields are added to the body.
     */
    static UUID customer(Http http, String key, String country, @Nullable Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "individual");
        body.put("name", "Jane Whitfield Okafor");
        body.put("birth_date", "1988-04-02");
        body.put("nationality", country);
        body.put("addresses", List.of(Map.of("line1", "12 Elm Street", "city", "Springfield", "country", country)));
        body.put("payment_means", List.of(Map.of("kind", "card", "country", country)));
        body.put("verification", Map.of("status", "verified", "method", "documentary"));
        if (extra != null) {
            body.putAll(extra);
        }
        Http.Response r = http.post("/api/v1/customers", key, JSON.writeValueAsString(body));
        if (r.status() != 201) {
            throw new AssertionError("customer not created: " + r);
        }
        return UUID.fromString(r.json().get("id").asString());
    }

    private static Map<String, Object> event(UUID customer, String ip, Instant at) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("customer_id", customer.toString());
        e.put("ip", ip);
        e.put("time", at.toString());
        e.put("kind", "login");
        return e;
    }

    private JsonNode post(List<?> events) {
        Http.Response r = http().post("/api/v1/access-events", key, JSON.writeValueAsString(Map.of("events", events)));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private JsonNode risk(String key, UUID customer) {
        return http().get("/api/v1/customers/" + customer + "/risk", key).json();
    }

    private static List<String> codes(JsonNode risk) {
        List<String> out = new ArrayList<>();
        risk.get("reasons").forEach(r -> out.add(r.get("code").asString()));
        return out;
    }

    private List<JsonNode> geoAlerts(String key, UUID customer) {
        List<JsonNode> out = new ArrayList<>();
        http().get("/api/v1/alerts?customer=" + customer, key).json().forEach(a -> {
            if (a.get("kind").asString().equals("geo")) {
                out.add(a);
            }
        });
        return out;
    }

    @Test
    void anAccessFromNorthKoreaOpensAGeoAlertAndProhibitsTheCustomer() {
        UUID customer = customer(http(), key, "US", null);
        assertThat(risk(key, customer).get("decision").asString()).isEqualTo("approve");

        JsonNode r = post(List.of(event(customer, "175.45.176.1", BASE)));
        assertThat(r.get("alerts_opened").size()).isEqualTo(1);

        List<JsonNode> alerts = geoAlerts(key, customer);
        assertThat(alerts).hasSize(1);
        JsonNode a = alerts.get(0);
        assertThat(a.get("status").asString()).isEqualTo("open");
        assertThat(a.has("entity_id")).isFalse();
        assertThat(a.has("screening_id")).isFalse();
        JsonNode ev = a.get("evidence");
        assertThat(ev.get("signal").asString()).isEqualTo("embargoed_location");
        assertThat(ev.get("ip").asString()).isEqualTo("175.45.176.1");
        assertThat(ev.get("country").asString()).isEqualTo("KP");
        assertThat(ev.get("rule").asString()).isEqualTo("KP");
        assertThat(ev.get("at").asString()).isEqualTo(BASE.toString());

        JsonNode risk = risk(key, customer);
        assertThat(risk.get("tier").asString()).isEqualTo("prohibited");
        assertThat(risk.get("decision").asString()).isEqualTo("reject");
        assertThat(codes(risk)).contains("embargoed_ip_location");

        // the customer view carries the decision and the IP history summary
        JsonNode view = http().get("/api/v1/customers/" + customer, key).json();
        assertThat(view.get("decision").asString()).isEqualTo("reject");
        JsonNode summary = view.get("ip_history");
        assertThat(summary.get("events").asInt()).isEqualTo(1);
        assertThat(summary.get("countries").get(0).get("country").asString()).isEqualTo("KP");
        assertThat(summary.get("countries").get(0).get("first_seen").asString()).isEqualTo(BASE.toString());
        assertThat(summary.get("signal_counts").get("embargoed_location").asInt())
                .isEqualTo(1);

        // a later access from the same jurisdiction joins the open alert instead of opening another
        JsonNode again = post(List.of(event(customer, "175.45.176.9", BASE.plus(1, ChronoUnit.HOURS))));
        assertThat(again.get("alerts_opened").size()).isZero();
        List<JsonNode> still = geoAlerts(key, customer);
        assertThat(still).hasSize(1);
        assertThat(still.get(0).get("evidence").get("signals").asInt()).isEqualTo(2);
        assertThat(still.get(0).get("evidence").get("last_ip").asString()).isEqualTo("175.45.176.9");
    }

    @Test
    void theAlertListFiltersByKind() {
        requireLists();
        // a listed name (a screening alert) who also logs in from North Korea (a geo alert)
        UUID customer = customer(http(), key, "VE", Map.of("name", "Nicolas Maduro Moros", "birth_date", "1962-11-23"));
        post(List.of(event(customer, "175.45.176.1", BASE)));
        String base = "/api/v1/alerts?customer=" + customer;
        assertThat(kinds(http().get(base, key).json())).containsExactlyInAnyOrder("geo", "screening");
        assertThat(kinds(http().get(base + "&kind=geo", key).json())).containsExactly("geo");
        assertThat(kinds(http().get(base + "&kind=screening", key).json())).containsExactly("screening");
        Http.Response bad = http().get(base + "&kind=ip", key);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    private static List<String> kinds(JsonNode alerts) {
        List<String> out = new ArrayList<>();
        alerts.forEach(a -> out.add(a.get("kind").asString()));
        return out;
    }

    @Test
    void aGeoAlertIsDecidedThroughTheSameFlow() {
        UUID customer = customer(http(), key, "US", null);
        post(List.of(event(customer, "2.144.0.1", BASE)));
        String alert = geoAlerts(key, customer).get(0).get("id").asString();
        assertThat(geoAlerts(key, customer)
                        .get(0)
                        .get("evidence")
                        .get("country")
                        .asString())
                .isEqualTo("IR");
        String first = newKey(reseller, "analyst");
        String second = newKey(reseller, "analyst");

        // a false positive needs a reason
        Http.Response noReason =
                http().post("/api/v1/alerts/" + alert + "/decision", first, "{\"decision\":\"false_positive\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        // four eyes: the proposer cannot confirm its own true match
        assertThat(http().post("/api/v1/alerts/" + alert + "/decision", first, "{\"decision\":\"true_match\"}")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("pending_confirmation");
        assertThat(http().post("/api/v1/alerts/" + alert + "/decision", first, "{\"decision\":\"true_match\"}")
                        .status())
                .isEqualTo(403);
        JsonNode confirmed = http().post(
                        "/api/v1/alerts/" + alert + "/decision", second, "{\"decision\":\"true_match\"}")
                .json();
        assertThat(confirmed.get("status").asString()).isEqualTo("true_match");
        assertThat(confirmed.get("kind").asString()).isEqualTo("geo");
        assertThat(confirmed.get("evidence").get("rule").asString()).isEqualTo("IR");
        assertThat(risk(key, customer).get("decision").asString()).isEqualTo("reject");

        JsonNode detail = http().get("/api/v1/alerts/" + alert, key).json();
        List<String> actions = new ArrayList<>();
        detail.get("history").forEach(h -> actions.add(h.get("action").asString()));
        assertThat(actions).containsExactly("opened", "true_match_proposed", "true_match_confirmed");
    }

    @Test
    void anAnalystWhoClearsAnEmbargoedLocationLiftsTheProhibition() {
        UUID customer = customer(http(), key, "US", null);
        post(List.of(event(customer, "175.45.176.1", BASE)));
        assertThat(risk(key, customer).get("tier").asString()).isEqualTo("prohibited");
        String alert = geoAlerts(key, customer).get(0).get("id").asString();
        Http.Response r = http().post(
                        "/api/v1/alerts/" + alert + "/decision",
                        newKey(reseller, "analyst"),
                        "{\"decision\":\"false_positive\",\"reason\":\"corporate VPN exit misattributed\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode risk = risk(key, customer);
        assertThat(risk.get("tier").asString()).isNotEqualTo("prohibited");
        assertThat(codes(risk)).doesNotContain("embargoed_ip_location");
        // a new access from there opens a new alert: the cleared one does not cover it
        assertThat(post(List.of(event(customer, "175.45.176.2", BASE.plus(1, ChronoUnit.HOURS))))
                        .get("alerts_opened")
                        .size())
                .isEqualTo(1);
        assertThat(risk(key, customer).get("tier").asString()).isEqualTo("prohibited");
    }

    @Test
    void repeatedMismatchOverTheWindowOpensOneAlertNotOnePerEvent() {
        UUID customer = customer(http(), key, "DE", null);
        Instant old = BASE.minus(20, ChronoUnit.DAYS);
        // three events from Ukraine in one window: one signal, one alert
        JsonNode r = post(List.of(
                event(customer, "176.36.0.1", old),
                event(customer, "176.36.0.2", old.plusSeconds(600)),
                event(customer, "176.36.0.3", old.plusSeconds(1200)),
                event(customer, "176.36.0.4", old.plusSeconds(1800))));
        assertThat(r.get("signals").size()).isEqualTo(1);
        assertThat(r.get("alerts_opened").size()).isEqualTo(1);
        JsonNode risk = risk(key, customer);
        assertThat(risk.get("decision").asString()).isEqualTo("review");
        assertThat(codes(risk)).contains("country_mismatch", "geo_alert");
        // more events later in the same window: no new signal, no new alert
        assertThat(post(List.of(event(customer, "176.36.0.5", old.plusSeconds(2400))))
                        .get("signals")
                        .size())
                .isZero();
        // three weeks later, a new window: a second signal, which joins the open alert
        JsonNode later = post(List.of(
                event(customer, "176.36.0.6", BASE),
                event(customer, "176.36.0.7", BASE.plusSeconds(600)),
                event(customer, "176.36.0.8", BASE.plusSeconds(1200))));
        assertThat(later.get("signals").size()).isEqualTo(1);
        assertThat(later.get("alerts_opened").size()).isZero();
        List<JsonNode> alerts = geoAlerts(key, customer);
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("evidence").get("signal").asString()).isEqualTo("country_mismatch");
        assertThat(alerts.get(0).get("evidence").get("country").asString()).isEqualTo("UA");
        assertThat(alerts.get(0).get("evidence").get("signals").asInt()).isEqualTo(2);
    }

    @Test
    void anonymiserUseAndImpossibleTravelShowInTheRiskReasons() {
        UUID customer = customer(http(), key, "US", null);
        post(List.of(event(customer, "8.8.8.8", BASE)));
        JsonNode risk = risk(key, customer);
        assertThat(codes(risk)).contains("anonymiser_access");
        JsonNode reason = null;
        for (JsonNode x : risk.get("reasons")) {
            if (x.get("code").asString().equals("anonymiser_access")) {
                reason = x;
            }
        }
        assertThat(reason.get("points").asInt()).isPositive();
        assertThat(risk.get("score").asInt())
                .isGreaterThanOrEqualTo(reason.get("points").asInt());
        assertThat(geoAlerts(key, customer)).isEmpty(); // a risk signal, not an alert

        // Kyiv, then Syracuse two hours later
        post(List.of(
                event(customer, "176.36.0.1", BASE.plus(1, ChronoUnit.HOURS)),
                event(customer, "24.24.24.24", BASE.plus(3, ChronoUnit.HOURS))));
        assertThat(codes(risk(key, customer))).contains("anonymiser_access", "impossible_travel");
    }

    @Test
    void anotherResellerCannotSeeOrDecideAGeoAlert() {
        UUID customer = customer(http(), key, "US", null);
        post(List.of(event(customer, "175.45.176.1", BASE)));
        String alert = geoAlerts(key, customer).get(0).get("id").asString();
        UUID otherReseller = newReseller(unique("other"));
        String other = newKey(otherReseller, "admin");
        assertThat(http().get("/api/v1/alerts/" + alert, other).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/alerts?customer=" + customer, other)
                        .json()
                        .size())
                .isZero();
        assertThat(http().post(
                                "/api/v1/alerts/" + alert + "/decision",
                                other,
                                "{\"decision\":\"false_positive\",\"reason\":\"not mine\"}")
                        .status())
                .isEqualTo(404);
        assertThat(http().get("/api/v1/alerts/" + alert, key)
                        .json()
                        .get("alert")
                        .get("status")
                        .asString())
                .isEqualTo("open");
        // the provider sees its reseller's geo alert
        assertThat(http().get("/api/v1/alerts/" + alert, providerKey()).status())
                .isEqualTo(200);
        // another reseller cannot log events for this customer either
        String otherIntegration = newKey(otherReseller, "integration");
        Http.Response r = http().post(
                        "/api/v1/access-events",
                        otherIntegration,
                        JSON.writeValueAsString(Map.of("events", List.of(event(customer, "175.45.176.3", BASE)))));
        assertThat(r.json().get("accepted").asInt()).isZero();
        assertThat(r.json()
                        .get("rejected")
                        .get(0)
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("events[0].customer_id");
    }

    @Test
    void theSignupIpIsGeolocatedByTheService() {
        // Crimea: a region the country list cannot see (the city database says UA)
        UUID crimea = customer(http(), key, "US", Map.of("signup_ip", "217.147.8.1"));
        JsonNode view = http().get("/api/v1/customers/" + crimea, key).json();
        assertThat(view.get("customer").get("signup_ip_country").asString()).isEqualTo("UA");
        JsonNode located = view.get("derived").get("signup_ip");
        assertThat(located.get("region").asString()).isEqualTo("Crimea");
        assertThat(located.get("rule").asString()).isEqualTo("UA-CRIMEA");
        assertThat(view.get("risk").get("tier").asString()).isEqualTo("prohibited");
        assertThat(codes(view.get("risk"))).contains("embargoed_signup_ip");

        // the caller's country is replaced by the located one, and noted
        UUID korea = customer(http(), key, "US", Map.of("signup_ip", "175.45.176.1", "signup_ip_country", "US"));
        JsonNode k = http().get("/api/v1/customers/" + korea, key).json();
        assertThat(k.get("customer").get("signup_ip_country").asString()).isEqualTo("KP");
        assertThat(k.get("derived").get("signup_ip").get("supplied_country").asString())
                .isEqualTo("US");
        assertThat(k.get("decision").asString()).isEqualTo("reject");

        // an address that is not one is a problem naming the field
        Http.Response bad = http().post(
                        "/api/v1/customers",
                        key,
                        "{\"type\":\"individual\",\"name\":\"Jane Whitfield Okafor\",\"signup_ip\":\"1.2.3.999\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("signup_ip");
    }
}
