package org.tollgate.app.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/** SQL for alerts and their action history; every read takes a {@link TenantScope}. */
@Repository
public class AlertRepository {
    private static final String COLUMNS = "id, tenant_id, customer_id, subject, subject_name, entity_id, entity_name,"
            + " source, score, screening_id, status, created_at, decided_by, decided_at, note, reason, confirmed_by,"
            + " confirmed_at";
    /** What every read selects: the columns above plus the alert's kind and its evidence. */
    private static final String SELECT = COLUMNS + ", kind, evidence::text AS evidence";
    /** Geo alerts' evidence is a small JSON object; parsed without the application's mapper, so map stays static. */
    private static final JsonMapper EVIDENCE = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    AlertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Alert> find(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT " + SELECT + " FROM alert WHERE id = :id AND tenant_id = ANY(:visible)")
                .param("id", id)
                .param("visible", scope.ids())
                .query(AlertRepository::map)
                .optional();
    }

    /** Reads and locks one alert for a decision (two analysts deciding at once are serialized). */
    Optional<Alert> lock(TenantScope scope, UUID id) {
        return jdbc.sql("SELECT " + SELECT + " FROM alert WHERE id = :id AND tenant_id = ANY(:visible) FOR UPDATE")
                .param("id", id)
                .param("visible", scope.ids())
                .query(AlertRepository::map)
                .optional();
    }

    /** Reads and locks the unresolved alerts of the given list entities, in every tenant (delistings). */
    List<Alert> lockUnresolvedForEntities(java.util.Collection<String> entityIds) {
        return jdbc.sql("SELECT " + SELECT + " FROM alert WHERE entity_id = ANY(:ids)"
                        + " AND status IN ('open', 'pending_confirmation', 'escalated') ORDER BY id FOR UPDATE")
                .param("ids", entityIds.toArray(String[]::new))
                .query(AlertRepository::map)
                .list();
    }

    /** The alerts of one customer, newest first. */
    public List<Alert> forCustomer(TenantScope scope, UUID customerId) {
        return jdbc.sql("SELECT " + SELECT + " FROM alert WHERE customer_id = :c AND tenant_id = ANY(:visible)"
                        + " ORDER BY created_at DESC, id")
                .param("c", customerId)
                .param("visible", scope.ids())
                .query(AlertRepository::map)
                .list();
    }

