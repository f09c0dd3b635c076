package org.tollgate.app.access;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tollgate.app.TollgateApplication;
import org.tollgate.app.bootstrap.Bootstrap;
import org.tollgate.app.support.TestDatabase;
import org.tollgate.geo.testdata.GeoTestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access log's service benchmark, a bounded command (no timing assertions anywhere): starts the whole service on
 * 127.0.0.1 over a fresh embedded PostgreSQL, creates a reseller, an integration key and customers through the API,
 * then measures
 *
 * <ol>
 *   <li>ingestion: batches of random events ({@code POST /api/v1/access-events}) posted one after another by each of
 *       {@code --streams} clients, after warm-up batches: events per second, and per-batch latency percentiles;
 *   <li>the gateway check ({@code POST /api/v1/access-check}): requests over keep-alive connections from
 *       {@code --clients} threads, after warm-up: requests per second and latency percentiles.
 * </ol>
 *
 * <p>Every request goes to 127.0.0.1; client, service and database share the machine, so the load average (printed
 * with every number) says how much of it the benchmark had. Run:
 *
 * <pre>
 * ./mvnw -q -B -ntp -pl tollgate-app -am test-compile exec:exec -Dexec.skip=true [-Dbench.args="--batches=20 ..."]
 * </pre>
 *
 * Options (each bounded): {@code --batches=20} (≤ 500), {@code --batch-size=5000} (≤ 10,000), {@code
 * --warmup-batches=3}, {@code --customers=500} (≤ 10,000), {@code --checks=20000} (≤ 1,000,000), {@code
 * --warmup-checks=5000}, {@code --clients=1} (≤ 8), {@code --random-share=100}: the percentage of events from random
 * addresses anywhere (100, the default, is the worst case for signals: nearly every customer travels impossibly and
 * mismatches; below 100 the other events come from three home addresses of the customer's declared country), {@code
 * --max-seconds=300}: a phase stops early when the whole run
 * has taken longer, and says so; {@code --streams=1} (≤ 8) concurrent ingestion clients; {@code --debug=1} logs each
 * batch's phases.
 */
