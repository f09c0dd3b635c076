package org.tollgate.app.rescreen;

import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tollgate.app.tenant.TenantScope;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL for runs, their parts, progress and per-tenant counts. Runs are global; per-tenant reads take a scope. */
@Repository
class RescreenRuns {
    private static final TypeReference<Map<String, String>> HASHES = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    static final int MAX_ERRORS = 100;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RescreenRuns(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What the worker needs of an open run. */
    record Open(
            long id,
            String kind,
            String trigger,
            String status,
            @Nullable String source,
            @Nullable String beforeHash,
            @Nullable String afterHash,
            @Nullable Instant startedAt) {}

    /** One part of a full run. */
    record Part(
            long runId,
            int part,
            UUID low,
            UUID high,
            @Nullable UUID cursor,
            boolean done) {}

    /** The settings a full run last ran under. */
    record Settings(String engineVersion, double threshold, String policyVersion, Instant updatedAt) {}

    long create(
            String kind,
            String trigger,
            @Nullable String source,
            @Nullable String before,
            @Nullable String after,
            Map<String, String> snapshots,
            String engine,
            double threshold,
            String policy,
            @Nullable Integer added,
            @Nullable Integer changed,
            @Nullable Integer removed,
            @Nullable Integer total,
            int reopened,
            String actor,
            Instant at) {
        return jdbc.sql("INSERT INTO rescreen_run (kind, trigger, status, source, before_hash, after_hash,"
                        + " snapshots_before, engine_version, threshold, policy_version, added, changed, removed, total,"
                        + " reopened_allow_list, requested_by, created_at) VALUES (:kind, :trigger, 'pending', :source,"
                        + " :before, :after, CAST(:snapshots AS jsonb), :engine, :threshold, :policy, :added, :changed,"
                        + " :removed, :total, :reopened, :actor, :at) RETURNING id")
                .param("kind", kind)
                .param("trigger", trigger)
                .param("source", source)
                .param("before", before)
                .param("after", after)
                .param("snapshots", json.writeValueAsString(snapshots))
                .param("engine", engine)
                .param("threshold", threshold)
                .param("policy", policy)
                .param("added", added)
                .param("changed", changed)
                .param("removed", removed)
                .param("total", total)
                .param("reopened", reopened)
                .param("actor", actor)
                .param("at", ts(at))
                .query(Long.class)
                .single();
    }

    /** Splits the uuid space into {@code n} ranges, one part each. */
    void createParts(long runId, int n) {
        BigInteger space = BigInteger.ONE.shiftLeft(128);
        for (int p = 0; p < n; p++) {
            BigInteger low = space.multiply(BigInteger.valueOf(p)).divide(BigInteger.valueOf(n));
            BigInteger high = space.multiply(BigInteger.valueOf(p + 1))
                    .divide(BigInteger.valueOf(n))
                    .subtract(BigInteger.ONE);
            jdbc.sql("INSERT INTO rescreen_run_part (run_id, part, low, high) VALUES (:run, :part, :low, :high)")
                    .param("run", runId)
                    .param("part", p)
                    .param("low", uuid(low))
                    .param("high", uuid(high))
                    .update();
        }
    }

    private static UUID uuid(BigInteger v) {
        return new UUID(v.shiftRight(64).longValue(), v.longValue());
    }

    /** Pending and running runs, deltas first (they are small and urgent), then by age. */
    List<Open> open() {
        return jdbc.sql(
                        "SELECT id, kind, trigger, status, source, before_hash, after_hash, started_at FROM rescreen_run"
                                + " WHERE status IN ('pending', 'running') ORDER BY (kind = 'full'), id")
                .query((rs, n) -> new Open(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("trigger"),
                        rs.getString("status"),
                        rs.getString("source"),
                        rs.getString("before_hash"),
                        rs.getString("after_hash"),
                        instant(rs, "started_at")))
                .list();
    }

    /** Whether a later delta run of the source led to the snapshot in force (an index newer than this run's). */
    boolean laterDeltaTo(long id, String source, String inForce) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM rescreen_run WHERE kind = 'delta' AND source = :s AND id > :id"
                        + " AND after_hash = :h)")
                .param("s", source)
                .param("id", id)
                .param("h", inForce)
                .query(Boolean.class)
                .single();
    }

    /** Locks the run row for the caller's transaction, unless another worker holds it; returns its status. */
    Optional<String> lockRun(long id) {
        return jdbc.sql("SELECT status FROM rescreen_run WHERE id = :id FOR UPDATE SKIP LOCKED")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    void markStarted(long id, Instant at) {
        jdbc.sql("UPDATE rescreen_run SET status = 'running', started_at = COALESCE(started_at, :at) WHERE id = :id"
                        + " AND status = 'pending'")
                .param("id", id)
                .param("at", ts(at))
                .update();
    }

    List<Part> parts(long runId) {
        return jdbc.sql("SELECT run_id, part, low, high, cursor, done FROM rescreen_run_part WHERE run_id = :r"
                        + " ORDER BY part")
                .param("r", runId)
                .query(RescreenRuns::part)
                .list();
    }

    /** Locks one part for a batch, unless another worker holds it. */
    Optional<Part> lockPart(long runId, int part) {
        return jdbc.sql("SELECT run_id, part, low, high, cursor, done FROM rescreen_run_part WHERE run_id = :r"
                        + " AND part = :p FOR UPDATE SKIP LOCKED")
                .param("r", runId)
                .param("p", part)
                .query(RescreenRuns::part)
                .optional();
    }

    void movePart(long runId, int part, @Nullable UUID cursor, boolean done) {
        jdbc.sql("UPDATE rescreen_run_part SET cursor = :c, done = :d WHERE run_id = :r AND part = :p")
                .param("c", cursor)
                .param("d", done)
                .param("r", runId)
                .param("p", part)
                .update();
    }

    boolean allPartsDone(long runId) {
        return jdbc.sql("SELECT bool_and(done) FROM rescreen_run_part WHERE run_id = :r")
                .param("r", runId)
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    boolean screened(long runId, UUID customerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM rescreen_progress WHERE run_id = :r AND customer_id = :c)")
                .param("r", runId)
                .param("c", customerId)
                .query(Boolean.class)
                .single();
    }

    /** Records the customers screened in a run, in one statement; fails on a second screening (primary key). */
    void progress(long runId, List<RescreenWorker.Progress> done, Instant at) {
        if (done.isEmpty()) {
            return;
        }
        UUID[] customers = new UUID[done.size()];
        UUID[] tenants = new UUID[done.size()];
        Integer[] alerts = new Integer[done.size()];
        for (int i = 0; i < customers.length; i++) {
            customers[i] = done.get(i).customerId();
            tenants[i] = done.get(i).tenantId();
            alerts[i] = done.get(i).newAlerts();
        }
        jdbc.sql("INSERT INTO rescreen_progress (run_id, customer_id, tenant_id, new_alerts, screened_at)"
                        + " SELECT :r, c, t, n, :at FROM unnest(:c, :t, :n) AS x (c, t, n)")
                .param("r", runId)
                .param("c", customers)
                .param("t", tenants)
                .param("n", alerts)
                .param("at", ts(at))
                .update();
    }

    /** Adds to the run's and the tenants' counts. */
    void count(long runId, Map<UUID, int[]> byTenant) {
        int[] sum = new int[4];
        for (Map.Entry<UUID, int[]> e : byTenant.entrySet()) {
            int[] c = e.getValue();
            for (int i = 0; i < 4; i++) {
                sum[i] += c[i];
            }
            jdbc.sql("INSERT INTO rescreen_run_tenant (tenant_id, run_id, screened, new_alerts, closed_alerts,"
                            + " reopened_allow_list) VALUES (:t, :r, :s, :n, :c, :o) ON CONFLICT (tenant_id, run_id) DO"
                            + " UPDATE SET screened = rescreen_run_tenant.screened + EXCLUDED.screened,"
                            + " new_alerts = rescreen_run_tenant.new_alerts + EXCLUDED.new_alerts,"
                            + " closed_alerts = rescreen_run_tenant.closed_alerts + EXCLUDED.closed_alerts,"
                            + " reopened_allow_list = rescreen_run_tenant.reopened_allow_list"
                            + " + EXCLUDED.reopened_allow_list")
                    .param("t", e.getKey())
                    .param("r", runId)
                    .param("s", c[0])
                    .param("n", c[1])
                    .param("c", c[2])
                    .param("o", c[3])
                    .update();
        }
        jdbc.sql("UPDATE rescreen_run SET screened = screened + :s, new_alerts = new_alerts + :n,"
                        + " closed_alerts = closed_alerts + :c, reopened_allow_list = reopened_allow_list + :o"
                        + " WHERE id = :r")
                .param("s", sum[0])
                .param("n", sum[1])
                .param("c", sum[2])
                .param("o", sum[3])
                .param("r", runId)
                .update();
    }

    void error(long runId, String message) {
        jdbc.sql("UPDATE rescreen_run SET error_count = error_count + 1, errors = CASE WHEN"
                        + " jsonb_array_length(errors) < :max THEN errors || to_jsonb(CAST(:m AS text)) ELSE errors END"
                        + " WHERE id = :r")
                .param("max", MAX_ERRORS)
                .param("m", message)
                .param("r", runId)
                .update();
    }

    void finish(long runId, String status, Map<String, String> snapshotsAfter, Instant at) {
        jdbc.sql("UPDATE rescreen_run SET status = :status, snapshots_after = CAST(:s AS jsonb), finished_at = :at,"
                        + " duration_ms = CAST(EXTRACT(EPOCH FROM (:at - COALESCE(started_at, created_at))) * 1000"
                        + " AS bigint) WHERE id = :r")
                .param("status", status)
                .param("s", json.writeValueAsString(snapshotsAfter))
                .param("at", ts(at))
                .param("r", runId)
                .update();
    }

    /** Each tenant's counts of a run. */
    Map<UUID, Map<String, Integer>> byTenant(long runId) {
        Map<UUID, Map<String, Integer>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT tenant_id, screened, new_alerts, closed_alerts, reopened_allow_list FROM rescreen_run_tenant"
                        + " WHERE run_id = :r ORDER BY tenant_id")
                .param("r", runId)
                .query((rs, n) -> {
                    Map<String, Integer> m = new LinkedHashMap<>();
                    m.put("screened", rs.getInt("screened"));
                    m.put("new_alerts", rs.getInt("new_alerts"));
                    m.put("closed_alerts", rs.getInt("closed_alerts"));
                    m.put("reopened_allow_list", rs.getInt("reopened_allow_list"));
                    out.put(rs.getObject("tenant_id", UUID.class), m);
                    return null;
                })
                .list();
        return out;
    }

    private static final String COLUMNS = "r.id, r.kind, r.trigger, r.status, r.source, r.before_hash, r.after_hash,"
            + " r.snapshots_before::text AS snapshots_before, r.snapshots_after::text AS snapshots_after,"
            + " r.engine_version, r.threshold, r.policy_version, r.added, r.changed, r.removed, r.total,"
            + " r.error_count, r.errors::text AS errors, r.requested_by, r.created_at, r.started_at, r.finished_at,"
            + " r.duration_ms";

    /** The whole run, for the provider or the system. */
    Optional<RescreenRun> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", r.screened, r.new_alerts, r.closed_alerts, r.reopened_allow_list"
                        + " FROM rescreen_run r WHERE r.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs, "run", true))
                .optional();
    }

    /**
     * Runs, newest first. The provider sees whole-run counts; a reseller sees runs with its own customers' counts
     * (zero when none of them was touched) and no error texts.
     */
    List<RescreenRun> list(TenantScope scope, @Nullable Long id, int limit) {
        if (scope.isProvider()) {
            return jdbc.sql("SELECT " + COLUMNS + ", r.screened, r.new_alerts, r.closed_alerts, r.reopened_allow_list"
                            + " FROM rescreen_run r WHERE (CAST(:id AS bigint) IS NULL OR r.id = :id)"
                            + " ORDER BY r.id DESC LIMIT :limit")
                    .param("id", id)
                    .param("limit", limit)
                    .query((rs, n) -> map(rs, "run", true))
                    .list();
        }
        return jdbc.sql("SELECT " + COLUMNS + ", COALESCE(t.screened, 0) AS screened, COALESCE(t.new_alerts, 0) AS"
                        + " new_alerts, COALESCE(t.closed_alerts, 0) AS closed_alerts, COALESCE(t.reopened_allow_list, 0)"
                        + " AS reopened_allow_list FROM rescreen_run r LEFT JOIN rescreen_run_tenant t ON t.run_id = r.id"
                        + " AND t.tenant_id = :tenant WHERE (CAST(:id AS bigint) IS NULL OR r.id = :id)"
                        + " ORDER BY r.id DESC LIMIT :limit")
                .param("tenant", scope.tenantId())
                .param("id", id)
                .param("limit", limit)
                .query((rs, n) -> map(rs, "tenant", false))
                .list();
    }

    Optional<Instant> lastFullCreated() {
        return jdbc.sql("SELECT max(created_at) FROM rescreen_run WHERE kind = 'full'")
                .query((rs, n) -> instant(rs, 1))
                .optional();
    }

    boolean fullOpen() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM rescreen_run WHERE kind = 'full' AND status IN ('pending',"
                        + " 'running'))")
                .query(Boolean.class)
                .single();
    }

    int customerCount() {
        return jdbc.sql("SELECT count(*) FROM customer").query(Integer.class).single();
    }

    Optional<Settings> settings() {
        return jdbc.sql("SELECT engine_version, threshold, policy_version, updated_at FROM rescreen_settings"
                        + " WHERE id = 1 FOR UPDATE")
                .query((rs, n) ->
                        new Settings(rs.getString(1), rs.getDouble(2), rs.getString(3), instant(rs, "updated_at")))
                .optional();
    }

    void saveSettings(String engine, double threshold, String policy, Instant at) {
        jdbc.sql("INSERT INTO rescreen_settings (id, engine_version, threshold, policy_version, updated_at) VALUES"
                        + " (1, :e, :t, :p, :at) ON CONFLICT (id) DO UPDATE SET engine_version = EXCLUDED.engine_version,"
                        + " threshold = EXCLUDED.threshold, policy_version = EXCLUDED.policy_version,"
                        + " updated_at = EXCLUDED.updated_at")
                .param("e", engine)
                .param("t", threshold)
                .param("p", policy)
                .param("at", ts(at))
                .update();
    }

    private RescreenRun map(ResultSet rs, String scope, boolean withErrors) throws SQLException {
        String after = rs.getString("snapshots_after");
        return new RescreenRun(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("trigger"),
                rs.getString("status"),
                scope,
                rs.getString("source"),
                rs.getString("before_hash"),
                rs.getString("after_hash"),
                json.readValue(rs.getString("snapshots_before"), HASHES),
                after == null ? null : json.readValue(after, HASHES),
                rs.getString("engine_version"),
                rs.getDouble("threshold"),
                rs.getString("policy_version"),
                (Integer) rs.getObject("added"),
                (Integer) rs.getObject("changed"),
                (Integer) rs.getObject("removed"),
                (Integer) rs.getObject("total"),
                rs.getInt("screened"),
                rs.getInt("new_alerts"),
                rs.getInt("closed_alerts"),
                rs.getInt("reopened_allow_list"),
                rs.getInt("error_count"),
                withErrors ? json.readValue(rs.getString("errors"), STRINGS) : null,
                rs.getString("requested_by"),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                (Long) rs.getObject("duration_ms"));
    }

    private static Part part(ResultSet rs, int n) throws SQLException {
        return new Part(
                rs.getLong("run_id"),
                rs.getInt("part"),
                rs.getObject("low", UUID.class),
                rs.getObject("high", UUID.class),
                rs.getObject("cursor", UUID.class),
                rs.getBoolean("done"));
    }

    static @Nullable OffsetDateTime ts(@Nullable Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The allow-list entries re-opened with this reason, by tenant, as counts for {@link #count}. */
    Map<UUID, int[]> reopenedByTenant(String reason) {
        Map<UUID, int[]> out = new LinkedHashMap<>();
        jdbc.sql("SELECT tenant_id, count(*) FROM allow_list_entry WHERE status = 'reopened' AND reopen_reason = :r"
                        + " GROUP BY tenant_id")
                .param("r", reason)
                .query((rs, n) -> out.put(rs.getObject(1, UUID.class), new int[] {0, 0, 0, rs.getInt(2)}))
                .list();
        return out;
    }
}
