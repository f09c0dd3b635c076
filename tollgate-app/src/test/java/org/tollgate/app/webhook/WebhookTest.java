package org.tollgate.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tollgate.app.support.Http;
import org.tollgate.app.support.ServiceTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks delivered to a small HTTP server on 127.0.0.1: signed, retried with backoff, visible with status. */
class WebhookTest extends ServiceTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the receiver got. */
    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    WebhookService webhooks;

    @BeforeEach
    void receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(Map.copyOf(ex.getRequestHeaders()), body));
            Integer status = answers.poll();
            ex.sendResponseHeaders(status == null ? 200 : status, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T v = value.get();
        while (!done.test(v) && System.nanoTime() < end) {
            Thread.sleep(100);
            v = value.get();
        }
        return v;
    }

    @Test
    void anAlertIsAnnouncedSignedAndRetriedUntilDelivered() throws Exception {
        requireLists();
        UUID reseller = newReseller(unique("hooks"));
        String key = newKey(reseller, "admin");
        Http.Response created =
                http().post("/api/v1/webhooks", key, "{\"url\":\"" + url() + "\",\"events\":[\"alert.opened\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        String endpoint = created.json().get("endpoint").get("id").asString();
        assertThat(http().get("/api/v1/webhooks", key).body())
                .contains(endpoint)
                .doesNotContain(secret);
        // at rest the secret is sealed: a copy of the database does not give it away
        String stored = jdbc.sql("SELECT secret FROM webhook_endpoint WHERE id = :id")
                .param("id", UUID.fromString(endpoint))
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain(secret.substring("whsec_".length()));

        answers.add(500); // the first attempt fails
        Http.Response c = http().post(
                        "/api/v1/customers",
                        key,
                        "{\"type\":\"individual\",\"name\":\"Nicolas Maduro Moros\",\"birth_date\":\"1962-11-23\","
                                + "\"nationality\":\"VE\"}");
        assertThat(c.status()).as(c.toString()).isEqualTo(201);
        String customer = c.json().get("id").asString();

        String path = "/api/v1/webhooks/" + endpoint + "/deliveries";
        JsonNode first = await(
                () -> http().get(path, key).json(),
                d -> d.size() == 1 && d.get(0).get("attempts").asInt() >= 1);
        assertThat(first.get(0).get("status").asString()).isEqualTo("pending");
        assertThat(first.get(0).get("last_status").asInt()).isEqualTo(500);
        // the retry waits for the backoff; let its time come now rather than sleep ten seconds
        jdbc.sql("UPDATE webhook_delivery SET next_attempt_at = now() WHERE endpoint_id = :e AND status = 'pending'")
                .param("e", UUID.fromString(endpoint))
                .update();
        dispatcher.dispatch();
        JsonNode done = await(
                () -> http().get(path, key).json(),
                d -> d.get(0).get("status").asString().equals("delivered"));
        assertThat(done.get(0).get("status").asString()).isEqualTo("delivered");
        assertThat(done.get(0).get("attempts").asInt()).isEqualTo(2);

        assertThat(received).hasSize(2);
        Received r = received.get(1);
        assertThat(r.body()).isEqualTo(received.get(0).body());
        String sig = r.header("Tollgate-Signature");
        String t = sig.substring(2, sig.indexOf(','));
        assertThat(sig).isEqualTo("t=" + t + ",v1=" + WebhookSignature.hmac(secret, t + "." + r.body()));
        assertThat(WebhookSignature.hmac("another secret", t + "." + r.body()))
                .isNotEqualTo(sig.substring(sig.indexOf("v1=") + 3));
        assertThat(r.header("Tollgate-Event")).isEqualTo("alert.opened");
        assertThat(r.header("Tollgate-Delivery"))
                .isEqualTo(done.get(0).get("id").asString());
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("type").asString()).isEqualTo("alert.opened");
        assertThat(body.get("data").get("customer_id").asString()).isEqualTo(customer);
        assertThat(body.get("data").get("entity_id").asString()).startsWith("us_ofac_sdn:");

        // another reseller sees nothing of it
        String other = newKey(newReseller(unique("other")), "admin");
        assertThat(http().get("/api/v1/webhooks/" + endpoint, other).status()).isEqualTo(404);
        assertThat(http().get(path, other).status()).isEqualTo(404);
    }

    @Test
    void aSecretAnOlderVersionStoredInClearIsSealedAtStartAndStillSigns() throws Exception {
        requireLists();
        UUID reseller = newReseller(unique("legacy-hooks"));
        String key = newKey(reseller, "admin");
        UUID endpoint = UUID.fromString(
                http().post("/api/v1/webhooks", key, "{\"url\":\"" + url() + "\",\"events\":[\"alert.opened\"]}")
                        .json()
                        .get("endpoint")
                        .get("id")
                        .asString());
        String legacy = "whsec_" + unique("stored-in-clear");
        jdbc.sql("UPDATE webhook_endpoint SET secret = :s WHERE id = :id")
                .param("s", legacy)
                .param("id", endpoint)
                .update();

        assertThat(webhooks.sealLegacySecrets()).isGreaterThanOrEqualTo(1);
        String stored = jdbc.sql("SELECT secret FROM webhook_endpoint WHERE id = :id")
                .param("id", endpoint)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain(legacy);
        assertThat(webhooks.sealLegacySecrets()).isZero(); // nothing left in clear

        Http.Response c = http().post(
                        "/api/v1/customers",
                        key,
                        "{\"type\":\"individual\",\"name\":\"Nicolas Maduro Moros\",\"birth_date\":\"1962-11-23\"}");
        assertThat(c.status()).as(c.toString()).isEqualTo(201);
        dispatcher.dispatch();
        Received r = await(() -> received, l -> !l.isEmpty()).get(0);
        String sig = r.header("Tollgate-Signature");
        String t = sig.substring(2, sig.indexOf(','));
        assertThat(sig).isEqualTo("t=" + t + ",v1=" + WebhookSignature.hmac(legacy, t + "." + r.body()));
    }

    @Test
    void aDecisionIsAnnounced() throws Exception {
        requireLists();
        UUID reseller = newReseller(unique("decisions"));
        String key = newKey(reseller, "admin");
        String endpoint = http().post(
                        "/api/v1/webhooks", key, "{\"url\":\"" + url() + "\",\"events\":[\"alert.decided\"]}")
                .json()
                .get("endpoint")
                .get("id")
                .asString();
        String alert = http().post(
                        "/api/v1/customers",
                        key,
                        "{\"type\":\"individual\",\"name\":\"Nicolas Maduro Moros\",\"birth_date\":\"1962-11-23\"}")
                .json()
                .get("alerts")
                .get(0)
                .get("id")
                .asString();
        Http.Response d = http().post(
                        "/api/v1/alerts/" + alert + "/decision",
                        key,
                        "{\"decision\":\"false_positive\",\"reason\":\"namesake, passport checked\"}");
        assertThat(d.status()).as(d.toString()).isEqualTo(200);
        JsonNode deliveries =
                http().get("/api/v1/webhooks/" + endpoint + "/deliveries", key).json();
        assertThat(deliveries).hasSize(1);
        JsonNode body = JSON.readTree(deliveries.get(0).get("body").asString());
        assertThat(body.get("type").asString()).isEqualTo("alert.decided");
        assertThat(body.get("data").get("status").asString()).isEqualTo("false_positive");
        dispatcher.dispatch();
        await(() -> received, l -> !l.isEmpty());
        assertThat(received)
                .anySatisfy(r -> assertThat(r.header("Tollgate-Event")).isEqualTo("alert.decided"));
    }

    @Test
    void badInputNamesTheFieldAndOnlyAdminsCreate() {
        UUID reseller = newReseller(unique("bad-hooks"));
        String key = newKey(reseller, "admin");
        Http.Response url = http().post("/api/v1/webhooks", key, "{\"url\":\"ftp://example.org/x\"}");
        assertThat(url.status()).isEqualTo(400);
        assertThat(url.body()).contains("\"field\":\"url\"");
        Http.Response event = http().post(
                        "/api/v1/webhooks", key, "{\"url\":\"https://example.org/x\",\"events\":[\"alert.eaten\"]}");
        assertThat(event.status()).isEqualTo(400);
        assertThat(event.body()).contains("events[0]");
        String analyst = newKey(reseller, "analyst");
        assertThat(http().post("/api/v1/webhooks", analyst, "{\"url\":\"https://example.org/x\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theBackoffDoublesUpToItsCeiling() {
        Duration base = Duration.ofSeconds(10);
        Duration max = Duration.ofMinutes(5);
        assertThat(WebhookDispatcher.backoff(base, max, 1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookDispatcher.backoff(base, max, 2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(WebhookDispatcher.backoff(base, max, 4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(WebhookDispatcher.backoff(base, max, 30)).isEqualTo(max);
    }
}