public final class AccessBench {
    private static final String[] KINDS = {"login", "console", "api", "admin", "payment"};
    private static final String[] COUNTRIES = {"US", "DE", "GB", "FR", "UA", "IN", "BR", "JP"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final long deadline;
    private int port;
    private String key;

    private AccessBench(long maxSeconds) {
        this.deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> o = options(args);
        int batches = bounded(o, "batches", 20, 1, 500);
        int batchSize = bounded(o, "batch-size", 5_000, 1, 10_000);
        int warmupBatches = bounded(o, "warmup-batches", 3, 0, 100);
        int customers = bounded(o, "customers", 500, 1, 10_000);
        int checks = bounded(o, "checks", 20_000, 1, 1_000_000);
        int warmupChecks = bounded(o, "warmup-checks", 5_000, 0, 1_000_000);
        int clients = bounded(o, "clients", 1, 1, 8);
        int streams = bounded(o, "streams", 1, 1, 8);
        int randomShare = bounded(o, "random-share", 100, 0, 100);
        int maxSeconds = bounded(o, "max-seconds", 300, 10, 3_600);
        // --debug=1: the service logs each batch's phases (AccessLogService at DEBUG)
        String phases = bounded(o, "debug", 0, 0, 1) == 1 ? "DEBUG" : "WARN";
        GeoTestData.dir(); // the real IP databases, installed by scripts/install-geo-data.sh

        Path store = Files.createTempDirectory("tollgate-bench-snapshots");
        SpringApplication app = new SpringApplication(TollgateApplication.class);
        app.setLogStartupInfo(false);
        ConfigurableApplicationContext context = app.run(
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--tollgate.db.url=" + TestDatabase.url(),
                "--tollgate.db.user=postgres",
                "--tollgate.lists.store=" + store,
                "--tollgate.lists.local=",
                "--logging.level.root=WARN",
                "--logging.level.org.tollgate=WARN",
                "--logging.level.org.tollgate.app.access.AccessLogService=" + phases);
        int code = 0;
        try {
            AccessBench bench = new AccessBench(maxSeconds);
            bench.port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Bootstrap.Result provider =
                    context.getBean(Bootstrap.class).run("Bench Provider", "bench-admin", "bench passphrase 0123");
            bench.run(
                    provider.apiKey().key(),
                    batches,
                    batchSize,
                    warmupBatches,
                    customers,
                    checks,
                    warmupChecks,
                    clients,
                    streams,
                    randomShare);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            code = 1;
        } finally {
            context.close();
        }
        System.exit(code);
    }

    private void run(
            String providerKey,
            int batches,
            int batchSize,
            int warmupBatches,
            int customerCount,
            int checks,
            int warmupChecks,
            int clients,
            int streams,
            int randomShare)
            throws Exception {
        System.out.printf(
                "BENCH start: %s; %d CPUs; load average %s%n",
                Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        JsonNode reseller = post(providerKey, "/api/v1/tenants", "{\"name\":\"bench reseller\"}", 201);
        key = post(
                        providerKey,
                        "/api/v1/tenants/" + reseller.get("id").asString() + "/api-keys",
                        "{\"name\":\"bench\",\"role\":\"integration\"}",
                        201)
                .get("key")
                .asString();
        Random random = new Random(42);
        Map<String, List<String>> pools = randomShare < 100 ? homeAddresses(random) : Map.of();
        String[] customers = new String[customerCount];
        String[][] homes = new String[customerCount][];
        for (int i = 0; i < customers.length; i++) {
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            if (randomShare < 100) {
                List<String> pool = pools.get(country);
                homes[i] = new String[] {
                    pool.get(random.nextInt(pool.size())),
                    pool.get(random.nextInt(pool.size())),
                    pool.get(random.nextInt(pool.size()))
                };
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "individual");
            body.put("name", "Bench Customer " + Integer.toString(i, 36));
            body.put("nationality", country);
            body.put("addresses", List.of(Map.of("line1", "1 Main Street", "city", "Town", "country", country)));
            customers[i] = post(key, "/api/v1/customers", JSON.writeValueAsString(body), 201)
                    .get("id")
                    .asString();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        List<String> bodies = new ArrayList<>();
        for (int b = 0; b < batches + warmupBatches; b++) {
            StringBuilder sb = new StringBuilder(batchSize * 200).append("{\"events\":[");
            for (int i = 0; i < batchSize; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                int c = random.nextInt(customers.length);
                String ip = random.nextInt(100) < randomShare
                        ? randomIpv4(random)
                        : homes[c][random.nextInt(homes[c].length)];
                sb.append("{\"customer_id\":\"")
                        .append(customers[c])
                        .append("\",\"ip\":\"")
                        .append(ip)
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
        for (int b = 0; b < warmupBatches && !late(); b++) {
            post(key, "/api/v1/access-events", bodies.get(b), 200);
        }
        long cpu0 = cpuNanos();
        long pg0 = postgresCpuNanos();
        long[] batchNanos = new long[batches];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger(warmupBatches);
        java.util.concurrent.atomic.AtomicInteger measuredCount = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong signalCount = new java.util.concurrent.atomic.AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService posters = Executors.newFixedThreadPool(streams);
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < streams; p++) {
            running.add(posters.submit(() -> {
                HttpClient own = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                for (int b = next.getAndIncrement(); b < bodies.size() && !late(); b = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    JsonNode r = JSON.readTree(send(own, key, "/api/v1/access-events", bodies.get(b), 200));
                    batchNanos[measuredCount.getAndIncrement()] = System.nanoTime() - s;
                    if (r.get("accepted").asInt() != batchSize) {
                        throw new AssertionError("batch not fully accepted: " + r.get("rejected"));
                    }
                    signalCount.addAndGet(r.get("signals").size());
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        posters.shutdown();
        int done = measuredCount.get();
        long signals = signalCount.get();
        double jvmCpu = (cpuNanos() - cpu0) / 1e9;
        double pgCpu = (postgresCpuNanos() - pg0) / 1e9;
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] measured = Arrays.copyOf(batchNanos, done);
        Arrays.sort(measured);
        long events = (long) done * batchSize;
        System.out.printf(
                "BENCH ingestion: %d events in %d batches of %d (%d customers, %d concurrent stream(s), %d%% random"
                        + " addresses) in %.2f s: %.0f events/s; per batch p50 %.0f ms, p90 %.0f ms, max %.0f ms;"
                        + " load average %s%s%n",
                events,
                done,
                batchSize,
                customerCount,
                streams,
                randomShare,
                seconds,
                events / seconds,
                pct(measured, 0.50),
                pct(measured, 0.90),
                measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6,
                loadAverage(),
                done < batches ? " (STOPPED EARLY: --max-seconds)" : "");
        System.out.printf(
                "BENCH ingestion CPU: this JVM (service and client) %.1f s, PostgreSQL %.1f s: %.0f events per"
                        + " CPU-second (signals shown %d)%n",
                jvmCpu, pgCpu, events / (jvmCpu + pgCpu), signals);

        String[] requests = new String[1024];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = "{\"ip\":\"" + randomIpv4(random) + "\",\"customer_id\":\"" + customers[i % customers.length]
                    + "\"}";
        }
        checks(requests, warmupChecks, clients, false);
        checks(requests, checks, clients, true);
        System.out.printf("BENCH end: load average %s%n", loadAverage());
    }

    /** {@code count} gateway checks from {@code clients} threads, each over its own keep-alive connection. */
    private void checks(String[] requests, int count, int clients, boolean report) throws Exception {
        if (count == 0) {
            return;
        }
        int perClient = Math.max(1, count / clients);
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * 97;
            futures.add(pool.submit(() -> {
                HttpClient own = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                long[] nanos = new long[perClient];
                int n = 0;
                for (; n < perClient && !late(); n++) {
                    long s = System.nanoTime();
                    send(own, key, "/api/v1/access-check", requests[(offset + n) % requests.length], 200);
                    nanos[n] = System.nanoTime() - s;
                }
                return Arrays.copyOf(nanos, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> f : futures) {
            parts.add(f.get());
        }
        pool.shutdown();
        double total = (System.nanoTime() - t0) / 1e9;
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (report) {
            System.out.printf(
                    "BENCH access-check: %d requests from %d client thread(s) in %.2f s (%.0f/s): p50 %.2f ms, p90"
                            + " %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; this JVM's CPU %.1f s; load"
                            + " average %s%s%n",
                    all.length,
                    clients,
                    total,
                    all.length / total,
                    pct(all, 0.50),
                    pct(all, 0.90),
                    pct(all, 0.99),
                    pct(all, 0.999),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                    (cpuNanos() - cpu0) / 1e9,
                    loadAverage(),
                    all.length < perClient * clients ? " (STOPPED EARLY: --max-seconds)" : "");
        }
    }

    /**
     * Addresses that the IP data places in each of {@link #COUNTRIES} with no flag (not hosting, not Tor, databases
     * agreeing): the customers' home connections for {@code --random-share} below 100.
     */
    private static Map<String, List<String>> homeAddresses(Random random) throws Exception {
        Map<String, List<String>> pools = new LinkedHashMap<>();
        for (String c : COUNTRIES) {
            pools.put(c, new ArrayList<>());
        }
        try (org.tollgate.geo.GeoScreener geo =
                org.tollgate.geo.GeoScreener.open(org.tollgate.geo.GeoSources.fromDataDirectory(GeoTestData.dir()))) {
            for (int i = 0; i < 5_000_000 && pools.values().stream().anyMatch(l -> l.size() < 64); i++) {
                String ip = randomIpv4(random);
                org.tollgate.geo.GeoLookup g = geo.lookup(ip);
                List<String> pool = pools.get(g.country());
                if (pool != null && pool.size() < 64 && g.flags().isEmpty()) {
                    pool.add(ip);
                }
            }
        }
        pools.forEach((c, l) -> {
            if (l.isEmpty()) {
                throw new IllegalStateException("no home address found for " + c);
            }
        });
        return pools;
    }

    private boolean late() {
        return System.nanoTime() > deadline;
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * sorted.length))] / 1e6;
    }

    /** A random address in 1.0.0.0–223.255.255.255 (some land in reserved blocks, as in real logs behind proxies). */
    private static String randomIpv4(Random r) {
        return (1 + r.nextInt(223)) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private JsonNode post(String key, String path, String body, int expected) throws Exception {
        return JSON.readTree(send(client, key, path, body, expected));
    }

    private String send(HttpClient http, String key, String path, String body, int expected) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new AssertionError(path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /**
     * CPU time of the embedded PostgreSQL (the postmaster, its live backends, and the backends that have exited), from
     * /proc; 0 where that is not readable.
     */
    private static long postgresCpuNanos() {
        try {
            String port = "-p " + TestDatabase.get().port() + " ";
            long ticks = 0;
            String postmaster = null;
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path d : dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    try {
                        String cmd = Files.readString(d.resolve("cmdline")).replace('\0', ' ');
                        if (cmd.contains("bin/postgres") && cmd.contains(port)) {
                            postmaster = d.getFileName().toString();
                        }
                    } catch (IOException e) {
                        // a process that ended meanwhile
                    }
                }
            }
            if (postmaster == null) {
                return 0;
            }
            try (var dirs = Files.list(Path.of("/proc"))) {
                for (Path d : dirs.filter(d -> d.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    try {
                        String stat = Files.readString(d.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        // after the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                        boolean self = d.getFileName().toString().equals(postmaster);
                        if (self || f[1].equals(postmaster)) {
                            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                            if (self) {
                                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
                            }
                        }
                    } catch (IOException e) {
                        // a process that ended meanwhile
                    }
                }
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(
                    "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static final java.util.Set<String> OPTIONS = java.util.Set.of(
            "batches",
            "batch-size",
            "warmup-batches",
            "customers",
            "checks",
            "warmup-checks",
            "clients",
            "max-seconds",
            "debug",
            "streams",
            "random-share");

    private static Map<String, Integer> options(String[] args) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("options are --name=number, not " + a);
            }
            String[] kv = a.substring(2).split("=", 2);
            if (!OPTIONS.contains(kv[0])) {
                throw new IllegalArgumentException("unknown option --" + kv[0] + "; known: " + OPTIONS);
            }
            out.put(kv[0], Integer.parseInt(kv[1].replace("_", "")));
        }
        return out;
    }

    private static int bounded(Map<String, Integer> o, String name, int dflt, int min, int max) {
        int v = o.getOrDefault(name, dflt);
        if (v < min || v > max) {
            throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
        }
        return v;
    }
}
