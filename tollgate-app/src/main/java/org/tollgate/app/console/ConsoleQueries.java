package org.tollgate.app.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tollgate.app.tenant.TenantScope;

/**
 * The console's read model: the few joins and counts the pages show (the queue with customer names and assignees,
 * the dashboard's counts, a customer's screenings) that no feature's API answers in one query. Reads only — every
 * write goes through the feature's service — and every query filters on the caller's tenant scope.
 */
@Repository
class ConsoleQueries {
    private final JdbcClient jdbc;

    ConsoleQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which alerts the queue shows. */
    enum StatusFilter {
        /** open and escalated: what waits for a first decision (proposed true matches are in the four-eyes queue) */
        ACTIVE("open", "escalated"),
        OPEN("open"),
        ESCALATED("escalated"),
        PENDING_CONFIRMATION("pending_confirmation"),
        DECIDED("true_match", "false_positive");

        final String[] codes;

        StatusFilter(String... codes) {
            this.codes = codes;
        }

        static StatusFilter of(@Nullable String s) {
            if (s == null || s.isBlank()) {
                return ACTIVE;
            }
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ACTIVE;
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The queue's orders; the SQL comes from here, never from the request. */
    enum Sort {
        OLDEST("a.created_at ASC, a.id"),
        NEWEST("a.created_at DESC, a.id"),
        SCORE("a.score DESC, a.created_at ASC, a.id"),
        LIST("a.source ASC, a.created_at ASC, a.id");

        final String sql;

        Sort(String sql) {
            this.sql = sql;
        }

        static Sort of(@Nullable String s) {
            if (s == null || s.isBlank()) {
                return OLDEST;
            }
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return OLDEST;
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whose alerts. */
    enum AssigneeFilter {
        ANY,
        ME,
        UNASSIGNED;

        static AssigneeFilter of(@Nullable String s) {
            if (s == null || s.isBlank()) {
                return ANY;
            }
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ANY;
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One row of the alert queue. */
    record QueueRow(
            UUID id,
            UUID tenantId,
            String tenantName,
            UUID customerId,
            String customerName,
            String subject,
            String subjectName,
            String entityId,
            String entityName,
            String source,
            double score,
            String status,
            Instant createdAt,
            @Nullable String assignee,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {}

    private static final String QUEUE_COLUMNS = "a.id, a.tenant_id, t.name AS tenant_name, a.customer_id,"
            + " cv.data->>'name' AS customer_name, a.subject, a.subject_name, a.entity_id, a.entity_name, a.source,"
            + " a.score, a.status, a.created_at, a.assignee, a.decided_by, a.decided_at";
    private static final String QUEUE_FROM = " FROM alert a JOIN tenant t ON t.id = a.tenant_id"
            + " JOIN customer c ON c.id = a.customer_id"
            + " JOIN customer_version cv ON cv.customer_id = c.id AND cv.version = c.current_version";

    List<QueueRow> queue(
            TenantScope scope,
            StatusFilter status,
            @Nullable String source,
            AssigneeFilter assignee,
            String me,
            Sort sort,
            int limit) {
        return jdbc.sql("SELECT " + QUEUE_COLUMNS + QUEUE_FROM
                        + " WHERE a.tenant_id = ANY(:visible) AND a.status = ANY(:statuses)"
                        + " AND (CAST(:source AS text) IS NULL OR a.source = :source)"
                        + " AND (:assignee = 'any' OR (:assignee = 'me' AND a.assignee = :me)"
                        + " OR (:assignee = 'unassigned' AND a.assignee IS NULL))"
                        + " ORDER BY " + sort.sql + " LIMIT :limit")
                .param("visible", scope.ids())
                .param("statuses", status.codes)
                .param("source", source)
                .param("assignee", assignee.code())
                .param("me", me)
                .param("limit", limit)
                .query(ConsoleQueries::queueRow)
                .list();
    }

    /** One alert's queue row: the customer's current name and the assignee, for the alert page. */
    java.util.Optional<QueueRow> queueRow(TenantScope scope, UUID alertId) {
        return jdbc.sql("SELECT " + QUEUE_COLUMNS + QUEUE_FROM + " WHERE a.id = :id AND a.tenant_id = ANY(:visible)")
                .param("id", alertId)
                .param("visible", scope.ids())
                .query(ConsoleQueries::queueRow)
                .optional();
    }

    /** The list sources that have alerts in scope, for the queue's filter. */
    List<String> alertSources(TenantScope scope) {
        return jdbc.sql("SELECT DISTINCT source FROM alert WHERE tenant_id = ANY(:visible) ORDER BY source")
                .param("visible", scope.ids())
                .query(String.class)
                .list();
    }

    /** Unresolved alerts by age: under a day, a week, a month, older. */
    Map<String, Long> unresolvedByAge(TenantScope scope, Instant now) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String bucket : List.of("under 1 day", "1–7 days", "7–30 days", "over 30 days")) {
            out.put(bucket, 0L);
        }
        jdbc.sql("SELECT CASE WHEN created_at > CAST(:now AS timestamptz) - interval '1 day' THEN 0"
                        + " WHEN created_at > CAST(:now AS timestamptz) - interval '7 days' THEN 1"
                        + " WHEN created_at > CAST(:now AS timestamptz) - interval '30 days' THEN 2 ELSE 3 END AS b,"
                        + " count(*) AS n FROM alert WHERE tenant_id = ANY(:visible)"
                        + " AND status IN ('open', 'escalated', 'pending_confirmation') GROUP BY b")
                .param("now", OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .param("visible", scope.ids())
                .query((rs, n) -> Map.entry(rs.getInt("b"), rs.getLong("n")))
                .list()
                .forEach(e -> {
                    String key = List.copyOf(out.keySet()).get(e.getKey());
                    out.put(key, e.getValue());
                });
        return out;
    }

    /** Unresolved alerts by list source. */
    Map<String, Long> unresolvedBySource(TenantScope scope) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT source, count(*) AS n FROM alert WHERE tenant_id = ANY(:visible)"
                        + " AND status IN ('open', 'escalated', 'pending_confirmation') GROUP BY source"
                        + " ORDER BY n DESC, source")
                .param("visible", scope.ids())
                .query((rs, n) -> Map.entry(rs.getString("source"), rs.getLong("n")))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Alerts waiting for a second analyst. */
    long pendingConfirmation(TenantScope scope) {
        return jdbc.sql("SELECT count(*) FROM alert WHERE tenant_id = ANY(:visible)"
                        + " AND status = 'pending_confirmation'")
                .param("visible", scope.ids())
                .query(Long.class)
                .single();
    }

    /** Customers by the tier of the assessment in force (the latest one of each customer). */
    Map<String, Long> customersByTier(TenantScope scope) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String tier : List.of("low", "medium", "high", "prohibited")) {
            out.put(tier, 0L);
        }
        jdbc.sql("SELECT tier, count(*) AS n FROM (SELECT DISTINCT ON (customer_id) customer_id, tier"
                        + " FROM risk_assessment WHERE tenant_id = ANY(:visible)"
                        + " ORDER BY customer_id, assessed_at DESC, id) latest GROUP BY tier")
                .param("visible", scope.ids())
                .query((rs, n) -> Map.entry(rs.getString("tier"), rs.getLong("n")))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** One decision on an alert, for the dashboard. */
    record RecentDecision(
            Instant at,
            String actor,
            String action,
            UUID alertId,
            UUID customerId,
            String customerName,
            String entityName,
            @Nullable String reason,
            @Nullable String note) {}

    List<RecentDecision> recentDecisions(TenantScope scope, int limit) {
        return jdbc.sql("SELECT x.at, x.actor, x.action, a.id AS alert_id, a.customer_id,"
                        + " cv.data->>'name' AS customer_name, a.entity_name, x.reason, x.note"
                        + " FROM alert_action x JOIN alert a ON a.id = x.alert_id"
                        + " JOIN customer c ON c.id = a.customer_id"
                        + " JOIN customer_version cv ON cv.customer_id = c.id AND cv.version = c.current_version"
                        + " WHERE x.tenant_id = ANY(:visible) AND x.action <> 'opened'"
                        + " ORDER BY x.at DESC, x.id DESC LIMIT :limit")
                .param("visible", scope.ids())
                .param("limit", limit)
                .query((rs, n) -> new RecentDecision(
                        instant(rs, "at"),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getObject("alert_id", UUID.class),
                        rs.getObject("customer_id", UUID.class),
                        rs.getString("customer_name"),
                        rs.getString("entity_name"),
                        rs.getString("reason"),
                        rs.getString("note")))
                .list();
    }

    /** One row of the customer list. */
    record CustomerRow(
            UUID id,
            String tenantName,
            String name,
            String type,
            int version,
            Instant createdAt,
            @Nullable String tier,
            @Nullable String decision,
            long unresolvedAlerts) {}

    List<CustomerRow> customers(TenantScope scope, @Nullable String decision, int limit) {
        return jdbc.sql("SELECT c.id, t.name AS tenant_name, cv.data->>'name' AS name, c.type, c.current_version,"
                        + " c.created_at, r.tier, r.decision,"
                        + " (SELECT count(*) FROM alert a WHERE a.customer_id = c.id AND a.tenant_id = c.tenant_id"
                        + " AND a.status IN ('open', 'escalated', 'pending_confirmation')) AS unresolved"
                        + " FROM customer c JOIN tenant t ON t.id = c.tenant_id"
                        + " JOIN customer_version cv ON cv.customer_id = c.id AND cv.version = c.current_version"
                        + " LEFT JOIN LATERAL (SELECT tier, decision FROM risk_assessment ra"
                        + " WHERE ra.customer_id = c.id AND ra.tenant_id = c.tenant_id"
                        + " ORDER BY assessed_at DESC, id LIMIT 1) r ON true"
                        + " WHERE c.tenant_id = ANY(:visible)"
                        + " AND (CAST(:decision AS text) IS NULL OR r.decision = :decision)"
                        + " ORDER BY c.created_at DESC, c.id LIMIT :limit")
                .param("visible", scope.ids())
                .param("decision", decision)
                .param("limit", limit)
                .query((rs, n) -> new CustomerRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("tenant_name"),
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getInt("current_version"),
                        instant(rs, "created_at"),
                        rs.getString("tier"),
                        rs.getString("decision"),
                        rs.getLong("unresolved")))
                .list();
    }

    /** Customer names by id, within scope (for the allow-list page). */
    Map<UUID, String> customerNames(TenantScope scope, java.util.Collection<UUID> ids) {
        Map<UUID, String> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT c.id, cv.data->>'name' AS name FROM customer c"
                        + " JOIN customer_version cv ON cv.customer_id = c.id AND cv.version = c.current_version"
                        + " WHERE c.id = ANY(:ids) AND c.tenant_id = ANY(:visible)")
                .param("ids", ids.toArray(UUID[]::new))
                .param("visible", scope.ids())
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** One stored screening of a customer's subject. */
    record ScreeningRow(
            UUID id,
            int customerVersion,
            String subject,
            String name,
            int hits,
            int alerting,
            int suppressed,
            String engineVersion,
            double threshold,
            String snapshots,
            Instant screenedAt,
            String screenedBy) {}

    List<ScreeningRow> screenings(TenantScope scope, UUID customerId, int limit) {
        return jdbc.sql(
                        "SELECT id, customer_version, subject, query->>'name' AS name, jsonb_array_length(hits) AS hits,"
                                + " (SELECT count(*) FROM jsonb_array_elements(hits) h WHERE (h->>'alert')::boolean)"
                                + " AS alerting, jsonb_array_length(suppressed) AS suppressed, engine_version, threshold,"
                                + " snapshots::text AS snapshots, screened_at, screened_by FROM screening_result"
                                + " WHERE customer_id = :c AND tenant_id = ANY(:visible)"
                                + " ORDER BY screened_at DESC, subject LIMIT :limit")
                .param("c", customerId)
                .param("visible", scope.ids())
                .param("limit", limit)
                .query((rs, n) -> new ScreeningRow(
                        rs.getObject("id", UUID.class),
                        rs.getInt("customer_version"),
                        rs.getString("subject"),
                        rs.getString("name"),
                        rs.getInt("hits"),
                        rs.getInt("alerting"),
                        rs.getInt("suppressed"),
                        rs.getString("engine_version"),
                        rs.getDouble("threshold"),
                        rs.getString("snapshots"),
                        instant(rs, "screened_at"),
                        rs.getString("screened_by")))
                .list();
    }

    /** The stored query of a screening (what the customer's side of an alert was screened as). */
    java.util.Optional<String> screeningQuery(TenantScope scope, UUID screeningId) {
        return jdbc.sql("SELECT query::text FROM screening_result WHERE id = :id AND tenant_id = ANY(:visible)")
                .param("id", screeningId)
                .param("visible", scope.ids())
                .query(String.class)
                .optional();
    }

    private static QueueRow queueRow(ResultSet rs, int n) throws SQLException {
        return new QueueRow(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getString("tenant_name"),
                rs.getObject("customer_id", UUID.class),
                rs.getString("customer_name"),
                rs.getString("subject"),
                rs.getString("subject_name"),
                rs.getString("entity_id"),
                rs.getString("entity_name"),
                rs.getString("source"),
                rs.getDouble("score"),
                rs.getString("status"),
                instant(rs, "created_at"),
                rs.getString("assignee"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    private static @Nullable Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
