package org.tollgate.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import org.tollgate.geo.testdata.GeoTestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The access log, the gateway check and the IP history, against the real IP databases installed by the script. */
class AccessLogTest extends ServiceTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Hours before now, so the events are recent (inside the mismatch window) and never in the future. */
    private static final Instant BASE =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.DAYS);

    @Autowired
    private AccessEventRepository repository;

    @Autowired
    private PlatformTransactionManager txManager;

    private String key;

    @BeforeEach
    void setUp() {
        GeoTestData.dir(); // skips (fails under CI=true) without the installed databases
        key = newKey(newReseller(unique("access")), "integration");
    }

    private static Map<String, Object> event(UUID customer, String ip, Instant at, String kind) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("customer_id", customer.toString());
        e.put("ip", ip);
        e.put("time", at.toString());
        e.put("kind", kind);
        e.put("user_agent", "Mozilla/5.0 (X11; Linux x86_64)\ttest");
        return e;
    }

    /** A clean customer (verified, US card) with the given nationality and address country; returns its id. */
    private UUID customer(String key, String country) {
        return GeoAlertTest.customer(http(), key, country, null);
    }

    private Http.Response post(String key, List<?> events) {
        return http().post("/api/v1/access-events", key, JSON.writeValueAsString(Map.of("events", events)));
    }

    private JsonNode check(String key, String ip) {
        Http.Response r = http().post("/api/v1/access-check", key, "{\"ip\":\"" + ip + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    @Test
    void aRetriedBatchWithAnIdempotencyKeyIsStoredOnce() {
        UUID c = customer(key, "DE");
        List<Map<String, Object>> events = List.of(
                event(c, "193.99.144.85", BASE, "login"),
                event(c, "193.99.144.86", BASE.plusSeconds(60), "api"),
                event(c, "not an address", BASE.plusSeconds(120), "login"));
        String body = JSON.writeValueAsString(Map.of("events", events));
        String idem = unique("gateway-batch");

        Http.Response first = http().post("/api/v1/access-events", key, body, "Idempotency-Key", idem);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("accepted").asInt()).isEqualTo(2);
        assertThat(first.json().get("rejected").get(0).get("index").asInt()).isEqualTo(2);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();

        Http.Response retry = http().post("/api/v1/access-events", key, body, "Idempotency-Key", idem);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.json()).isEqualTo(first.json()); // the same batch id and answer
        assertThat(eventsOf(c)).isEqualTo(2);

        // the key cannot be reused for another batch
        String other = JSON.writeValueAsString(Map.of("events", List.of(event(c, "193.99.144.87", BASE, "login"))));
        Http.Response reused = http().post("/api/v1/access-events", key, other, "Idempotency-Key", idem);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(eventsOf(c)).isEqualTo(2);

        // without a key a resent batch is a new batch (the gateway chose not to deduplicate)
        assertThat(post(key, events).status()).isEqualTo(200);
        assertThat(eventsOf(c)).isEqualTo(4);
    }

    private long eventsOf(UUID customer) {
        return jdbc.sql("SELECT count(*) FROM access_event WHERE customer_id = :c")
                .param("c", customer)
                .query(Long.class)
                .single();
    }

    @Test
    void northKoreaIsBlocked() {
        JsonNode r = check(key, "175.45.176.1");
        assertThat(r.get("action").asString()).isEqualTo("block");
        assertThat(r.get("country").asString()).isEqualTo("KP");
        assertThat(r.get("rule").asString()).isEqualTo("KP");
        assertThat(strings(r.get("reasons"))).containsExactly("embargoed");
        assertThat(strings(r.get("flags"))).containsExactly("embargoed");
        assertThat(r.get("confidence").asString()).isEqualTo("high");
    }

    @Test
    void simferopolIsBlockedAsCrimeaThoughTheDatabasesDisagree() {
        JsonNode r = check(key, "217.147.8.1");
        assertThat(r.get("action").asString()).isEqualTo("block");
        assertThat(r.get("country").asString()).isEqualTo("UA");
        assertThat(r.get("region").asString()).isEqualTo("Crimea");
        assertThat(r.get("rule").asString()).isEqualTo("UA-CRIMEA");
        assertThat(strings(r.get("flags"))).contains("embargoed", "databases_disagree");
        assertThat(strings(r.get("reasons"))).contains("embargoed", "databases_disagree", "low_confidence");
        assertThat(r.get("confidence").asString()).isEqualTo("low");
    }

    @Test
    void googleDnsIsChallengedAsHosting() {
        JsonNode r = check(key, "8.8.8.8");
        assertThat(r.get("action").asString()).isEqualTo("challenge");
        assertThat(r.get("country").asString()).isEqualTo("US");
        assertThat(strings(r.get("reasons"))).containsExactly("hosting");
        assertThat(strings(r.get("flags"))).containsExactly("hosting", "anonymiser");
    }

    @Test
    void ordinaryAddressesAreAllowedAndIranIsBlocked() {
        JsonNode kyiv = check(key, "176.36.0.1");
        assertThat(kyiv.get("action").asString()).isEqualTo("allow");
        assertThat(kyiv.get("country").asString()).isEqualTo("UA");
        assertThat(kyiv.get("region").asString()).isEqualTo("Kyiv City");
        assertThat(strings(kyiv.get("reasons"))).isEmpty();
        JsonNode iran = check(key, "2.144.0.1");
        assertThat(iran.get("action").asString()).isEqualTo("block");
        assertThat(iran.get("country").asString()).isEqualTo("IR");
    }

    @Test
    void privateAddressesAreAllowedWithTheirReason() {
        for (String ip : List.of("10.0.0.1", "192.168.1.20", "::1", "fd00::1", "100.64.0.1")) {
            JsonNode r = check(key, ip);
            assertThat(r.get("action").asString()).as(ip).isEqualTo("allow");
            assertThat(strings(r.get("reasons"))).as(ip).containsExactly("private_address");
            assertThat(strings(r.get("flags"))).as(ip).containsExactly("private");
            assertThat(r.has("country")).as(ip).isFalse();
        }
    }

    @Test
    void aBadAddressToCheckIsAProblemNamingTheField() {
        Http.Response r = http().post("/api/v1/access-check", key, "{\"ip\":\"999.1.1.1\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("ip");
        assertThat(http().post("/api/v1/access-check", null, "{\"ip\":\"8.8.8.8\"}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aBatchStoresTheGoodEventsAndReportsTheBadOnesByIndex() {
        UUID customer = customer(key, "US");
        List<Object> events = new ArrayList<>();
        events.add(event(customer, "176.36.0.1", BASE, "login"));
        Map<String, Object> badIp = event(customer, "176.36.0.300", BASE, "login");
        events.add(badIp);
        events.add(event(customer, "176.36.0.2", BASE.plusSeconds(60), "payment"));
        Map<String, Object> bad = event(customer, "176.36.0.3", BASE, "teleport");
        bad.put("time", "yesterday");
        bad.put("customer_id", "C-42");
        events.add(bad);
        events.add(null);
        // a customer that does not exist, and one of another reseller: the same answer, per event
        events.add(event(UUID.randomUUID(), "176.36.0.4", BASE, "login"));
        String other = newKey(newReseller(unique("other")), "integration");
        events.add(event(customer(other, "US"), "176.36.0.5", BASE, "login"));

        Http.Response r = post(key, events);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("accepted").asInt()).isEqualTo(2);
        assertThat(body.get("geolocation").asString()).isEqualTo("available");
        JsonNode rejected = body.get("rejected");
        assertThat(rejected.size()).isEqualTo(5);
        assertThat(rejected.get(0).get("index").asInt()).isEqualTo(1);
        assertThat(rejected.get(0).get("errors").get(0).get("field").asString()).isEqualTo("events[1].ip");
        assertThat(rejected.get(1).get("index").asInt()).isEqualTo(3);
        List<String> fields = new ArrayList<>();
        rejected.get(1).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("events[3].customer_id", "events[3].time", "events[3].kind");
        assertThat(rejected.get(2).get("errors").get(0).get("field").asString()).isEqualTo("events[4]");
        for (int i = 3; i < 5; i++) {
            JsonNode unknown = rejected.get(i);
            assertThat(unknown.get("index").asInt()).isEqualTo(i + 2);
            assertThat(unknown.get("errors").size()).isEqualTo(1);
            assertThat(unknown.get("errors").get(0).get("field").asString())
                    .isEqualTo("events[" + (i + 2) + "].customer_id");
            assertThat(unknown.get("errors").get(0).get("message").asString()).isEqualTo("no such customer");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM access_event WHERE batch_id = :b")
                        .param("b", UUID.fromString(body.get("batch_id").asString()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        List<Map<String, Object>> stored = jdbc.sql("SELECT host(ip) AS ip, kind, country, region, city, flags::text"
                        + " AS flags, confidence, user_agent, batch_id::text AS batch FROM access_event"
                        + " WHERE customer_id = :c ORDER BY at")
                .param("c", customer)
                .query()
                .listOfRows();
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0))
                .containsEntry("ip", "176.36.0.1")
                .containsEntry("kind", "login")
                .containsEntry("country", "UA")
                .containsEntry("region", "Kyiv City")
                .containsEntry("city", "Kyiv")
                .containsEntry("flags", "{}")
                .containsEntry("confidence", "high")
                .containsEntry("user_agent", "Mozilla/5.0 (X11; Linux x86_64)\ttest")
                .containsEntry("batch", body.get("batch_id").asString());
        assertThat(stored.get(1)).containsEntry("kind", "payment");

        // the batch is audited once, with its counts
        Http.Response audit = http().get(
                        "/api/v1/audit?subject_type=access_batch&subject_id="
                                + body.get("batch_id").asString(),
                        providerKey());
        assertThat(audit.json().size()).isEqualTo(1);
        assertThat(audit.json().get(0).get("action").asString()).isEqualTo("access_events.ingested");
    }

    @Test
    void ipv6AndMappedAddressesAreStoredAsTheirAddresses() {
        UUID customer = customer(key, "US");
        Http.Response r = post(
                key,
                List.of(
                        event(customer, "2001:4860:4860::8888", BASE, "api"),
                        event(customer, "::ffff:176.36.0.1", BASE.plusSeconds(1), "api")));
        assertThat(r.json().get("accepted").asInt()).as(r.toString()).isEqualTo(2);
        List<Map<String, Object>> stored = jdbc.sql("SELECT host(ip) AS ip, family(ip) AS family, country,"
                        + " flags::text AS flags, at FROM access_event WHERE customer_id = :c ORDER BY at")
                .param("c", customer)
                .query()
                .listOfRows();
        assertThat(stored.get(0))
                .containsEntry("ip", "2001:4860:4860::8888")
                .containsEntry("family", 6)
                .containsEntry("country", "US");
        assertThat((String) stored.get(0).get("flags")).contains("hosting");
        // an IPv4-mapped address is screened and stored as the IPv4 address
        assertThat(stored.get(1)).containsEntry("ip", "176.36.0.1").containsEntry("country", "UA");
        assertThat(((java.sql.Timestamp) stored.get(1).get("at")).toInstant()).isEqualTo(BASE.plusSeconds(1));
    }

    @Test
    void aBatchThatIsTooLargeOrMalformedIsRefusedWhole() {
        UUID customer = customer(key, "US");
        List<Object> events = new ArrayList<>();
        for (int i = 0; i <= AccessLogService.MAX_BATCH; i++) {
            events.add(event(customer, "176.36.0.1", BASE, "api"));
        }
        Http.Response r = post(key, events);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("events");
        assertThat(http().post("/api/v1/access-events", key, "{}").status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM access_event WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void embargoedAndAnonymisedEventsRaiseSignalsAndShowInTheHistory() {
        UUID customer = customer(key, "UA"); // Crimea is UA to the city database: no country mismatch
        Http.Response r = post(
                key,
                List.of(
                        event(customer, "176.36.0.1", BASE, "login"),
                        event(customer, "217.147.8.1", BASE.plus(3, ChronoUnit.HOURS), "login"),
                        event(customer, "217.147.8.2", BASE.plus(4, ChronoUnit.HOURS), "payment"),
                        event(customer, "8.8.8.8", BASE.plus(5, ChronoUnit.HOURS), "api")));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        r.json().get("signals").forEach(s -> kinds.add(s.get("kind").asString()));
        assertThat(kinds).containsExactlyInAnyOrder("embargoed_location", "anonymiser");
        JsonNode embargo = r.json().get("signals").get(0);
        assertThat(embargo.get("kind").asString()).isEqualTo("embargoed_location");
        assertThat(embargo.get("ip").asString()).isEqualTo("217.147.8.1");
        assertThat(embargo.get("details").get("rule").asString()).isEqualTo("UA-CRIMEA");
        assertThat(embargo.get("details").get("region").asString()).isEqualTo("Crimea");
        assertThat(embargo.get("details").get("events").asInt()).isEqualTo(2);

        JsonNode h =
                http().get("/api/v1/customers/" + customer + "/ip-history", key).json();
        assertThat(h.get("events").asInt()).isEqualTo(4);
        assertThat(h.get("first_seen").asString()).isEqualTo(BASE.toString());
        JsonNode countries = h.get("countries");
        assertThat(countries.size()).isEqualTo(3);
        JsonNode crimea = null;
        for (JsonNode c : countries) {
            if (c.get("region").asString().equals("Crimea")) {
                crimea = c;
            }
        }
        assertThat(crimea).isNotNull();
        assertThat(crimea.get("country").asString()).isEqualTo("UA");
        assertThat(crimea.get("events").asInt()).isEqualTo(2);
        assertThat(crimea.get("addresses").asInt()).isEqualTo(2);
        assertThat(crimea.get("first_seen").asString())
                .isEqualTo(BASE.plus(3, ChronoUnit.HOURS).toString());
        assertThat(crimea.get("last_seen").asString())
                .isEqualTo(BASE.plus(4, ChronoUnit.HOURS).toString());
        assertThat(strings(crimea.get("flags"))).contains("embargoed", "databases_disagree");
        assertThat(h.get("signal_counts").get("embargoed_location").asInt()).isEqualTo(1);
        assertThat(h.get("signal_counts").get("anonymiser").asInt()).isEqualTo(1);
        assertThat(h.get("signals").size()).isEqualTo(2);
    }

    @Test
    void aCustomerWithoutEventsHasAnEmptyHistory() {
        UUID customer = customer(key, "US");
        JsonNode h =
                http().get("/api/v1/customers/" + customer + "/ip-history", key).json();
        assertThat(h.get("events").asInt()).isZero();
        assertThat(h.get("countries").size()).isZero();
        assertThat(strings(h.get("declared_countries"))).containsExactly("US");
    }

    @Test
    void anotherResellerCannotSeeTheHistory() {
        UUID customer = customer(key, "US");
        assertThat(post(key, List.of(event(customer, "176.36.0.1", BASE, "login")))
                        .status())
                .isEqualTo(200);
        String other = newKey(newReseller(unique("other")), "admin");
        Http.Response r = http().get("/api/v1/customers/" + customer + "/ip-history", other);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("type").asString()).isEqualTo("urn:tollgate:problem:not-found");
        assertThat(http().get("/api/v1/customers/" + customer + "/ip-history", key)
                        .status())
                .isEqualTo(200);
        // the provider sees its resellers' customers
        assertThat(http().get("/api/v1/customers/" + customer + "/ip-history", providerKey())
                        .status())
                .isEqualTo(200);
        // and an unknown customer is 404 for everyone
        assertThat(http().get("/api/v1/customers/" + UUID.randomUUID() + "/ip-history", providerKey())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void kyivThenSyracuseWithinTwoHoursIsImpossibleTravel() {
        UUID customer = customer(key, "US");
        // the first event in one batch, the second in the next: travel is measured across batches
        assertThat(post(key, List.of(event(customer, "176.36.0.1", BASE, "login")))
                        .json()
                        .get("signals")
                        .size())
                .isZero();
        JsonNode r = post(key, List.of(event(customer, "24.24.24.24", BASE.plus(2, ChronoUnit.HOURS), "login")))
                .json();
        assertThat(r.get("signals").size()).isEqualTo(1);
        JsonNode s = r.get("signals").get(0);
        assertThat(s.get("kind").asString()).isEqualTo("impossible_travel");
        assertThat(s.get("country").asString()).isEqualTo("US");
        assertThat(s.get("details").get("from_country").asString()).isEqualTo("UA");
        assertThat(s.get("details").get("from_ip").asString()).isEqualTo("176.36.0.1");
        // Kyiv to Syracuse NY is about 7,500 km: 3,750 km/h over two hours
        assertThat(s.get("details").get("distance_km").asLong()).isBetween(7000L, 8000L);
        assertThat(s.get("details").get("speed_kmh").asLong()).isBetween(3500L, 4000L);
        assertThat(s.get("details").get("hours").asDouble()).isEqualTo(2.0);

        // twelve hours later from Bracknell (about 5,400 km from Syracuse): 450 km/h, possible
        JsonNode later = post(key, List.of(event(customer, "81.2.69.142", BASE.plus(14, ChronoUnit.HOURS), "login")))
                .json();
        assertThat(later.get("signals").size()).isZero();
    }

    @Test
    void repeatedEventsFromAnotherCountryThanTheDeclaredOneRaiseOneMismatch() {
        UUID customer = customer(key, "DE"); // the declared countries come from the customer record
        JsonNode two = post(
                        key,
                        List.of(
                                event(customer, "176.36.0.1", BASE, "login"),
                                event(customer, "176.36.0.2", BASE.plusSeconds(600), "api")))
                .json();
        assertThat(two.get("signals").size()).isZero(); // two events: below the minimum of three
        JsonNode three = post(key, List.of(event(customer, "176.36.0.3", BASE.plusSeconds(1200), "api")))
                .json();
        assertThat(three.get("signals").size()).isEqualTo(1);
        JsonNode s = three.get("signals").get(0);
        assertThat(s.get("kind").asString()).isEqualTo("country_mismatch");
        assertThat(s.get("country").asString()).isEqualTo("UA");
        assertThat(strings(s.get("details").get("declared_countries"))).containsExactly("DE");
        assertThat(s.get("details").get("events").asInt()).isEqualTo(3);
        // a fourth event in the same window raises no second signal
        assertThat(post(key, List.of(event(customer, "176.36.0.4", BASE.plusSeconds(1800), "api")))
                        .json()
                        .get("signals")
                        .size())
                .isZero();
        assertThat(strings(http().get("/api/v1/customers/" + customer + "/ip-history", key)
                        .json()
                        .get("declared_countries")))
                .containsExactly("DE");
        // the gateway check knows the declared country too (in memory)
        Http.Response c = http().post(
                        "/api/v1/access-check", key, "{\"ip\":\"176.36.0.1\",\"customer_id\":\"" + customer + "\"}");
        assertThat(strings(c.json().get("reasons"))).containsExactly("country_mismatch");
        assertThat(c.json().get("action").asString()).isEqualTo("allow");
    }

    @Test
    void theLogIsAppendOnly() {
        UUID customer = customer(key, "US");
        post(key, List.of(event(customer, "176.36.0.1", BASE, "login")));
        assertThatThrownBy(() -> jdbc.sql("UPDATE access_event SET country = 'XX' WHERE customer_id = :c")
                        .param("c", customer)
                        .update())
                .hasMessageContaining("access_event is append-only (UPDATE refused)");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM access_event WHERE customer_id = :c")
                        .param("c", customer)
                        .update())
                .hasMessageContaining("access_event is append-only (DELETE refused)");
        assertThat(jdbc.sql("SELECT country FROM access_event WHERE customer_id = :c")
                        .param("c", customer)
                        .query(String.class)
                        .single())
                .isEqualTo("UA");
    }

    @Test
    void eventsGoToMonthlyPartitionsAndTheRetentionPurgeDropsOldOnes() {
        UUID customer = customer(key, "UA");
        JsonNode r = post(
                        key,
                        List.of(
                                event(customer, "176.36.0.1", Instant.parse("1995-02-15T12:00:00Z"), "login"),
                                event(customer, "176.36.0.1", Instant.parse("1995-03-01T00:00:00Z"), "login"),
                                event(customer, "176.36.0.1", Instant.parse("1995-03-31T23:59:59Z"), "login"),
                                event(customer, "176.36.0.1", Instant.parse("1995-04-02T08:00:00Z"), "login"),
                                event(customer, "176.36.0.1", Instant.parse("1995-04-20T08:00:00Z"), "login")))
                .json();
        assertThat(r.get("accepted").asInt()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT tableoid::regclass::text FROM access_event WHERE customer_id = :c ORDER BY at")
                        .param("c", customer)
                        .query(String.class)
                        .list())
                .containsExactly(
                        "access_event_y1995m02",
                        "access_event_y1995m03",
                        "access_event_y1995m03",
                        "access_event_y1995m04",
                        "access_event_y1995m04");
        long removed = new TransactionTemplate(txManager)
                .execute(s -> repository.purgeBefore(Instant.parse("1995-04-10T00:00:00Z")));
        assertThat(removed).isEqualTo(4);
        // the months wholly before the cutoff are dropped; the cutoff's month keeps its later rows
        assertThat(jdbc.sql(
                                "SELECT relname FROM pg_class WHERE relname LIKE 'access_event_y1995m0%' AND relkind = 'r' ORDER BY 1")
                        .query(String.class)
                        .list())
                .containsExactly("access_event_y1995m04");
        assertThat(jdbc
                        .sql("SELECT at FROM access_event WHERE customer_id = :c")
                        .param("c", customer)
                        .query(java.sql.Timestamp.class)
                        .list()
                        .stream()
                        .map(java.sql.Timestamp::toInstant)
                        .toList())
                .containsExactly(Instant.parse("1995-04-20T08:00:00Z"));
        // outside the purge, the log is append-only still
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM access_event WHERE customer_id = :c")
                        .param("c", customer)
                        .update())
                .hasMessageContaining("append-only");
        // a month dropped can be written again (the partition is made anew)
        assertThat(post(key, List.of(event(customer, "176.36.0.1", Instant.parse("1995-02-16T12:00:00Z"), "login")))
                        .json()
                        .get("accepted")
                        .asInt())
                .isEqualTo(1);
    }
}
