package org.tollgate.app.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tollgate.app.tenant.TenantScope;
import org.tollgate.geo.ip.IpAddress;
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for the access log ({@code access_event}, partitioned by month), its signals and the declared countries.
 * Events are written with {@code COPY} (PostgreSQL's bulk load), several times faster than batched INSERTs.
 */
@Repository
public class AccessEventRepository {
    private static final String COPY = "COPY access_event (tenant_id, batch_id, customer_id, at, received_at, ip, kind,"
            + " user_agent, country, region, city, latitude, longitude, flags, rule, confidence, policy) FROM STDIN"
            + " WITH (FORMAT binary)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate newTransaction;
    private final JsonMapper json;
    /** Months whose partition is known to exist (created here or found existing). */
    private final Set<YearMonth> partitions = ConcurrentHashMap.newKeySet();

    AccessEventRepository(
            JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager txManager, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.newTransaction = new TransactionTemplate(txManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
    }

    /** The partition table of a month: {@code access_event_y2026m11}. */
    static String partitionName(YearMonth month) {
        return String.format("access_event_y%04dm%02d", month.getYear(), month.getMonthValue());
    }

    /**
     * Creates the monthly partitions the events need, each in its own short transaction (creating a partition locks
     * the parent table; holding that lock for a whole batch would stall every other ingestion). An advisory lock
     * serializes concurrent creators.
     */
    public void ensurePartitions(Collection<YearMonth> months) {
        for (YearMonth m : months) {
            if (partitions.contains(m)) {
                continue;
            }
            newTransaction.executeWithoutResult(s -> {
                jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('access_event partitions'))")
                        .query()
                        .singleRow();
                YearMonth next = m.plusMonths(1);
                jdbc.sql("CREATE TABLE IF NOT EXISTS " + partitionName(m) + " PARTITION OF access_event FOR VALUES"
                                + " FROM ('" + m.atDay(1) + " 00:00:00+00') TO ('" + next.atDay(1)
                                + " 00:00:00+00')")
                        .update();
            });
            partitions.add(m);
        }
    }

    /**
     * Writes events with COPY in PostgreSQL's binary format, in the caller's transaction; each under its customer's
     * tenant. Binary, because the server then copies UUIDs, times, addresses and arrays as they are instead of parsing
     * their text.
     */
    public void insert(UUID batch, Instant receivedAt, List<ScreenedEvent> events) {
        BinaryCopy out = new BinaryCopy(events.size() * 200);
        long received = BinaryCopy.micros(receivedAt);
        for (ScreenedEvent e : events) {
            out.fields(17);
            out.uuid(e.tenantId());
            out.uuid(batch);
            out.uuid(e.customerId());
            out.timestamp(BinaryCopy.micros(e.at()));
            out.timestamp(received);
            out.inet(IpAddress.tryParse(e.ip()).orElseThrow());
            out.text(e.kind().code());
            out.text(e.userAgent());
            out.text(e.country());
            out.text(e.region());
            out.text(e.city());
            out.float8(e.latitude());
            out.float8(e.longitude());
            out.textArray(e.flags());
            out.text(e.rule());
            out.text(e.confidence());
            out.text(e.policy());
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, out.finish());
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into access_event failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** A customer of the caller's scope: its tenant and the countries it declared (nationality, addresses). */
    public record KnownCustomer(UUID tenantId, Set<String> declaredCountries) {}

    /**
     * The customers among {@code ids} that exist in the scope, with their declared countries from the current
     * version of the customer record (the one source of truth): one query for a whole batch.
     */
    public Map<UUID, KnownCustomer> customers(TenantScope scope, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, KnownCustomer> out = new HashMap<>();
        jdbc.sql("SELECT c.id, c.tenant_id, v.data->>'nationality' AS nationality, ARRAY(SELECT a->>'country'"
                        + " FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v.data->'addresses') = 'array'"
                        + " THEN v.data->'addresses' ELSE '[]'::jsonb END) a) AS countries"
                        + " FROM customer c JOIN customer_version v ON v.customer_id = c.id"
                        + " AND v.version = c.current_version AND v.tenant_id = c.tenant_id"
                        + " WHERE c.id = ANY(:ids) AND c.tenant_id = ANY(:visible)")
                .param("ids", ids.toArray(UUID[]::new))
                .param("visible", scope.ids())
                .query((rs, n) -> {
                    Set<String> declared = new java.util.TreeSet<>();
                    if (rs.getString("nationality") != null) {
                        declared.add(rs.getString("nationality"));
                    }
                    for (String c : strings(rs.getArray("countries"))) {
                        if (c != null && !c.equals("null")) {
                            declared.add(c);
                        }
                    }
                    return out.put(
                            rs.getObject("id", UUID.class),
                            new KnownCustomer(rs.getObject("tenant_id", UUID.class), Set.copyOf(declared)));
                })
                .list();
        return out;
    }

    /**
     * For each customer, the last event before the given time whose location says where the person is (known
     * coordinates, not private, not an anonymiser): where impossible travel is measured from.
     */
    public Map<UUID, ScreenedEvent> lastLocatedBefore(Map<UUID, Instant> before, Map<UUID, UUID> tenantOf) {
        if (before.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = new ArrayList<>(before.keySet());
        // as text: the driver cannot bind an array of date-times
        String[] times = ids.stream().map(id -> before.get(id).toString()).toArray(String[]::new);
        Map<UUID, ScreenedEvent> out = new HashMap<>();
        jdbc.sql("SELECT l.* FROM unnest(:ids::uuid[], :tenants::uuid[], :times::timestamptz[]) AS c(id, tenant,"
                        + " before) CROSS JOIN LATERAL (SELECT tenant_id, customer_id, at, ip, kind, country, region,"
                        + " city, latitude, longitude, flags, rule, confidence, policy FROM access_event"
                        + " WHERE tenant_id = c.tenant AND customer_id = c.id AND at < c.before"
                        + " AND latitude IS NOT NULL AND NOT (flags && ARRAY['private', 'anonymiser'])"
                        + " ORDER BY at DESC LIMIT 1) l")
                .param("ids", ids.toArray(UUID[]::new))
                .param("tenants", ids.stream().map(tenantOf::get).toArray(UUID[]::new))
                .param("times", times)
                .query(AccessEventRepository::event)
                .list()
                .forEach(e -> out.put(e.customerId(), e));
        return out;
    }

    /** Events of one customer from one country since a time (anonymised events and unknown countries left out). */
    public record CountryCount(UUID customerId, String country, long events, Instant last, String ip) {}

    /** For the given customers, per country, the events since {@code from}, where at least {@code minEvents}. */
    public List<CountryCount> countryCounts(Map<UUID, UUID> tenantOf, Instant from, int minEvents) {
        if (tenantOf.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(tenantOf.keySet());
        return jdbc.sql("SELECT e.customer_id, e.country, count(*) AS n, max(e.at) AS last,"
                        + " (array_agg(host(e.ip) ORDER BY e.at DESC))[1] AS ip"
                        + " FROM unnest(:ids::uuid[], :tenants::uuid[]) AS c(id, tenant)"
                        + " JOIN access_event e ON e.tenant_id = c.tenant AND e.customer_id = c.id"
                        + " WHERE e.at >= :from AND e.country <> '' AND NOT ('anonymiser' = ANY(e.flags))"
                        + " GROUP BY e.customer_id, e.country HAVING count(*) >= :min")
                .param("ids", ids.toArray(UUID[]::new))
                .param("tenants", ids.stream().map(tenantOf::get).toArray(UUID[]::new))
                .param("from", utc(from))
                .param("min", minEvents)
                .query((rs, n) -> new CountryCount(
                        rs.getObject("customer_id", UUID.class),
                        rs.getString("country"),
                        rs.getLong("n"),
                        rs.getObject("last", OffsetDateTime.class).toInstant(),
                        rs.getString("ip")))
                .list();
    }

    /** The latest signal of a kind and country of a customer. */
    public record SignalSeen(UUID customerId, SignalKind kind, String country, Instant last) {}

    /** For the given customers, the latest signal per kind and country since a time: one query for a batch. */
    public List<SignalSeen> signalsSince(Map<UUID, UUID> tenantOf, Instant from) {
        if (tenantOf.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>(tenantOf.keySet());
        return jdbc.sql("SELECT s.customer_id, s.kind, s.country, max(s.at) AS last"
                        + " FROM unnest(:ids::uuid[], :tenants::uuid[]) AS c(id, tenant)"
                        + " JOIN access_signal s ON s.tenant_id = c.tenant AND s.customer_id = c.id"
                        + " WHERE s.at >= :from GROUP BY s.customer_id, s.kind, s.country")
                .param("ids", ids.toArray(UUID[]::new))
                .param("tenants", ids.stream().map(tenantOf::get).toArray(UUID[]::new))
                .param("from", utc(from))
                .query((rs, n) -> new SignalSeen(
                        rs.getObject("customer_id", UUID.class),
                        SignalKind.ofCode(rs.getString("kind")),
                        rs.getString("country"),
                        rs.getObject("last", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Signals of one customer since a time, per kind and country: count, latest time, events they stand for. */
    public record SignalTally(SignalKind kind, String country, long signals, long events, Instant last) {}

    public List<SignalTally> signalTally(TenantScope scope, UUID customer, Instant from) {
        return jdbc.sql("SELECT kind, country, count(*) AS n, sum(COALESCE((details->>'events')::bigint, 1)) AS events,"
                        + " max(at) AS last FROM access_signal WHERE tenant_id = ANY(:visible) AND customer_id = :c"
                        + " AND at >= :from GROUP BY kind, country")
                .param("visible", scope.ids())
                .param("c", customer)
                .param("from", utc(from))
                .query((rs, n) -> new SignalTally(
                        SignalKind.ofCode(rs.getString("kind")),
                        rs.getString("country"),
                        rs.getLong("n"),
                        rs.getLong("events"),
                        rs.getObject("last", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Writes signals with one statement (arrays unnested), in the caller's transaction. */
    public void insertSignals(UUID batch, Instant recordedAt, List<AccessSignal> signals, Map<UUID, UUID> tenantOf) {
        if (signals.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO access_signal (tenant_id, customer_id, kind, at, recorded_at, batch_id, ip, country,"
                        + " details) SELECT s.t, s.c, s.k, s.at::timestamptz, :rec, :b, NULLIF(s.ip, '')::inet,"
                        + " s.country, s.details::jsonb FROM unnest(:t::uuid[], :c::uuid[], :k::text[], :at::text[],"
                        + " :ip::text[], :country::text[], :details::text[]) AS s(t, c, k, at, ip, country, details)")
                .param("rec", utc(recordedAt))
                .param("b", batch)
                .param(
                        "t",
                        signals.stream().map(s -> tenantOf.get(s.customerId())).toArray(UUID[]::new))
                .param("c", signals.stream().map(AccessSignal::customerId).toArray(UUID[]::new))
                .param("k", signals.stream().map(s -> s.kind().code()).toArray(String[]::new))
                .param("at", signals.stream().map(s -> s.at().toString()).toArray(String[]::new))
                .param("ip", signals.stream().map(AccessSignal::ip).toArray(String[]::new))
                .param("country", signals.stream().map(AccessSignal::country).toArray(String[]::new))
                .param(
                        "details",
                        signals.stream()
                                .map(s -> json.writeValueAsString(s.details()))
                                .toArray(String[]::new))
                .update();
    }

    /** Per country and region: first and last seen, events, distinct addresses and the flags seen. */
    public record CountrySeen(
            String country,
            String region,
            Instant firstSeen,
            Instant lastSeen,
            long events,
            long addresses,
            List<String> flags) {}

    /** The customer's countries and regions seen, most recently seen first. */
    public List<CountrySeen> history(TenantScope scope, UUID customer) {
        Map<String, List<String>> flags = new HashMap<>();
        jdbc.sql("SELECT country, region, f FROM access_event, unnest(flags) AS f"
                        + " WHERE tenant_id = ANY(:visible) AND customer_id = :c GROUP BY country, region, f"
                        + " ORDER BY f")
                .param("visible", scope.ids())
                .param("c", customer)
                .query((rs, n) -> flags.computeIfAbsent(
                                rs.getString("country") + "\t" + rs.getString("region"), k -> new ArrayList<>())
                        .add(rs.getString("f")))
                .list();
        return jdbc.sql("SELECT country, region, min(at) AS first_seen, max(at) AS last_seen, count(*) AS n,"
                        + " count(DISTINCT ip) AS ips FROM access_event"
                        + " WHERE tenant_id = ANY(:visible) AND customer_id = :c"
                        + " GROUP BY country, region ORDER BY max(at) DESC, country, region")
                .param("visible", scope.ids())
                .param("c", customer)
                .query((rs, n) -> new CountrySeen(
                        rs.getString("country"),
                        rs.getString("region"),
                        rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_seen", OffsetDateTime.class).toInstant(),
                        rs.getLong("n"),
                        rs.getLong("ips"),
                        List.copyOf(flags.getOrDefault(
                                rs.getString("country") + "\t" + rs.getString("region"), List.of()))))
                .list();
    }

    /** The customer's most recent signals. */
    public List<AccessSignal> signals(TenantScope scope, UUID customer, int limit) {
        return jdbc.sql("SELECT customer_id, kind, at, host(ip) AS ip, country, details::text AS details"
                        + " FROM access_signal WHERE tenant_id = ANY(:visible) AND customer_id = :c"
                        + " ORDER BY at DESC, id DESC LIMIT :limit")
                .param("visible", scope.ids())
                .param("c", customer)
                .param("limit", limit)
                .query((rs, n) -> new AccessSignal(
                        rs.getObject("customer_id", UUID.class),
                        SignalKind.ofCode(rs.getString("kind")),
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("ip") == null ? "" : rs.getString("ip"),
                        rs.getString("country"),
                        map(rs.getString("details"))))
                .list();
    }

    /** Signal counts per kind for a customer. */
    public Map<String, Long> signalCounts(TenantScope scope, UUID customer) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("SELECT kind, count(*) AS n FROM access_signal WHERE tenant_id = ANY(:visible) AND customer_id = :c"
                        + " GROUP BY kind")
                .param("visible", scope.ids())
                .param("c", customer)
                .query((rs, n) -> out.put(rs.getString("kind"), rs.getLong("n")))
                .list();
        return out;
    }

    /**
     * The retention purge, for the retention job: removes the events before {@code cutoff} and their signals. Whole
     * monthly partitions that lie before the cutoff are dropped (no row is deleted one by one, no WAL per row, no
     * vacuum afterwards); only in the partition of the cutoff's month are the older rows deleted, through the one
     * DELETE the append-only trigger lets pass ({@code tollgate.access_purge} set for this transaction). Must run in
     * a transaction; dropping a partition locks the log briefly (ACCESS EXCLUSIVE on the parent), so run it off-peak.
     * Alerts keep their evidence: they are records of a decision, kept with the screening evidence.
     *
     * @return the number of events removed (the rows of the dropped partitions, counted before the drop, plus those
     *     deleted)
     */
    public long purgeBefore(Instant cutoff) {
        YearMonth cutoffMonth = YearMonth.from(cutoff.atOffset(ZoneOffset.UTC));
        List<String> names = jdbc.sql("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                        + " WHERE i.inhparent = 'access_event'::regclass ORDER BY c.relname")
                .query(String.class)
                .list();
        long removed = 0;
        for (String name : names) {
            if (!name.matches("access_event_y\\d{4}m\\d{2}")) {
                continue; // not one of ours: leave it
            }
            YearMonth m = YearMonth.of(Integer.parseInt(name.substring(14, 18)), Integer.parseInt(name.substring(19)));
            if (m.isBefore(cutoffMonth)) {
                // the name comes from the catalogue and matched the pattern above: safe to splice
                removed += jdbc.sql("SELECT count(*) FROM " + name)
                        .query(Long.class)
                        .single();
                jdbc.sql("DROP TABLE " + name).update();
                partitions.remove(m);
            }
        }
        jdbc.sql("SELECT set_config('tollgate.access_purge', 'on', true)")
                .query()
                .singleRow();
        // partition pruning confines this to the partitions the cutoff's month can hold (only its own is left)
        removed += jdbc.sql("DELETE FROM access_event WHERE at < :cutoff")
                .param("cutoff", utc(cutoff))
                .update();
        jdbc.sql("SELECT set_config('tollgate.access_purge', 'off', true)")
                .query()
                .singleRow();
        jdbc.sql("DELETE FROM access_signal WHERE at < :cutoff")
                .param("cutoff", utc(cutoff))
                .update();
        return removed;
    }

    private static ScreenedEvent event(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("latitude");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double longitude = rs.wasNull() ? null : lon;
        return new ScreenedEvent(
                -1,
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("ip").replaceFirst("/\\d+$", ""),
                AccessKind.ofCode(rs.getString("kind")).orElseThrow(),
                null,
                rs.getString("country"),
                rs.getString("region"),
                rs.getString("city"),
                latitude,
                longitude,
                strings(rs.getArray("flags")),
                rs.getString("rule"),
                rs.getString("confidence"),
                rs.getString("policy"));
    }

    private static List<String> strings(@Nullable Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add(String.valueOf(v));
        }
        return List.copyOf(out);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String text) {
        return json.readValue(text, Map.class);
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
