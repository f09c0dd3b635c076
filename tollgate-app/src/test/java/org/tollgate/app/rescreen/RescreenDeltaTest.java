package org.tollgate.app.rescreen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tollgate.app.bootstrap.Bootstrap;
import org.tollgate.app.lists.ListRefresh;
import org.tollgate.app.lists.ListUpdateRecord;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import org.tollgate.app.support.TestDatabase;
import org.tollgate.lists.testdata.TestData;
import tools.jackson.databind.JsonNode;

/**
 * Delta re-screening on the real SDN history: the service's only list is one {@code sdn.csv} file, which the test
 * replaces by the next published version and then refreshes, as an operator's update would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1"})
class RescreenDeltaTest {
    private static final Path DIR = tempDir();
    private static final Path LIST = DIR.resolve("sdn.csv");
    /** A second source, absent until a test adds it (its import fails until then). */
    private static final Path UN = DIR.resolve("un.xml");

    @DynamicPropertySource
    static void lists(DynamicPropertyRegistry registry) {
        registry.add("tollgate.db.url", TestDatabase::url);
        registry.add("tollgate.db.user", () -> "postgres");
        Path data = TestData.locate();
        if (data != null) {
            use("2021-12-22");
        }
        registry.add("tollgate.lists.store", () -> DIR.resolve("store").toString());
        registry.add("tollgate.lists.local", () -> data == null ? "" : "ofac-csv=" + LIST + ",un-xml=" + UN);
        // the test drives the worker itself
        registry.add("tollgate.rescreen.poll", () -> "PT1H");
    }

    @Autowired
    ListRefresh refresh;

    @Autowired
    RescreenWorker worker;

    @Autowired
    Bootstrap bootstrap;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    private String providerKey() {
        return ServiceTest.provider(bootstrap).apiKey().key();
    }

    private UUID newReseller(String name) {
        Http.Response r = http().post("/api/v1/tenants", providerKey(), "{\"name\":\"" + name + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return UUID.fromString(r.json().get("id").asString());
    }

    private String newKey(UUID tenant, String role) {
        Http.Response r = http().post(
                        "/api/v1/tenants/" + tenant + "/api-keys",
                        providerKey(),
                        "{\"name\":\"test key\",\"role\":\"" + role + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("key").asString();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void requireLists() {
        TestData.dir();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("tollgate-rescreen-lists");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void use(String date) {
        try {
            Files.copy(
                    TestData.file("ofac_sdn_history/sdn_" + date + ".csv"), LIST, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Installs a list version and works the runs it caused; returns the delta run, if the update made one. */
    private JsonNode update(String date) {
        use(date);
        List<ListUpdateRecord> records = refresh.refresh();
        assertThat(records).anySatisfy(r -> assertThat(r.outcome()).isIn("accepted", "unchanged"));
        worker.drain();
        JsonNode runs =
                http().get("/api/v1/rescreen/runs?limit=1", providerKey()).json();
        return runs.get(0);
    }

    private String customer(String key, String name) {
        Http.Response r = http().post(
                        "/api/v1/customers",
                        key,
                        "{\"type\":\"individual\",\"name\":\"" + name + "\",\"addresses\":[{\"line1\":\"1 Main St\","
                                + "\"city\":\"Austin\",\"country\":\"US\"}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    @Test
    @Order(1)
    void aDelistingClosesTheAlertWithItsReasonAndKeepsIt() {
        requireLists();
        UUID reseller = newReseller(unique("delisting"));
        String key = newKey(reseller, "admin");
        String listed = customer(key, "Samuel Gustavo Galvis Marin");
        String clean = customer(key, "Maria Lopez Fernandez");
        JsonNode before = http().get("/api/v1/alerts?customer=" + listed, key).json();
        assertThat(before).anySatisfy(a -> {
            assertThat(a.get("entity_id").asString()).isEqualTo("us_ofac_sdn:11827");
            assertThat(a.get("status").asString()).isEqualTo("open");
        });

        JsonNode run = update("2021-12-30");

        assertThat(run.get("kind").asString()).isEqualTo("delta");
        assertThat(run.get("trigger").asString()).isEqualTo("list_update");
        assertThat(run.get("status").asString()).isEqualTo("completed");
        assertThat(run.get("removed").asInt()).isEqualTo(150);
        assertThat(run.get("closed_alerts").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(run.get("before_hash").asString())
                .isNotEqualTo(run.get("after_hash").asString());
        JsonNode after = http().get("/api/v1/alerts?customer=" + listed, key).json();
        JsonNode alert = after.get(0);
        assertThat(alert.get("status").asString()).isEqualTo("closed");
        assertThat(alert.get("reason").asString()).startsWith("delisted on ");
        JsonNode detail =
                http().get("/api/v1/alerts/" + alert.get("id").asString(), key).json();
        assertThat(detail.get("history").toString()).contains("closed_delisted");
        // the reseller sees its own share of the run
        JsonNode own = http().get("/api/v1/rescreen/runs/" + run.get("id").asLong(), key)
                .json();
        assertThat(own.get("scope").asString()).isEqualTo("tenant");
        assertThat(own.get("closed_alerts").asInt()).isEqualTo(1);
        assertThat(own.has("errors")).isFalse();
        assertThat(http().get("/api/v1/alerts?customer=" + clean, key).json()).isEmpty();
        // the run is in the audit chain
        JsonNode audit = http().get(
                        "/api/v1/audit?subject_type=rescreen_run&subject_id="
                                + run.get("id").asLong(),
                        providerKey())
                .json();
        assertThat(audit.toString()).contains("rescreen.completed").contains("rescreen.requested");
    }

    @Test
    @Order(2)
    void aCustomerNamedInTheFebruary2024DesignationsGetsAnAlertAndNoOneElse() {
        requireLists();
        update("2024-02-20");
        UUID reseller = newReseller(unique("designations"));
        String key = newKey(reseller, "admin");
        String planted = customer(key, "Timur Nailevich Shagivaleev");
        customer(key, "Jane Margaret Doe");
        customer(key, "Oleg Ivanovich Smirnov");
        String putin = customer(key, "Vladimir Vladimirovich Putin");
        int putinAlerts =
                http().get("/api/v1/alerts?customer=" + putin, key).json().size();
        OffsetDateTime t0 = OffsetDateTime.now(ZoneOffset.UTC);

        JsonNode run = update("2024-02-23");

        assertThat(run.get("status").asString()).isEqualTo("completed");
        assertThat(run.get("added").asInt()).isEqualTo(553);
        // every alert the run opened, in any tenant, is the planted customer's
        List<String> opened = jdbc.sql(
                        "SELECT a.customer_id::text FROM alert_action x JOIN alert a ON a.id = x.alert_id"
                                + " WHERE x.action = 'opened' AND x.actor = 'system:rescreen' AND x.at >= :t0")
                .param("t0", t0)
                .query(String.class)
                .list();
        assertThat(opened).isNotEmpty().containsOnly(planted);
        assertThat(run.get("new_alerts").asInt()).isEqualTo(opened.size());
        JsonNode alerts = http().get("/api/v1/alerts?customer=" + planted, key).json();
        assertThat(alerts).anySatisfy(a -> {
            assertThat(a.get("entity_id").asString()).isEqualTo("us_ofac_sdn:45710");
            assertThat(a.get("status").asString()).isEqualTo("open");
        });
        // the alert's evidence is an ordinary screening against the new lists, with its explanation
        JsonNode detail = http().get("/api/v1/alerts/" + alerts.get(0).get("id").asString(), key)
                .json();
        assertThat(detail.get("hit").get("explanation").get("alignments")).isNotEmpty();
        assertThat(http().get("/api/v1/alerts?customer=" + putin, key).json().size())
                .isEqualTo(putinAlerts);
        // the reseller's share: its one customer found, screened again
        JsonNode own = http().get("/api/v1/rescreen/runs/" + run.get("id").asLong(), key)
                .json();
        assertThat(own.get("new_alerts").asInt()).isEqualTo(opened.size());
        assertThat(own.get("screened").asInt()).isGreaterThanOrEqualTo(1);
    }

    /** Decides the customer's alert for the entity a false positive and clears the pair on the allow-list. */
    private String clear(String key, String confirmer, String customer, String entity) {
        JsonNode alerts = http().get("/api/v1/alerts?customer=" + customer, key).json();
        String alert = null;
        for (JsonNode a : alerts) {
            if (a.get("entity_id").asString().equals(entity)) {
                alert = a.get("id").asString();
            }
        }
        assertThat(alert)
                .as("an alert of " + customer + " for " + entity + " in " + alerts)
                .isNotNull();
        Http.Response d = http().post(
                        "/api/v1/alerts/" + alert + "/decision",
                        key,
                        "{\"decision\":\"false_positive\",\"reason\":\"different person, documents checked\"}");
        assertThat(d.status()).as(d.toString()).isEqualTo(200);
        Http.Response e = http().post(
                        "/api/v1/allow-list",
                        key,
                        "{\"customer_id\":\"" + customer + "\",\"entity_id\":\"" + entity
                                + "\",\"reason\":\"namesake\"}");
        assertThat(e.status()).as(e.toString()).isEqualTo(201);
        String id = e.json().get("id").asString();
        // four-eyes: the entry clears nothing until a second analyst confirms it
        Http.Response c = http().post("/api/v1/allow-list/" + id + "/confirm", confirmer, "{}");
        assertThat(c.status()).as(c.toString()).isEqualTo(200);
        return id;
    }

    private String entryStatus(String key, String customer) {
        return http().get("/api/v1/allow-list?customer=" + customer, key)
                .json()
                .get(0)
                .get("status")
                .asString();
    }

    @Test
    @Order(3)
    void aMaterialChangeReopensTheAllowListAndARemarkDoesNot() {
        requireLists();
        update("2024-02-20"); // back one version (553 entities fewer: within the drop the validation allows)
        UUID reseller = newReseller(unique("allow-list"));
        String key = newKey(reseller, "admin");
        String second = newKey(reseller, "analyst");
        // KHASIKOV, Batu Sergeyevich: birth date corrected on 2024-02-23 (material)
        String person = customer(key, "Batu Sergeyevich Khasikov");
        // JSC 558 AIRCRAFT REPAIR PLANT: a program and remarks added (immaterial)
        Http.Response org = http().post(
                        "/api/v1/customers",
                        key,
                        "{\"type\":\"organization\",\"name\":\"JSC 558 Aircraft Repair Plant\",\"nationality\":\"BY\"}");
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        String plant = org.json().get("id").asString();
        clear(key, second, person, "us_ofac_sdn:41021");
        clear(key, second, plant, "us_ofac_sdn:34992");

        JsonNode run = update("2024-02-23");

        assertThat(run.get("status").asString()).isEqualTo("completed");
        assertThat(entryStatus(key, person)).isEqualTo("reopened");
        assertThat(entryStatus(key, plant)).isEqualTo("active");
        JsonNode own = http().get("/api/v1/rescreen/runs/" + run.get("id").asLong(), key)
                .json();
        assertThat(own.get("reopened_allow_list").asInt()).isEqualTo(1);
        // the changed entity is up for review again; the unchanged decision stands
        assertThat(http().get("/api/v1/alerts?status=open&customer=" + person, key)
                        .json())
                .anySatisfy(a -> assertThat(a.get("entity_id").asString()).isEqualTo("us_ofac_sdn:41021"));
        assertThat(http().get("/api/v1/alerts?status=open&customer=" + plant, key)
                        .json())
                .isEmpty();
    }

    @Test
    @Order(4)
    void resellersCannotStartAFullRescreenAndBadLimitsNameTheField() {
        UUID reseller = newReseller(unique("no-full"));
        String key = newKey(reseller, "admin");
        assertThat(http().post("/api/v1/rescreen/full", key, "{}").status()).isEqualTo(403);
        Http.Response bad = http().get("/api/v1/rescreen/runs?limit=0", key);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("limit");
        assertThat(http().get("/api/v1/rescreen/runs/999999999", key).status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void aSourceAddedLaterIsScreenedAgainstTheCustomersAlreadyOnFile() throws IOException {
        requireLists();
        UUID reseller = newReseller(unique("source-added"));
        String key = newKey(reseller, "admin");
        // listed by the UN (an excerpt of its consolidated list), which this service does not load yet
        String listed = customer(key, "Mohammad Naim Barich Khudaidad");
        assertThat(http().get("/api/v1/alerts?customer=" + listed, key).json())
                .noneSatisfy(a -> assertThat(a.get("entity_id").asString()).startsWith("un_sc:"));

        Files.copy(TestData.file("format_excerpts_deriv/sample_unsc.xml"), UN, StandardCopyOption.REPLACE_EXISTING);
        assertThat(refresh.refresh()).anySatisfy(r -> {
            assertThat(r.source()).isEqualTo("un_sc");
            assertThat(r.outcome()).isEqualTo("accepted");
        });
        worker.drain();

        JsonNode run = http().get("/api/v1/rescreen/runs?limit=1", providerKey())
                .json()
                .get(0);
        assertThat(run.get("kind").asString()).isEqualTo("delta");
        assertThat(run.get("trigger").asString()).isEqualTo("source_added");
        assertThat(run.get("source").asString()).isEqualTo("un_sc");
        assertThat(run.get("status").asString()).isEqualTo("completed");
        assertThat(run.get("added").asInt()).isPositive();
        assertThat(run.get("removed").asInt()).isZero();
        assertThat(http().get("/api/v1/alerts?customer=" + listed, key).json()).anySatisfy(a -> {
            assertThat(a.get("entity_id").asString()).startsWith("un_sc:");
            assertThat(a.get("status").asString()).isEqualTo("open");
        });
    }
}
