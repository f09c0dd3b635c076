package org.tollgate.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tollgate.app.TollgateApplication;
import org.tollgate.app.bootstrap.Bootstrap;
import org.tollgate.app.database.EmbeddedDatabase;
import org.tollgate.app.lists.ListRefresh;
import org.tollgate.app.rescreen.CustomerIndex;
import org.tollgate.app.rescreen.RescreenRun;
import org.tollgate.app.rescreen.RescreenService;
import org.tollgate.app.rescreen.RescreenWorker;
import org.tollgate.app.tenant.TenantKind;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.cli.ListVersions;
import org.tollgate.lists.ListSpec;
import org.tollgate.lists.diff.EntityChange;
import org.tollgate.lists.model.Entity;
import org.tollgate.lists.model.EntityType;
import org.tollgate.screening.Party;
import org.tollgate.screening.ScreeningOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tollgate bench rescreen}: the service's re-screening at scale. Starts the service (no web server) on a
 * fresh embedded PostgreSQL, bulk-loads generated customers with {@code COPY} (some planted with names of list
 * entities), builds the reverse customer index, then measures (a) the delta re-screen of the real SDN change
 * 2024-02-20 → 2024-02-23 end to end (list refresh, delistings, reverse screening, re-screening of the customers
 * found, alerts) and (b) a full re-screen of every customer, and writes a report. Everything is deleted afterwards.
 */
@Command(
        name = "rescreen",
        mixinStandardHelpOptions = true,
        description = "Re-screening benchmark: N generated customers in the database, the SDN change of 2024-02-23"
                + " (delta) and a full re-screen; writes docs/rescreen.md.")
