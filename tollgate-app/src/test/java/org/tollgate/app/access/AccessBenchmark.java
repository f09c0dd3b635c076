package org.tollgate.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tollgate.app.support.ServiceTest;
import org.tollgate.geo.testdata.GeoTestData;

/**
 * Bounded loopback benchmarks of the access log (not part of the normal test run; no timing assertions):
 *
 * <pre>
 * ./mvnw -q -B -pl tollgate-app -am test -Dtest=AccessBenchmark -Dtollgate.bench=true \
 *     -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Ingestion: 20 batches of 5,000 events (after 3 warm-up batches) posted one after another to 127.0.0.1; the
 * gateway check: 20,000 sequential requests (after 5,000 warm-up ones) over one keep-alive connection.
 */
@EnabledIfSystemProperty(named = "tollgate.bench", matches = "true")
class AccessBenchmark extends ServiceTest {
    private static final int BATCHES = 20;
    private static final int BATCH_SIZE = 5_000;
    private static final int CHECKS = 20_000;
    private static final String[] KINDS = {"login", "console", "api", "admin", "payment"};

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void ingestionAndGatewayCheck() throws Exception {
        GeoTestData.dir();
        String key = newKey(newReseller(unique("bench")), "integration");
        Random random = new Random(42);
        UUID[] customers = new UUID[2_000];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = new UUID(random.nextLong(), random.nextLong());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < BATCHES + 3; b++) {
            StringBuilder sb = new StringBuilder(BATCH_SIZE * 200).append("{\"events\":[");
            for (int i = 0; i < BATCH_SIZE; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append("{\"customer_id\":\"")
                        .append(customers[random.nextInt(customers.length)])
                        .append("\",\"ip\":\"")
                        .append(randomIpv4(random))
                        .append("\",\"time\":\"")
                        .append(now.minusSeconds(random.nextInt(60 * 86_400)))
                        .append("\",\"kind\":\"")
                        .append(KINDS[random.nextInt(KINDS.length)])
                        .append("\",\"user_agent\":\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) bench/")
                        .append(b)
                        .append("\"}");
            }
            bodies.add(sb.append("]}").toString());
        }
        for (int b = 0; b < 3; b++) {
            post(key, "/api/v1/access-events", bodies.get(b));
        }
        long t0 = System.nanoTime();
        for (int b = 3; b < bodies.size(); b++) {
            String r = post(key, "/api/v1/access-events", bodies.get(b));
            assertThat(r).contains("\"accepted\":" + BATCH_SIZE);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "BENCH ingestion: %d events in %d batches of %d in %.2f s: %.0f events/s (%.0f ms per batch)%n",
                BATCHES * BATCH_SIZE,
                BATCHES,
                BATCH_SIZE,
                seconds,
                BATCHES * BATCH_SIZE / seconds,
                seconds * 1000 / BATCHES);

        String[] ips = new String[1024];
        for (int i = 0; i < ips.length; i++) {
            ips[i] = "{\"ip\":\"" + randomIpv4(random) + "\",\"customer_id\":\"" + customers[i] + "\"}";
        }
        for (int i = 0; i < 5_000; i++) {
            post(key, "/api/v1/access-check", ips[i % ips.length]);
        }
        long[] nanos = new long[CHECKS];
        long c0 = System.nanoTime();
        for (int i = 0; i < CHECKS; i++) {
            long s = System.nanoTime();
            post(key, "/api/v1/access-check", ips[i % ips.length]);
            nanos[i] = System.nanoTime() - s;
        }
        double total = (System.nanoTime() - c0) / 1e9;
        Arrays.sort(nanos);
        System.out.printf(
                "BENCH access-check: %d sequential requests in %.2f s (%.0f/s): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms,"
                        + " p99.9 %.2f ms, max %.2f ms%n",
                CHECKS,
                total,
                CHECKS / total,
                pct(nanos, 0.50),
                pct(nanos, 0.90),
                pct(nanos, 0.99),
                pct(nanos, 0.999),
                nanos[nanos.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * sorted.length))] / 1e6;
    }

    /** A random address in 1.0.0.0–223.255.255.255 (some land in reserved blocks, as in real logs behind proxies). */
    private static String randomIpv4(Random r) {
        return (1 + r.nextInt(223)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private String post(String key, String path, String body) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
