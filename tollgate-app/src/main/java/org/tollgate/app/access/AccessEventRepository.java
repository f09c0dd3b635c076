package org.tollgate.app.access;

import java.io.IOException;
import java.io.StringReader;
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
import java.util.Optional;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * SQL for the access log ({@code access_event}, partitioned by month), its signals and the declared countries.
 * Events are written with {@code COPY} (PostgreSQL's bulk load), several times faster than batched INSERTs.
 */
@Repository
public class AccessEventRepository {
    private static final String COPY = "COPY access_event (tenant_id, batch_id, customer_id, at, received_at, ip, kind,"
            + " user_agent, country, region, city, latitude, longitude, flags, rule, confidence, policy) FROM STDIN";

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

    /** Writes events with COPY, in the caller's transaction. */
    public void insert(UUID tenant, UUID batch, Instant receivedAt, List<ScreenedEvent> events) {
        StringBuilder sb = new StringBuilder(events.size() * 256);
        String t = tenant.toString();
        String b = batch.toString();
        String received = receivedAt.toString();
        for (ScreenedEvent e : events) {
            sb.append(t)
                    .append('\t')
                    .append(b)
                    .append('\t')
                    .append(e.customerId())
                    .append('\t');
            sb.append(e.at())
                    .append('\t')
                    .append(received)
                    .append('\t')
                    .append(e.ip())
                    .append('\t');
            sb.append(e.kind().code()).append('\t');
            text(sb, e.userAgent()).append('\t');
            text(sb, e.country()).append('\t');
            text(sb, e.region()).append('\t');
            text(sb, e.city()).append('\t');
            sb.append(e.latitude() == null ? "\\N" : e.latitude().toString()).append('\t');
            sb.append(e.longitude() == null ? "\\N" : e.longitude().toString()).append('\t');
            sb.append('{').append(String.join(",", e.flags())).append('}').append('\t');
            text(sb, e.rule()).append('\t');
            text(sb, e.confidence()).append('\t');
            text(sb, e.policy()).append('\n');
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(sb.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into access_event failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** COPY text format: backslash escapes for the characters that delimit rows and columns; null as \N. */
    private static StringBuilder text(StringBuilder sb, @Nullable String s) {
        if (s == null) {
            return sb.append("\\N");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb;
    }

    /**
     * For each customer, the last event before the given time whose location says where the person is (known
     * coordinates, not private, not an anonymiser): where impossible travel is measured from.
     */
    public Map<UUID, ScreenedEvent> lastLocatedBefore(UUID tenant, Map<UUID, Instant> before) {
        if (before.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = new ArrayList<>(before.keySet());
        // as text: the driver cannot bind an array of date-times
        String[] times = ids.stream().map(id -> before.get(id).toString()).toArray(String[]::new);
        Map<UUID, ScreenedEvent> out = new HashMap<>();
        jdbc.sql("SELECT l.* FROM unnest(:ids::uuid[], :times::timestamptz[]) AS c(id, before)"
                        + " CROSS JOIN LATERAL (SELECT customer_id, at, ip, kind, country, region, city, latitude,"
                        + " longitude, flags, rule, confidence, policy FROM access_event"
                        + " WHERE tenant_id = :tenant AND customer_id = c.id AND at < c.before"
                        + " AND latitude IS NOT NULL AND NOT (flags && ARRAY['private', 'anonymiser'])"
                        + " ORDER BY at DESC LIMIT 1) l")
                .param("ids", ids.toArray(UUID[]::new))
                .param("times", times)
                .param("tenant", tenant)
                .query(AccessEventRepository::event)
                .list()
                .forEach(e -> out.put(e.customerId(), e));
        return out;
    }

    /** Remembers the countries customers declared (the last one wins). */
    public void declareCountries(UUID tenant, Map<UUID, String> countries, Instant at) {
        if (countries.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>(countries.keySet());
        jdbc.sql("INSERT INTO customer_country (tenant_id, customer_id, country, updated_at)"
                        + " SELECT :tenant, c.id, c.country, :at FROM unnest(:ids::uuid[], :countries::text[])"
                        + " AS c(id, country) ON CONFLICT (tenant_id, customer_id) DO UPDATE"
                        + " SET country = EXCLUDED.country, updated_at = EXCLUDED.updated_at")
                .param("tenant", tenant)
                .param("at", utc(at))
                .param("ids", ids.toArray(UUID[]::new))
                .param("countries", ids.stream().map(countries::get).toArray(String[]::new))
                .update();
    }

    /** One customer's declared country. */
    public Optional<String> declaredCountry(TenantScope scope, UUID customer) {
        return jdbc.sql("SELECT country FROM customer_country WHERE tenant_id = ANY(:visible) AND customer_id = :c")
                .param("visible", scope.ids())
                .param("c", customer)
                .query(String.class)
                .optional();
    }

    /** A country other than the declared one, and how many events came from it since a time. */
    public record Mismatch(UUID customerId, String declared, String country, long events, Instant last, String ip) {}

    /**
     * For the given customers, the countries other than their declared one with at least {@code minEvents} events
     * since {@code from}.
     */
    public List<Mismatch> mismatches(UUID tenant, Collection<UUID> customers, Instant from, int minEvents) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT e.customer_id, d.country AS declared, e.country, count(*) AS n, max(e.at) AS last,"
                        + " (array_agg(host(e.ip) ORDER BY e.at DESC))[1] AS ip"
                        + " FROM access_event e JOIN customer_country d"
                        + " ON d.tenant_id = e.tenant_id AND d.customer_id = e.customer_id"
                        + " WHERE e.tenant_id = :tenant AND e.customer_id = ANY(:ids) AND e.at >= :from"
                        + " AND e.country <> '' AND e.country <> d.country AND NOT ('anonymiser' = ANY(e.flags))"
                        + " GROUP BY e.customer_id, d.country, e.country HAVING count(*) >= :min")
                .param("tenant", tenant)
                .param("ids", customers.toArray(UUID[]::new))
                .param("from", utc(from))
                .param("min", minEvents)
                .query((rs, n) -> new Mismatch(
                        rs.getObject("customer_id", UUID.class),
                        rs.getString("declared"),
                        rs.getString("country"),
                        rs.getLong("n"),
                        rs.getObject("last", OffsetDateTime.class).toInstant(),
                        rs.getString("ip")))
                .list();
    }

    /** Whether a signal of this kind and country was already recorded for the customer since a time. */
    public boolean signalSince(UUID tenant, UUID customer, SignalKind kind, String country, Instant from) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access_signal WHERE tenant_id = :t AND customer_id = :c"
                        + " AND kind = :k AND country = :country AND at >= :from)")
                .param("t", tenant)
                .param("c", customer)
                .param("k", kind.code())
                .param("country", country)
                .param("from", utc(from))
                .query(Boolean.class)
                .single();
    }

    /** Writes signals with one statement (arrays unnested), in the caller's transaction. */
    public void insertSignals(UUID tenant, UUID batch, Instant recordedAt, List<AccessSignal> signals) {
        if (signals.isEmpty()) {
            return;
        }
        jdbc.sql("INSERT INTO access_signal (tenant_id, customer_id, kind, at, recorded_at, batch_id, ip, country,"
                        + " details) SELECT :t, s.c, s.k, s.at::timestamptz, :rec, :b, NULLIF(s.ip, '')::inet,"
                        + " s.country, s.details::jsonb FROM unnest(:c::uuid[], :k::text[], :at::text[], :ip::text[],"
                        + " :country::text[], :details::text[]) AS s(c, k, at, ip, country, details)")
                .param("t", tenant)
                .param("rec", utc(recordedAt))
                .param("b", batch)
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
     * The retention purge: deletes the events before {@code cutoff} (the one DELETE the append-only trigger lets
     * through, by setting {@code tollgate.access_purge} for this transaction) and drops the partitions that lie
     * wholly before it. Must run in a transaction.
     *
     * @return the number of events deleted
     */
    public long purgeBefore(Instant cutoff) {
        jdbc.sql("SELECT set_config('tollgate.access_purge', 'on', true)")
                .query()
                .singleRow();
        long deleted = jdbc.sql("DELETE FROM access_event WHERE at < :cutoff")
                .param("cutoff", utc(cutoff))
                .update();
        jdbc.sql("SELECT set_config('tollgate.access_purge', 'off', true)")
                .query()
                .singleRow();
        YearMonth cutoffMonth = YearMonth.from(cutoff.atOffset(ZoneOffset.UTC));
        List<String> old = jdbc.sql("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                        + " WHERE i.inhparent = 'access_event'::regclass ORDER BY c.relname")
                .query(String.class)
                .list();
        for (String name : old) {
            YearMonth m = YearMonth.of(Integer.parseInt(name.substring(14, 18)), Integer.parseInt(name.substring(19)));
            if (m.isBefore(cutoffMonth)) {
                jdbc.sql("DROP TABLE " + name).update();
                partitions.remove(m);
            }
        }
        return deleted;
    }

    private static ScreenedEvent event(ResultSet rs, int n) throws SQLException {
        double lat = rs.getDouble("latitude");
        Double latitude = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double longitude = rs.wasNull() ? null : lon;
        return new ScreenedEvent(
                -1,
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