public final class RescreenBenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--data",
            description = "The shared data folder (default: $TOLLGATE_TESTDATA if set, else ../shared/data).")
    Path data = BenchData.defaultFolder();

    @Option(names = "--customers", paramLabel = "N", description = "Customers (default: ${DEFAULT-VALUE}).")
    int customers = 1_000_000;

    @Option(
            names = "--planted",
            paramLabel = "N",
            description = "Customers named after list entities: half after entities added on 2024-02-23, half after"
                    + " entities listed before (default: ${DEFAULT-VALUE}).")
    int planted = 100;

    @Option(names = "--seed", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--threads", paramLabel = "N", description = "Full re-screen workers (default: ${DEFAULT-VALUE}).")
    int threads = 2;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            description = "Customers per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize = 500;

    @Option(names = "--skip-full", description = "Measure only the delta re-screen.")
    boolean skipFull;

    @Option(names = "--out", paramLabel = "FILE", description = "The report (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("docs/rescreen.md");

    @Override
    public Integer call() throws Exception {
        PrintWriter log = spec.commandLine().getErr();
        Path before = data.resolve("ofac_sdn_history/sdn_2024-02-20.csv");
        Path after = data.resolve("ofac_sdn_history/sdn_2024-02-23.csv");
        if (!Files.isRegularFile(before) || !Files.isRegularFile(after)) {
            log.println("tollgate: the SDN history is not in " + data + " (ofac_sdn_history/)");
            return 3;
        }
        String loadStart = loadAverage();
        Path work = Files.createTempDirectory("tollgate-bench-rescreen");
        Path list = work.resolve("sdn.csv");
        Files.copy(before, list);
        ListVersions versions =
                ListVersions.read(ListSpec.parse("ofac-csv=" + before), ListSpec.parse("ofac-csv=" + after), "");
        Report rep = new Report();
        rep.customers = customers;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(
                work.resolve("pg"), Path.of(System.getProperty("java.io.tmpdir"), "tollgate-postgres"))) {
            SpringApplication app = new SpringApplication(TollgateApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setLogStartupInfo(false);
            Map<String, Object> props = new HashMap<>();
            props.put("tollgate.db.url", db.jdbcUrl());
            props.put("tollgate.db.user", db.user());
            props.put("tollgate.lists.store", work.resolve("store").toString());
            props.put("tollgate.lists.local", "ofac-csv=" + list);
            props.put("tollgate.rescreen.worker", "false");
            props.put("tollgate.rescreen.threads", String.valueOf(threads));
            props.put("tollgate.rescreen.batch-size", String.valueOf(batchSize));
            props.put("tollgate.webhooks.dispatch", "false");
            props.put("logging.level.root", "WARN");
            // as command-line properties they outrank application.properties (and the environment's TOLLGATE_*):
            // the benchmark must never touch a real installation's database or snapshot store
            String[] args = props.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            try (ConfigurableApplicationContext ctx = app.run(args)) {
                run(ctx, log, versions, list, after, rep);
            }
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        rep.loadStart = loadStart;
        rep.loadEnd = loadAverage();
        String md = rep.markdown(this);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void run(
            ConfigurableApplicationContext ctx,
            PrintWriter log,
            ListVersions versions,
            Path list,
            Path after,
            Report rep)
            throws Exception {
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        UUID provider = ctx.getBean(Bootstrap.class)
                .run("Bench Provider", "bench-admin", UUID.randomUUID().toString())
                .provider()
                .id();
        TenantScope scope = new TenantScope(provider, TenantKind.PROVIDER, Set.of(provider));

        // planted names: entities added on 2024-02-23, and entities listed long before (the full run finds those)
        Random r = new Random(seed);
        List<Entity> added = new ArrayList<>(versions.diff().added().stream()
                .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
                .toList());
        Set<String> changedIds = new HashSet<>();
        versions.diff().changed().forEach(c -> changedIds.add(c.id()));
        List<Entity> old = new ArrayList<>(versions.before().entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && !changedIds.contains(e.id()))
                .toList());
        java.util.Collections.shuffle(added, r);
        java.util.Collections.shuffle(old, r);
        int plantedNew = Math.min(planted / 2, added.size());
        int plantedOld = Math.min(planted - plantedNew, old.size());
        Set<UUID> newIds = new HashSet<>();
        Set<UUID> oldIds = new HashSet<>();

        log.printf(Locale.ROOT, "bench rescreen: generating and loading %,d customers%n", customers);
        SyntheticCustomers gen = new SyntheticCustomers(data.resolve("name_corpus_opensanctions_benchmark"), seed);
        long t0 = System.nanoTime();
        DataSource ds = ctx.getBean(DataSource.class);
        try (Connection c = ds.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            String at = Instant.now().toString();
            int chunk = 20_000;
            for (int from = 0; from < customers; from += chunk) {
                StringBuilder cs = new StringBuilder();
                StringBuilder vs = new StringBuilder();
                for (int i = from; i < Math.min(customers, from + chunk); i++) {
                    UUID id = new UUID(r.nextLong(), r.nextLong());
                    String json;
                    boolean org;
                    if (i < plantedNew) {
                        Entity e = added.get(i);
                        org = e.type() == EntityType.ORGANIZATION;
                        json = gen.named(written(e), org);
                        newIds.add(id);
                    } else if (i < plantedNew + plantedOld) {
                        Entity e = old.get(i - plantedNew);
                        org = false;
                        json = gen.named(written(e), false);
                        oldIds.add(id);
                    } else {
                        json = gen.next();
                        org = json.startsWith("{\"type\":\"organization\"");
                    }
                    cs.append(id)
                            .append(',')
                            .append(provider)
                            .append(',')
                            .append(org ? "organization" : "individual")
                            .append(",1,")
                            .append(at)
                            .append(",bench,")
                            .append(at)
                            .append('\n');
                    vs.append(id)
                            .append(",1,")
                            .append(provider)
                            .append(',')
                            .append(csv(json))
                            .append(',')
                            .append(csv("{\"foreign\":{\"status\":\"foreign\",\"evidence\":[]},\"owners\":[],"
                                    + "\"verification_required\":true}"))
                            .append(",bench,")
                            .append(at)
                            .append(",bench\n");
                }
                pg.getCopyAPI()
                        .copyIn(
                                "COPY customer (id, tenant_id, type, current_version, created_at, created_by,"
                                        + " updated_at) FROM STDIN (FORMAT csv)",
                                new StringReader(cs.toString()));
                pg.getCopyAPI()
                        .copyIn(
                                "COPY customer_version (customer_id, version, tenant_id, data, derived,"
                                        + " screened_hash, created_at, created_by) FROM STDIN (FORMAT csv)",
                                new StringReader(vs.toString()));
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE customer");
                s.execute("ANALYZE customer_version");
            }
        }
        rep.loadSeconds = (System.nanoTime() - t0) / 1e9;
        rep.plantedNew = plantedNew;
        rep.plantedOld = plantedOld;
        rep.subjects = jdbc.sql("SELECT count(*) + coalesce(sum(jsonb_array_length(COALESCE(data->'beneficial_owners',"
                        + " '[]'::jsonb))), 0) FROM customer_version")
                .query(Long.class)
                .single();
        log.printf(Locale.ROOT, "bench rescreen: loaded in %.1f s; building the reverse index%n", rep.loadSeconds);

        CustomerIndex index = ctx.getBean(CustomerIndex.class);
        long heap0 = usedHeap();
        t0 = System.nanoTime();
        index.rebuild();
        rep.indexSeconds = (System.nanoTime() - t0) / 1e9;
        rep.indexHeapMb = Math.max(0, usedHeap() - heap0) / 1e6;
        rep.indexInfo = index.describe();
        log.printf(Locale.ROOT, "bench rescreen: %s%n", rep.indexInfo);

        // (a) the delta: the operator's update lands, the worker re-screens
        Files.copy(after, list, StandardCopyOption.REPLACE_EXISTING);
        RescreenWorker worker = ctx.getBean(RescreenWorker.class);
        RescreenService service = ctx.getBean(RescreenService.class);
        t0 = System.nanoTime();
        ctx.getBean(ListRefresh.class).refresh();
        rep.refreshSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        worker.drain();
        rep.deltaSeconds = (System.nanoTime() - t1) / 1e9;
        rep.delta = service.list(scope, 1).get(0);
        rep.plantedNewFound = alerted(jdbc, newIds, rep.delta.createdAt());
        rep.otherDeltaAlerts = rep.delta.newAlerts() - rep.plantedNewFound;
        log.printf(
                Locale.ROOT,
                "bench rescreen: delta in %.1f s (+ refresh %.1f s)%n",
                rep.deltaSeconds,
                rep.refreshSeconds);

        // the core step alone: one changed entity against the whole reverse index, per entity
        ScreeningOptions reverse = ScreeningOptions.defaults()
                .withMinScore(0.65)
                .withLimit(100_000)
                .withMaxCandidates(2000);
        List<Entity> screened = new ArrayList<>(versions.diff().added());
        versions.diff().changed().stream().map(EntityChange::after).forEach(screened::add);
        long[] lat = new long[screened.size()];
        for (int i = 0; i < screened.size(); i++) {
            long s = System.nanoTime();
            index.match(Party.of(screened.get(i)), reverse);
            lat[i] = System.nanoTime() - s;
        }
        Arrays.sort(lat);
        rep.entityLatencyMs = lat;

        if (!skipFull) {
            log.printf(Locale.ROOT, "bench rescreen: full re-screen of %,d customers%n", customers);
            long id = service.requestFull("manual", "system:bench");
            t0 = System.nanoTime();
            while (!service.get(scope, id).status().equals("completed")) {
                worker.drain();
                RescreenRun now = service.get(scope, id);
                log.printf(
                        Locale.ROOT,
                        "bench rescreen: %,d of %,d screened, %.0f s%n",
                        now.screened(),
                        customers,
                        (System.nanoTime() - t0) / 1e9);
            }
            rep.fullSeconds = (System.nanoTime() - t0) / 1e9;
            rep.full = service.get(scope, id);
            rep.plantedOldFound = alerted(jdbc, oldIds, rep.full.createdAt());
        }
    }

    private static int alerted(JdbcClient jdbc, Set<UUID> ids, Instant since) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(DISTINCT customer_id) FROM alert WHERE customer_id = ANY(:ids) AND created_at >="
                        + " :since")
                .param("ids", ids.toArray(UUID[]::new))
                .param("since", java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .query(Integer.class)
                .single();
    }

    /** A list name as a customer would write it: {@code LAST, First} becomes {@code First LAST}. */
    private static String written(Entity e) {
        String n = e.primaryName().value();
        int comma = n.indexOf(", ");
        return e.type() == EntityType.PERSON && comma > 0 ? n.substring(comma + 2) + " " + n.substring(0, comma) : n;
    }

    private static String csv(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** What was measured. */
    private static final class Report {
        int customers;
        long subjects;
        int plantedNew;
        int plantedOld;
        int plantedNewFound;
        int plantedOldFound;
        int otherDeltaAlerts;
        double loadSeconds;
        double indexSeconds;
        double indexHeapMb;
        String indexInfo;
        double refreshSeconds;
        double deltaSeconds;
        double fullSeconds;
        long[] entityLatencyMs;
        RescreenRun delta;
        RescreenRun full;
        String loadStart;
        String loadEnd;

        private String pct(double p) {
            long[] l = entityLatencyMs;
            if (l.length == 0) {
                return "-";
            }
            return String.format(
                    Locale.ROOT, "%.1f", l[Math.min(l.length - 1, (int) Math.ceil(p * l.length) - 1)] / 1e6);
        }

        String markdown(RescreenBenchCommand c) {
            StringBuilder b = new StringBuilder();
            b.append("# Re-screening benchmark\n\n");
            b.append("Measured by `tollgate bench rescreen` (")
                    .append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                    .append("), the service's own code on an embedded PostgreSQL on the same machine, with ")
                    .append(String.format(Locale.ROOT, "%,d", customers))
                    .append(" generated customers (")
                    .append(String.format(Locale.ROOT, "%,d", subjects))
                    .append(" screened names: customers, beneficial owners), ")
                    .append(Runtime.getRuntime().availableProcessors())
                    .append(" processors, max heap ")
                    .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                    .append(" MB. Load average (1, 5, 15 min) at the start: ")
                    .append(loadStart)
                    .append("; at the end: ")
                    .append(loadEnd)
                    .append(".\n\n");
            b.append("```sh\n./tollgate bench rescreen --customers ")
                    .append(customers)
                    .append(" --planted ")
                    .append(c.planted)
                    .append(" --seed ")
                    .append(c.seed)
                    .append(" --threads ")
                    .append(c.threads)
                    .append(" --batch-size ")
                    .append(c.batchSize)
                    .append(c.skipFull ? " --skip-full" : "")
                    .append("\n```\n\n");
            b.append("| step | result | target |\n|---|---:|---:|\n");
            b.append(row("bulk load (`COPY`) of the customers", String.format(Locale.ROOT, "%.1f s", loadSeconds), ""));
            b.append(row(
                    "reverse index build (once per start, then kept current)",
                    String.format(Locale.ROOT, "%.1f s, ~%.0f MB heap", indexSeconds, indexHeapMb),
                    ""));
            b.append(row(
                    "list refresh 2024-02-20 → 2024-02-23 (parse, validate, diff, new list index)",
                    String.format(Locale.ROOT, "%.1f s", refreshSeconds),
                    ""));
            b.append(row(
                    String.format(
                            Locale.ROOT,
                            "**delta re-screen** (%d added, %d changed, %d removed)",
                            delta.added(),
                            delta.changed(),
                            delta.removed()),
                    String.format(
                            Locale.ROOT,
                            "**%.1f s** (run record: %,d ms)",
                            deltaSeconds,
                            delta.durationMs() == null ? 0 : delta.durationMs()),
                    "≤ 60 s"));
            b.append(row("delta + refresh", String.format(Locale.ROOT, "%.1f s", deltaSeconds + refreshSeconds), ""));
            b.append(row(
                    "one changed entity against the reverse index, p50 / p90 / p99 / max",
                    pct(0.5) + " / " + pct(0.9) + " / " + pct(0.99) + " / " + pct(1.0) + " ms",
                    ""));
            b.append(row(
                    "customers screened again in the delta / new alerts",
                    delta.screened() + " / " + delta.newAlerts(),
                    ""));
            b.append(row(
                    "planted customers named after an added entity, alerted by the delta",
                    plantedNewFound + " of " + plantedNew,
                    ""));
            b.append(row("other new alerts in the delta (generated customers)", String.valueOf(otherDeltaAlerts), ""));
            if (full != null) {
                b.append(row(
                        "**full re-screen**",
                        String.format(
                                Locale.ROOT,
                                "**%.1f s** (%.1f min): %,.0f customers/s",
                                fullSeconds,
                                fullSeconds / 60,
                                customers / fullSeconds),
                        "≤ 15 min"));
                b.append(row(
                        "full: screened / new alerts / errors",
                        String.format(
                                Locale.ROOT, "%,d / %,d / %d", full.screened(), full.newAlerts(), full.errorCount()),
                        ""));
                b.append(row(
                        "planted customers named after entities listed before, alerted by the full run",
                        plantedOldFound + " of " + plantedOld,
                        ""));
            }
            b.append('\n').append("Reverse index: ").append(indexInfo).append(".\n");
            return b.toString();
        }

        private static String row(String a, String b, String c) {
            return "| " + a + " | " + b + " | " + c + " |\n";
        }
    }
}