    /** Whether an analyst cleared this (customer, entity) pair as a false positive. */
    public boolean clearedAsFalsePositive(TenantScope scope, UUID customerId, String entityId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM alert WHERE customer_id = :c AND entity_id = :e"
                        + " AND status = 'false_positive' AND tenant_id = ANY(:visible))")
                .param("c", customerId)
                .param("e", entityId)
                .param("visible", scope.ids())
                .query(Boolean.class)
                .single();
    }

    List<Alert> list(
            TenantScope scope,
            @Nullable AlertStatus status,
            @Nullable UUID customerId,
            @Nullable String kind,
            int limit) {
        return jdbc.sql("SELECT " + SELECT + " FROM alert WHERE tenant_id = ANY(:visible)"
                        + " AND (CAST(:status AS text) IS NULL OR status = :status)"
                        + " AND (CAST(:customer AS uuid) IS NULL OR customer_id = :customer)"
                        + " AND (CAST(:kind AS text) IS NULL OR kind = :kind)"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .param("visible", scope.ids())
                .param("status", status == null ? null : status.code())
                .param("customer", customerId)
                .param("kind", kind)
                .param("limit", limit)
                .query(AlertRepository::map)
                .list();
    }

    /** The hit behind an alert, with its explanation, from the stored screening result. */
    Optional<String> hitJson(TenantScope scope, UUID screeningId, String entityId) {
        return jdbc.sql("SELECT h::text FROM screening_result s, jsonb_array_elements(s.hits) h"
                        + " WHERE s.id = :s AND s.tenant_id = ANY(:visible) AND h->>'entity_id' = :e LIMIT 1")
                .param("s", screeningId)
                .param("visible", scope.ids())
                .param("e", entityId)
                .query(String.class)
                .optional();
    }

    void insert(Alert a) {
        jdbc.sql("INSERT INTO alert (" + COLUMNS + ") VALUES (:id, :tenant, :customer, :subject, :subjectName,"
                        + " :entity, :entityName, :source, :score, :screening, :status, :created, NULL, NULL, NULL,"
                        + " NULL, NULL, NULL)")
                .param("id", a.id())
                .param("tenant", a.tenantId())
                .param("customer", a.customerId())
                .param("subject", a.subject())
                .param("subjectName", a.subjectName())
                .param("entity", a.entityId())
                .param("entityName", a.entityName())
                .param("source", a.source())
                .param("score", a.score())
                .param("screening", a.screeningId())
                .param("status", a.status().code())
                .param("created", ts(a.createdAt()))
                .update();
    }

    /** The outcome of {@link #upsertGeo}: the alert's id and whether it was opened now. */
    record GeoUpsert(UUID id, boolean opened) {}

    /**
     * Opens a geo alert, or, when the customer already has an unresolved or confirmed one with the same key (the
     * unique index {@code alert_geo_open}), adds the signal to its evidence: one more signal, and the latest event
     * time and address. Atomic, so two batches at once cannot open two alerts for one key.
     */
    GeoUpsert upsertGeo(Alert a, String geoKey, String evidenceJson) {
        return jdbc.sql("INSERT INTO alert (" + COLUMNS + ", kind, evidence, geo_key) VALUES (:id, :tenant, :customer,"
                        + " :subject, :subjectName, NULL, :entityName, :source, :score, NULL, :status, :created, NULL,"
                        + " NULL, NULL, NULL, NULL, NULL, 'geo', CAST(:evidence AS jsonb), :key)"
                        + " ON CONFLICT (tenant_id, customer_id, geo_key) WHERE kind = 'geo'"
                        + " AND status IN ('open', 'pending_confirmation', 'escalated', 'true_match')"
                        + " DO UPDATE SET evidence = alert.evidence || jsonb_build_object("
                        + " 'signals', COALESCE((alert.evidence->>'signals')::int, 1) + 1,"
                        + " 'last_at', CASE WHEN (EXCLUDED.evidence->>'last_at')::timestamptz"
                        + " > (alert.evidence->>'last_at')::timestamptz THEN EXCLUDED.evidence->'last_at'"
                        + " ELSE alert.evidence->'last_at' END,"
                        + " 'last_ip', CASE WHEN (EXCLUDED.evidence->>'last_at')::timestamptz"
                        + " > (alert.evidence->>'last_at')::timestamptz THEN EXCLUDED.evidence->'last_ip'"
                        + " ELSE alert.evidence->'last_ip' END)"
                        + " RETURNING id, (xmax = 0) AS opened")
                .param("id", a.id())
                .param("tenant", a.tenantId())
                .param("customer", a.customerId())
                .param("subject", a.subject())
                .param("subjectName", a.subjectName())
                .param("entityName", a.entityName())
                .param("source", a.source())
                .param("score", a.score())
                .param("status", a.status().code())
                .param("created", ts(a.createdAt()))
                .param("evidence", evidenceJson)
                .param("key", geoKey)
                .query((rs, n) -> new GeoUpsert(rs.getObject("id", UUID.class), rs.getBoolean("opened")))
                .single();
    }

    void update(Alert a) {
        jdbc.sql("UPDATE alert SET status = :status, decided_by = :decidedBy, decided_at = :decidedAt, note = :note,"
                        + " reason = :reason, confirmed_by = :confirmedBy, confirmed_at = :confirmedAt"
                        + " WHERE id = :id AND tenant_id = :tenant")
                .param("status", a.status().code())
                .param("decidedBy", a.decidedBy())
                .param("decidedAt", ts(a.decidedAt()))
                .param("note", a.note())
                .param("reason", a.reason())
                .param("confirmedBy", a.confirmedBy())
                .param("confirmedAt", ts(a.confirmedAt()))
                .param("id", a.id())
                .param("tenant", a.tenantId())
                .update();
    }

    void insertAction(
            Alert a,
            Instant at,
            String actor,
            String action,
            @Nullable AlertStatus from,
            @Nullable String note,
            @Nullable String reason) {
        jdbc.sql("INSERT INTO alert_action (tenant_id, alert_id, at, actor, action, from_status, to_status, note,"
                        + " reason) VALUES (:tenant, :alert, :at, :actor, :action, :from, :to, :note, :reason)")
                .param("tenant", a.tenantId())
                .param("alert", a.id())
                .param("at", ts(at))
                .param("actor", actor)
                .param("action", action)
                .param("from", from == null ? null : from.code())
                .param("to", a.status().code())
                .param("note", note)
                .param("reason", reason)
                .update();
    }

    /** One entry of an alert's history. */
    public record Action(
            Instant at,
            String actor,
            String action,
            @Nullable String fromStatus,
            String toStatus,
            @Nullable String note,
            @Nullable String reason) {}

    List<Action> actions(TenantScope scope, UUID alertId) {
        return jdbc.sql("SELECT at, actor, action, from_status, to_status, note, reason FROM alert_action"
                        + " WHERE alert_id = :a AND tenant_id = ANY(:visible) ORDER BY id")
                .param("a", alertId)
                .param("visible", scope.ids())
                .query((rs, n) -> new Action(
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("from_status"),
                        rs.getString("to_status"),
                        rs.getString("note"),
                        rs.getString("reason")))
                .list();
    }

    private static @Nullable OffsetDateTime ts(@Nullable Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Alert map(ResultSet rs, int n) throws SQLException {
        return new Alert(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("subject"),
                rs.getString("subject_name"),
                rs.getString("entity_id"),
                rs.getString("entity_name"),
                rs.getString("source"),
                rs.getDouble("score"),
                rs.getObject("screening_id", UUID.class),
                AlertStatus.ofCode(rs.getString("status")),
                instant(rs, "created_at"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("note"),
                rs.getString("reason"),
                rs.getString("confirmed_by"),
                instant(rs, "confirmed_at"),
                rs.getString("kind"),
                evidence(rs.getString("evidence")));
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private static @Nullable Map<String, Object> evidence(@Nullable String json) {
        return json == null ? null : EVIDENCE.readValue(json, MAP);
    }
}
